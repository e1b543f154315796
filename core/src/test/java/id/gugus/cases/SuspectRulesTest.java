package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.TODAY;
import static id.gugus.cases.ViolationAssert.only;
import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.common.CountryCode;
import id.gugus.validation.Violations;
import org.junit.jupiter.api.Test;

class SuspectRulesTest {
    private static Violations with(Suspect suspect) {
        TraffickingCase c = CaseFixtures.reported(CaseFixtures.adult().build()).withSuspect(suspect);
        return CaseValidator.validate(c, TODAY);
    }

    @Test
    void a_suspects_nik_is_checked_on_its_own() {
        Suspect s = Suspect.naturalPerson(PersonalData.named("Andi").withNik(Nik.of("6172011205850000")),
                CountryCode.INDONESIA, SuspectRole.RECRUITER);
        only(with(s), CaseRule.NIK_SERIAL, "suspects[2].personal.nik", "Nomor urut NIK", "serial number of the NIK");
    }

    @Test
    void a_suspects_nik_from_an_unknown_district_is_an_error() {
        Suspect s = Suspect.naturalPerson(PersonalData.named("Andi").withNik(Nik.of("6199011205850001")), null);
        only(with(s), CaseRule.NIK_DISTRICT, "suspects[2].personal.nik", "kecamatan", "district");
    }

    @Test
    void a_suspects_nik_cannot_be_compared_with_a_sex_or_birth_date_it_does_not_have() {
        // A woman's day on a suspect is fine: the suspect record has no sex to disagree with.
        Suspect s = Suspect.naturalPerson(PersonalData.named("Andi").withNik(Nik.of("6172015205850003")), null);
        assertThat(with(s).all()).isEmpty();
    }

    @Test
    void a_corporation_has_no_nik() {
        Suspect pt = new Suspect(SuspectId.random(), SuspectKind.LEGAL_PERSON,
                PersonalData.named("PT Contoh").withNik(Nik.of(CaseFixtures.SUSPECT_NIK)),
                com.google.common.collect.ImmutableSet.of(SuspectRole.BROKER_OR_AGENT), null);
        only(with(pt), CaseRule.SUSPECT_NIK, "suspects[2].personal.nik", "Korporasi tidak memiliki NIK",
                "legal person (corporation) has no NIK");
    }

    @Test
    void a_corporation_without_nik_and_a_person_with_one_are_fine() {
        assertThat(with(CaseFixtures.agency()).all()).isEmpty();
        assertThat(with(CaseFixtures.recruiter()).all()).isEmpty();
    }

    @Test
    void factories_give_fresh_ids_and_the_kind() {
        Suspect person = Suspect.naturalPerson("Andi", SuspectRole.RECRUITER, SuspectRole.TRANSPORTER);
        Suspect pt = Suspect.legalPerson("PT Contoh", SuspectRole.BROKER_OR_AGENT);
        assertThat(person.kind()).isEqualTo(SuspectKind.NATURAL_PERSON);
        assertThat(person.roles()).containsExactly(SuspectRole.RECRUITER, SuspectRole.TRANSPORTER);
        assertThat(person.citizenship()).isNull();
        assertThat(pt.kind()).isEqualTo(SuspectKind.LEGAL_PERSON);
        assertThat(pt.citizenship()).isNull();
        assertThat(pt.personal().nik()).isNull();
        assertThat(person.id()).isNotEqualTo(Suspect.naturalPerson("Andi").id());
    }
}
