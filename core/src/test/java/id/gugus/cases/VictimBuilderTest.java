package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.common.CountryCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VictimBuilderTest {
    private static final LocalDate TRAFFICKED = LocalDate.of(2024, 2, 1);

    @Test
    void defaults_need_only_sex_and_the_date_trafficked() {
        Victim v = Victim.builder().female().traffickedOn(TRAFFICKED).build();
        assertThat(v.personal()).isEqualTo(PersonalData.NONE);
        assertThat(v.citizenship()).isEqualTo(CountryCode.INDONESIA);
        assertThat(v.elements()).isEqualTo(LegalElements.NONE);
        assertThat(v.controlMethods()).isEmpty();
        assertThat(v.restitution()).isEmpty();
        assertThat(v.services()).isEmpty();
        assertThat(v.referrals()).isEmpty();
        assertThat(v.birthDate()).isNull();
        assertThat(v.recordedAge()).isNull();
        assertThat(v.id()).isNotEqualTo(Victim.builder().female().traffickedOn(TRAFFICKED).build().id());
    }

    @Test
    void sex_and_date_trafficked_are_required() {
        assertThatThrownBy(() -> Victim.builder().traffickedOn(TRAFFICKED).build())
                .isInstanceOf(NullPointerException.class).hasMessage("sex");
        assertThatThrownBy(() -> Victim.builder().male().build())
                .isInstanceOf(NullPointerException.class).hasMessage("traffickedOn");
    }

    @Test
    void elements_are_set_one_kind_at_a_time() {
        Victim v = Victim.builder().male().traffickedOn(TRAFFICKED).acts(Act.RECRUITMENT).means(Means.FRAUD_OR_DECEPTION)
                .purposes(ExploitationType.FORCED_LABOUR).build();
        assertThat(v.elements().acts()).containsExactly(Act.RECRUITMENT);
        assertThat(v.elements().means()).containsExactly(Means.FRAUD_OR_DECEPTION);
        assertThat(v.elements().purposes()).containsExactly(ExploitationType.FORCED_LABOUR);
        assertThat(v.elements().completeFor(false)).isTrue();
    }

    @Test
    void to_builder_round_trips_and_changes_one_thing() {
        Victim v = CaseFixtures.adult().restitution(CaseFixtures.suffering()).referral(CaseFixtures.referral(true))
                .service(CaseFixtures.shelter(TRAFFICKED, null)).build();
        assertThat(v.toBuilder().build()).isEqualTo(v);
        Victim older = v.toBuilder().age(25).build();
        assertThat(older.recordedAge()).isEqualTo(25);
        assertThat(older.id()).isEqualTo(v.id());
        assertThat(v.recordedAge()).isNull();
    }

    @Test
    void nik_goes_into_the_personal_data_and_keeps_the_rest() {
        Victim v = Victim.builder().personal(PersonalData.named("Siti")).nik(Nik.of(CaseFixtures.ADULT_NIK)).female()
                .traffickedOn(TRAFFICKED).build();
        assertThat(v.personal().shownName()).isEqualTo("Siti");
        assertThat(v.personal().nik()).isEqualTo(Nik.of(CaseFixtures.ADULT_NIK));
        assertThat(v.toString()).doesNotContain("Siti", CaseFixtures.ADULT_NIK);
    }
}
