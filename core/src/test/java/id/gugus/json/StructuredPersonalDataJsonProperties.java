package id.gugus.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gugus.cases.Address;
import id.gugus.cases.CaseArbitrariesAccess;
import id.gugus.cases.Contact;
import id.gugus.cases.ContactType;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Structured personal data in JSON: written in full it reads back the same, written by default
 * (an export) no part of it shows, bare or inside a victim; and the older shape, four texts,
 * still reads.
 */
class StructuredPersonalDataJsonProperties {

    @Provide
    Arbitrary<PersonalData> people() {
        return CaseArbitrariesAccess.structuredPeople();
    }

    @Property
    void written_in_full_it_reads_back_the_same(@ForAll("people") PersonalData p) {
        Victim victim = Victim.builder().female().traffickedOn(LocalDate.of(2025, 3, 1)).personal(p).build();
        assertThat(GugusJson.read(GugusJson.writeWithPersonalData(victim), Victim.class)).isEqualTo(victim);
        assertThat(GugusJson.read(GugusJson.writeWithPersonalData(p), PersonalData.class)).isEqualTo(p);
    }

    @Property
    void an_export_shows_no_part_of_it_anywhere(@ForAll("people") PersonalData p) {
        Victim victim = Victim.builder().female().traffickedOn(LocalDate.of(2025, 3, 1)).personal(p).build();
        List<String> texts = CaseArbitrariesAccess.personalTexts(p);
        for (Object value : new Object[] {victim, p, p.name(), p.contacts(), p.contacts().get(0), p.address(), p.documents(),
                p.documents().get(0)}) {
            assertThat(GugusJson.write(value)).doesNotContain(texts).doesNotContain(p.address().area().value());
        }
        assertThat(GugusJson.write(p.address())).isEqualTo("{\"redacted\":true}");
    }

    @Property
    void the_older_shape_of_four_texts_reads_as_the_same_values(@ForAll("texts") String name, @ForAll("texts") String contact,
            @ForAll("texts") String address) throws Exception {
        ObjectNode older = GugusJson.mapperWithPersonalData().createObjectNode();
        older.put("name", name).put("nik", "6171014501990001").put("contact", contact).put("address", address);

        PersonalData read = GugusJson.read(older.toString(), PersonalData.class);

        assertThat(read).isEqualTo(PersonalData.of(name, Nik.of("6171014501990001"), contact, address));
        assertThat(read.name().full()).isEqualTo(name);
        assertThat(read.contacts()).containsExactly(Contact.of(ContactType.OTHER, contact));
        assertThat(read.address()).isEqualTo(Address.written(address));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().alpha().numeric().withChars(' ', '"', '\\', '+', '-', '\n', 'é').ofMinLength(1)
                .ofMaxLength(60).filter(t -> !t.isBlank());
    }

    @Example
    void an_older_case_reads_with_its_texts_and_is_written_in_the_new_shape() throws Exception {
        TraffickingCase current = Fixtures.traffickingCase();
        ObjectNode tree = (ObjectNode) GugusJson.mapperWithPersonalData().readTree(GugusJson.writeWithPersonalData(current));
        ObjectNode personal = (ObjectNode) tree.get("victims").get(0).get("personal");
        PersonalData expected = current.victims().get(0).personal();
        personal.removeAll();
        personal.put("name", expected.name().full()).put("nik", expected.nik().value())
                .put("contact", expected.contacts().get(0).value()).put("address", expected.address().text());

        TraffickingCase older = GugusJson.read(tree.toString(), TraffickingCase.class);

        assertThat(older.victims().get(0).personal()).isEqualTo(expected);
        assertThat(GugusJson.writeWithPersonalData(older)).isEqualTo(GugusJson.writeWithPersonalData(current));
    }

    @Example
    void contact_beside_contacts_is_refused_rather_than_guessed() {
        String both = "{\"contact\":\"0812\",\"contacts\":[]}";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GugusJson.read(both, PersonalData.class))
                .hasMessageContaining("JSON-UNKNOWN-FIELD").hasMessageContaining("contact");
    }
}
