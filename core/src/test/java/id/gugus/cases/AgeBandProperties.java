package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Negative;

/** The SIMFONI-PPA bands ({@link AgeBand}) and CTDC's ageBroad bands ({@link CtdcAgeBand}) side by side. */
class AgeBandProperties {

    @Property
    void every_age_falls_in_exactly_one_simfoni_band(@ForAll @IntRange(min = 0, max = 130) int age) {
        AgeBand band = AgeBand.of(age);
        assertThat(age).isBetween(band.from(), band.to());
        for (AgeBand other : AgeBand.values()) {
            if (other != band) {
                assertThat(age < other.from() || age > other.to()).as("%s also in %s", age, other).isTrue();
            }
        }
    }

    @Property
    void every_age_falls_in_exactly_one_ctdc_band(@ForAll @IntRange(min = 0, max = 130) int age) {
        CtdcAgeBand band = CtdcAgeBand.of(age);
        assertThat(age).isBetween(band.from(), band.to());
        for (CtdcAgeBand other : CtdcAgeBand.values()) {
            if (other != band) {
                assertThat(age < other.from() || age > other.to()).as("%s also in %s", age, other).isTrue();
            }
        }
    }

    @Property
    void both_band_sets_split_children_from_adults_at_18(@ForAll @IntRange(min = 0, max = 130) int age) {
        boolean child = age < 18;
        assertThat(AgeBand.of(age).to() < 18).isEqualTo(child);
        assertThat(CtdcAgeBand.of(age).to() < 18).isEqualTo(child);
    }

    @Property
    void a_negative_age_has_no_band(@ForAll @Negative int age) {
        assertThatThrownBy(() -> AgeBand.of(age)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CtdcAgeBand.of(age)).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void the_ctdc_bands_are_those_of_the_global_dataset() {
        assertThat(CtdcAgeBand.of(8)).isEqualTo(CtdcAgeBand.AGE_0_8);
        assertThat(CtdcAgeBand.of(9)).isEqualTo(CtdcAgeBand.AGE_9_17);
        assertThat(CtdcAgeBand.of(20)).isEqualTo(CtdcAgeBand.AGE_18_20);
        assertThat(CtdcAgeBand.of(21)).isEqualTo(CtdcAgeBand.AGE_21_23);
        assertThat(CtdcAgeBand.of(29)).isEqualTo(CtdcAgeBand.AGE_27_29);
        assertThat(CtdcAgeBand.of(30)).isEqualTo(CtdcAgeBand.AGE_30_38);
        assertThat(CtdcAgeBand.of(47)).isEqualTo(CtdcAgeBand.AGE_39_47);
        assertThat(CtdcAgeBand.of(48)).isEqualTo(CtdcAgeBand.AGE_48_PLUS);
    }

    @Example
    void a_simfoni_band_does_not_decide_the_ctdc_band() {
        // 13–17 straddles nothing in CTDC, but 18–24 spans three CTDC bands: re-banding is impossible.
        assertThat(CtdcAgeBand.of(AgeBand.AGE_18_24.from())).isNotEqualTo(CtdcAgeBand.of(AgeBand.AGE_18_24.to()));
        assertThat(CtdcAgeBand.of(AgeBand.AGE_6_12.from())).isNotEqualTo(CtdcAgeBand.of(AgeBand.AGE_6_12.to()));
    }
}
