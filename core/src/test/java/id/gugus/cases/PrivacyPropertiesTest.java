package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.common.CountryCode;
import id.gugus.validation.Violation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** docs/privacy-and-security.md: names, NIKs, contacts and addresses never show in {@code toString} or messages. */
class PrivacyPropertiesTest {
    @Provide
    Arbitrary<PersonalData> people() {
        Arbitrary<String> names = Combinators.combine(Arbitraries.of("Siti", "Dewi", "Agus", "Nur", "Yohanes", "Maria"),
                Arbitraries.strings().alpha().ofMinLength(4).ofMaxLength(12)).as((first, last) -> first + " " + last);
        Arbitrary<String> contacts = Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(11).map(n -> "+62 8" + n);
        Arbitrary<String> addresses = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(15),
                Arbitraries.integers().between(1, 999)).as((street, no) -> "Jl. " + street + " No. " + no);
        return Combinators.combine(names, CaseArbitraries.niks(), contacts, addresses).as(PersonalData::new);
    }

    @Property
    void to_string_never_shows_a_person(@ForAll("people") PersonalData victimData, @ForAll("people") PersonalData suspectData,
            @ForAll Sex sex) {
        Victim victim = CaseFixtures.adult().personal(victimData).sex(sex).build();
        Suspect suspect = Suspect.naturalPerson(suspectData, CountryCode.INDONESIA, SuspectRole.RECRUITER);
        TraffickingCase c = CaseFixtures.reported(victim).withSuspect(suspect);
        for (PersonalData p : new PersonalData[] {victimData, suspectData}) {
            for (Object shown : new Object[] {p, victim, suspect, c, p.nik()}) {
                assertThat(shown.toString()).doesNotContain(p.name(), p.nik().value(), p.contact(), p.address());
            }
        }
        for (Violation v : CaseValidator.validate(c, CaseFixtures.TODAY).all()) {
            for (PersonalData p : new PersonalData[] {victimData, suspectData}) {
                assertThat(v.messageId() + v.messageEn() + v.path())
                        .doesNotContain(p.name(), p.nik().value(), p.nik().value().substring(0, 6),
                                p.nik().value().substring(6, 12), p.contact(), p.address());
            }
        }
    }
}
