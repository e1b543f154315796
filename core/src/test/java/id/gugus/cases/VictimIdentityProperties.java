package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The keys that tell two victim records may be one person. */
class VictimIdentityProperties {
    private static final LocalDate BORN = LocalDate.of(2001, 4, 14);

    @Property
    void aNameKeyIgnoresCaseAccentsAndSpacing(@ForAll("names") String name) {
        String shouted = "  " + name.toUpperCase(java.util.Locale.ROOT).replace(" ", "   ") + " ";

        assertThat(VictimIdentity.nameKey(victim(shouted, BORN))).isEqualTo(VictimIdentity.nameKey(victim(name, BORN)));
    }

    @Property
    void aDifferentBirthDateIsADifferentPerson(@ForAll("names") String name) {
        assertThat(VictimIdentity.nameKey(victim(name, BORN))).isNotEqualTo(VictimIdentity.nameKey(victim(name, BORN.plusDays(1))));
    }

    @Example
    void accentsAndPunctuationFold() {
        assertThat(VictimIdentity.nameKey(victim("Désí  Rahmawati-Putri", BORN)))
                .isEqualTo(VictimIdentity.nameKey(victim("desi rahmawati putri", BORN)))
                .hasValue("name:desi rahmawati putri|2001-04-14");
    }

    @Example
    void withoutABirthDateOrANameThereIsNoNameKey() {
        assertThat(VictimIdentity.nameKey(victim("Desi", null))).isEmpty();
        assertThat(VictimIdentity.nameKey(victim(null, BORN))).isEmpty();
        assertThat(VictimIdentity.nameKey(victim("---", BORN))).isEmpty();
    }

    @Example
    void theNikKeyIsTheNik() {
        Victim v = Victim.builder().female().traffickedOn(LocalDate.of(2024, 1, 2)).nik(Nik.of("6171015404010003")).build();

        assertThat(VictimIdentity.nikKey(v)).hasValue("nik:6171015404010003");
        assertThat(VictimIdentity.nikKey(victim("Desi", BORN))).isEmpty();
    }

    private static Victim victim(String name, LocalDate born) {
        return Victim.builder().female().traffickedOn(LocalDate.of(2024, 1, 2)).birthDate(born)
                .personal(name == null ? PersonalData.NONE : PersonalData.named(name)).build();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12).list().ofMinSize(1).ofMaxSize(4)
                .map(parts -> String.join(" ", parts));
    }
}
