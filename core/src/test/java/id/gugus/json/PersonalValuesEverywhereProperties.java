package id.gugus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Victim;
import id.gugus.error.ValidationException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #16, item 7: the default writer redacts every personal value wherever it appears, not
 * only inside a victim: a bare {@link Nik}, one in a list, an array, a
 * record of the caller's own, a map's value or key; the same for {@link PersonalData}.
 */
class PersonalValuesEverywhereProperties {
    /** A caller's own record holding personal values. */
    record Export(String label, Nik nik, PersonalData person) {}

    /** Ways an application may put a personal value into what it writes. */
    private static final List<BiFunction<Nik, PersonalData, Object>> PLACES = List.of(
            (nik, person) -> nik,
            (nik, person) -> person,
            (nik, person) -> List.of(nik, nik),
            (nik, person) -> new Nik[] {nik},
            (nik, person) -> new Object[] {person, nik},
            (nik, person) -> Map.of("nik", nik),
            (nik, person) -> Map.of(nik, "case-1"),
            (nik, person) -> Map.of(person, 1),
            (nik, person) -> Map.of("people", List.of(Map.of("who", person))),
            (nik, person) -> new Export("x", nik, person),
            (nik, person) -> List.of(new Export("x", nik, person)),
            (nik, person) -> victim(person));

    @Property
    void noPersonalValueSurvivesTheDefaultWriterWhereverItIs(@ForAll("niks") String nikDigits, @ForAll("names") String name)
            throws JsonProcessingException {
        Nik nik = Nik.of(nikDigits);
        PersonalData person = PersonalData.of(name, nik, "+62 " + nikDigits.substring(4, 12), "Jl. " + name);
        for (BiFunction<Nik, PersonalData, Object> place : PLACES) {
            Object value = place.apply(nik, person);
            for (String json : List.of(GugusJson.write(value), GugusJson.mapper().writeValueAsString(value))) {
                assertThat(json).as("%s", value.getClass()).doesNotContain(nikDigits, name, nikDigits.substring(4, 12))
                        .contains("redacted");
            }
        }
    }

    @Property
    void theFullWriterWritesTheNikWhereverItIs(@ForAll("niks") String nikDigits) {
        Nik nik = Nik.of(nikDigits);
        assertThat(GugusJson.writeWithPersonalData(nik)).isEqualTo("\"" + nikDigits + "\"");
        assertThat(GugusJson.writeWithPersonalData(Map.of(nik, 1))).isEqualTo("{\"" + nikDigits + "\":1}");
        assertThat(GugusJson.read(GugusJson.writeWithPersonalData(nik), Nik.class)).isEqualTo(nik);
    }

    @Example
    void aRedactedNikIsNeverReadBackAsANik() {
        String redacted = GugusJson.write(Nik.of("6171014501990001"));
        assertThat(redacted).isEqualTo("{\"redacted\":true}");
        assertThatThrownBy(() -> GugusJson.read(redacted, Nik.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("JSON-TYPE");
        Map<String, Nik> map = new LinkedHashMap<>();
        map.put("a", Nik.of("6171014501990001"));
        assertThat(GugusJson.write(map)).isEqualTo("{\"a\":{\"redacted\":true}}");
    }

    private static Victim victim(PersonalData person) {
        return Victim.builder().female().traffickedOn(LocalDate.of(2025, 3, 1)).personal(person).build();
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(6).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> niks() {
        return Arbitraries.strings().numeric().ofLength(16);
    }
}
