package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.Contact;
import id.gugus.cases.ContactType;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Victim;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.SevenCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.storage.tck.TckWorld;
import id.gugus.store.GugusStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Free texts a case worker types (commas, quotes, semicolons, line breaks, tabs, any script) come
 * out of the HTCDS export unchanged, in their own column, in CSV and JSON Lines alike: a text
 * never shifts the columns of its row or splits it in two.
 */
class HtcdsExportProperties {
    private static final String MOBILE = "+62 812-5555-0101";
    private static final String EMAIL = "korban@contoh.id";

    @Property(tries = 60)
    void freeTextsSurviveTheExportInTheirOwnColumn(@ForAll("texts") String name, @ForAll("texts") String address,
            @ForAll("texts") String contact) throws IOException {
        GugusStore store = GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK);
        TckWorld.seed(store);
        Victim v = SevenCases.victimA1().withPersonal(PersonalData.of(name, null, null, address).withContacts(List.of(
                Contact.of(ContactType.MESSAGING, contact), Contact.of(ContactType.MOBILE_PHONE, MOBILE),
                Contact.of(ContactType.EMAIL, EMAIL))));
        store.cases().save(TckFixtures.newCase("LP/B/1/I/2026/SPKT/POLRESTA PONTIANAK", TckFixtures.KOTA_PONTIANAK,
                LocalDate.of(2026, 1, 5), CaseStatus.REPORTED, TckFixtures.abroad(TckFixtures.SAMBAS, TckFixtures.CAMBODIA), v));
        GugusStore worker = store.as(Actor.national("kemenpppa/worker", Role.CASE_WORKER));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        HtcdsExport.csv(worker, CaseQuery.all(), csv, Progress.NONE);
        HtcdsExport.jsonLines(worker, CaseQuery.all(), json, Progress.NONE);

        List<List<String>> rows = HtcdsExportTest.readCsv(csv.toByteArray());
        assertThat(rows).hasSize(2);
        List<String> headers = rows.get(0);
        assertThat(headers).isEqualTo(HtcdsExport.headers());
        List<String> row = rows.get(1);
        assertThat(row).hasSize(headers.size());
        assertThat(row.get(headers.indexOf("prs_FirstName"))).isEqualTo(name);
        assertThat(row.get(headers.indexOf("prs_MailingStreet"))).isEqualTo(address);
        assertThat(row.get(headers.indexOf("prs_MobilePhone"))).isEqualTo(MOBILE);
        assertThat(row.get(headers.indexOf("prs_Email"))).isEqualTo(EMAIL);
        assertThat(row.get(headers.indexOf("prs_HomePhone"))).isEmpty();
        if (contact.length() >= 12) { // a shorter text could be part of another column by chance
            assertThat(String.join("", row)).as("a messaging account has no HTCDS field").doesNotContain(contact);
        }
        assertThat(row.get(headers.indexOf("vic_TypeOfExploitation"))).isEqualTo("FORCED_CRIMINALITY_ONLINE_SCAM");

        List<Map<String, String>> lines = HtcdsExportTest.readJsonLines(json.toByteArray());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).containsEntry("prs_FirstName", name).containsEntry("prs_MailingStreet", address)
                .containsEntry("prs_MobilePhone", MOBILE).containsEntry("prs_Email", EMAIL);
    }

    /** Texts the model accepts (no control characters but line feeds and tabs), rich in CSV's special characters. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> special = Arbitraries.of(',', '"', ';', '\n', '\t', ' ', '\'', '\\', 'é', 'ء', '中');
        Arbitrary<Character> letters = Arbitraries.chars().alpha();
        return Arbitraries.frequencyOf(
                        Tuple.of(1, special),
                        Tuple.of(1, letters))
                .list().ofMinSize(1).ofMaxSize(60)
                .map(cs -> "A" + cs.stream().map(String::valueOf).reduce("", String::concat));
    }
}
