package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.common.CountryCode;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import id.gugus.validation.Violation;
import java.time.Year;
import java.util.Arrays;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link StatisticsKey#parse} is the parser of key texts: it reads back every key and nothing else. */
class StatisticsKeyProperties {

    /** Any key of any dimension: a value of its type at the right level, or the unknown key. */
    @Provide
    Arbitrary<StatisticsKey> keys() {
        return Arbitraries.of(Dimension.class).flatMap(d -> Arbitraries.oneOf(
                values(d).map(v -> StatisticsKey.of(d, v)), Arbitraries.just(StatisticsKey.unknown(d))));
    }

    private static Arbitrary<Object> values(Dimension d) {
        Class<?> type = d.keyType();
        if (type.isEnum()) {
            return Arbitraries.of(Arrays.asList(type.getEnumConstants()));
        }
        if (type == JurisdictionCode.class) {
            Arbitrary<String> province = Arbitraries.integers().between(11, 99).map(String::valueOf);
            if (d.areaLevel().orElseThrow() == Level.PROVINCE) {
                return province.map(JurisdictionCode::of);
            }
            Arbitrary<String> regency = Arbitraries.oneOf(Arbitraries.integers().between(1, 69),
                    Arbitraries.integers().between(71, 99)).map(n -> String.format(Locale.ROOT, "%02d", n));
            return Combinators.combine(province, regency).as((p, r) -> JurisdictionCode.of(p + "." + r));
        }
        if (type == CountryCode.class) {
            return Arbitraries.of(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)).map(CountryCode::of);
        }
        return Arbitraries.integers().between(1000, 9999).map(Year::of);
    }

    @Property
    void every_key_reads_back_from_its_text(@ForAll("keys") StatisticsKey key) {
        assertThat(StatisticsKey.parse(key.dimension(), key.text())).isEqualTo(key);
        assertThat(key.isUnknown()).isEqualTo(key.text().equals(StatisticsKey.UNKNOWN_TEXT));
        assertThat(key.value(key.dimension().keyType()).isEmpty()).isEqualTo(key.isUnknown());
    }

    @Property
    void the_unknown_key_sorts_after_every_value(@ForAll("keys") StatisticsKey key) {
        StatisticsKey unknown = StatisticsKey.unknown(key.dimension());
        assertThat(Integer.signum(key.compareTo(unknown))).isEqualTo(key.isUnknown() ? 0 : -1);
    }

    /** Any text at all, plus texts close to keys (codes, names, years), which hit the edges more often. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings(),
                Arbitraries.strings().withChars("0123456789.").ofMaxLength(9),
                Arbitraries.strings().withChars("AGE_0123456789").ofMaxLength(10),
                Arbitraries.strings().withChars("FEMALUNKOW").ofMaxLength(8),
                Arbitraries.strings().alpha().ofLength(3).map(s -> s.toUpperCase(Locale.ROOT)));
    }

    @Property
    void any_text_is_a_key_of_the_dimension_or_a_key_violation_naming_it(@ForAll Dimension dimension,
            @ForAll("texts") String text) {
        StatisticsKey key;
        try {
            key = StatisticsKey.parse(dimension, text);
        } catch (ValidationException e) {
            assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("CASE-STATISTICS-KEY");
            assertThat(e.violations().get(0).messageEn()).contains(dimension.name());
            assertThat(e.violations().get(0).messageId()).contains(dimension.name());
            return;
        }
        assertThat(key.dimension()).isEqualTo(dimension);
        assertThat(key.text()).isEqualTo(text);
    }
}
