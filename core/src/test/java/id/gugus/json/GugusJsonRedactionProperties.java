package id.gugus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.error.ValidationException;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Default JSON is an export: personal data never appears in it (docs/privacy-and-security.md). */
class GugusJsonRedactionProperties {

    @Property
    void noPersonalValueSurvivesTheDefaultWriter(@ForAll("names") String name, @ForAll("niks") String nik,
            @ForAll("names") String contact, @ForAll("names") String address) {
        Victim victim = Victim.builder().female().traffickedOn(LocalDate.of(2025, 3, 1))
                .personal(PersonalData.of(name, Nik.of(nik), contact, address)).build();

        String json = GugusJson.write(victim);

        assertThat(json).doesNotContain(name, nik, contact, address, GugusJson.writeWithPersonalData(name));
        assertThat(json).contains("\"personal\":{\"redacted\":true}");
    }

    @Property
    void theFullWriterRoundTripsWhatTheDefaultOneHides(@ForAll("names") String name, @ForAll("niks") String nik) {
        Victim victim = Victim.builder().male().traffickedOn(LocalDate.of(2025, 3, 1))
                .personal(PersonalData.of(name, Nik.of(nik), null, null)).build();

        assertThat(GugusJson.read(GugusJson.writeWithPersonalData(victim), Victim.class)).isEqualTo(victim);
    }

    @Example
    void aRedactedExportCannotBeReadBackAsACaseWithoutPersonalData() {
        String export = GugusJson.write(Fixtures.traffickingCase());

        assertThatThrownBy(() -> GugusJson.read(export, TraffickingCase.class))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations().get(0).ruleId()).isEqualTo("JSON-UNKNOWN-FIELD"))
                .hasMessageContaining("redacted");
    }

    @Example
    void aPersonWithoutPersonalDataIsWrittenAsAnEmptyObject() {
        Victim victim = Victim.builder().female().traffickedOn(LocalDate.of(2025, 3, 1)).build();

        assertThat(GugusJson.write(victim)).contains("\"personal\":{}");
        assertThat(GugusJson.read(GugusJson.write(victim), Victim.class)).isEqualTo(victim);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '\'', 'é').ofMinLength(6).ofMaxLength(40)
                .filter(s -> !s.isBlank() && s.strip().length() >= 6)
                .map(String::strip);
    }

    @Provide
    Arbitrary<String> niks() {
        // Province 61, a valid date of birth (day 1-28, women +40), a serial: the shape Nik accepts.
        return Arbitraries.integers().between(1, 28).flatMap(day -> Arbitraries.integers().between(1, 9999)
                .map(serial -> String.format("610101%02d0590%04d", day, serial)));
    }
}
