package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.common.CountryCode;
import id.gugus.validation.Violation;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** docs/privacy-and-security.md: names, NIKs, contacts, addresses and identity documents never show in {@code toString} or messages. */
class PrivacyPropertiesTest {
    @Provide
    Arbitrary<PersonalData> people() {
        return CaseArbitraries.structuredPeople();
    }

    @Property
    void to_string_never_shows_a_person(@ForAll("people") PersonalData victimData, @ForAll("people") PersonalData suspectData,
            @ForAll Sex sex) {
        Victim victim = CaseFixtures.adult().personal(victimData).sex(sex).build();
        Suspect suspect = Suspect.naturalPerson(suspectData, CountryCode.INDONESIA, SuspectRole.RECRUITER);
        TraffickingCase c = CaseFixtures.reported(victim).withSuspect(suspect);
        for (PersonalData p : new PersonalData[] {victimData, suspectData}) {
            for (Object shown : new Object[] {p, victim, suspect, c, p.nik(), p.name(), p.contacts(), p.address(), p.documents()}) {
                assertThat(shown.toString()).doesNotContain(CaseArbitraries.personalTexts(p));
            }
        }
        for (Violation v : CaseValidator.validate(c, CaseFixtures.TODAY).all()) {
            for (PersonalData p : new PersonalData[] {victimData, suspectData}) {
                assertThat(v.messageId() + v.messageEn() + v.path())
                        .doesNotContain(p.nik().value().substring(0, 6), p.nik().value().substring(6, 12))
                        .doesNotContain(CaseArbitraries.personalTexts(p));
            }
        }
    }
}
