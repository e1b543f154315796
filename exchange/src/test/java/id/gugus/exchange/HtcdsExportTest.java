package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Death;
import id.gugus.cases.EducationLevel;
import id.gugus.cases.MaritalStatus;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.LanguageCode;
import id.gugus.common.PageRequest;
import id.gugus.error.AccessDeniedException;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.SevenCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTCDS export of the seven cases: rows per victim, scope, personal data and who may export. */
class HtcdsExportTest {
    /** The seven cases hold 13 victims; Kalimantan Barat's cases (all but F, in Kupang) hold 11. */
    static final int VICTIMS = 13;
    static final int KALBAR_VICTIMS = 11;

    InMemoryBackend backend;
    GugusStore store;

    @BeforeEach
    void seed() {
        backend = new InMemoryBackend();
        store = GugusStore.on(backend, TckFixtures.CLOCK);
        SevenCases.seed(store);
    }

    static List<String> personalHeaders() {
        return Arrays.stream(HtcdsField.values()).filter(HtcdsField::personal).map(HtcdsField::header).toList();
    }

    static List<List<String>> readCsv(byte[] file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    static List<Map<String, String>> readJsonLines(byte[] file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new ObjectMapper().readerForMapOf(String.class).readValues(file)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    static byte[] csv(GugusStore as) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtcdsExport.csv(as, CaseQuery.all(), out, Progress.NONE);
        return out.toByteArray();
    }

    static byte[] jsonLines(GugusStore as) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HtcdsExport.jsonLines(as, CaseQuery.all(), out, Progress.NONE);
        return out.toByteArray();
    }

    @Test
    void csvHasTheHtcdsHeaderAndOneRowPerVictim() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = HtcdsExport.csv(store.as(Actor.national("kemenpppa/worker", Role.CASE_WORKER)), CaseQuery.all(), out,
                Progress.NONE);
        List<List<String>> read = readCsv(out.toByteArray());

        assertThat(rows).isEqualTo(VICTIMS);
        assertThat(read.get(0)).isEqualTo(HtcdsExport.headers());
        assertThat(read).hasSize(VICTIMS + 1).allSatisfy(r -> assertThat(r).hasSize(HtcdsField.values().length));
        int nik = HtcdsExport.headers().indexOf("prs_IdentityNumber");
        int name = HtcdsExport.headers().indexOf("prs_FirstName");
        int purposes = HtcdsExport.headers().indexOf("vic_TypeOfExploitation");
        int recruitedVia = HtcdsExport.headers().indexOf("vic_RecruitmentWebsitesAndApps");
        List<String> a1 = read.stream().filter(r -> r.get(nik).equals(SevenCases.A1_NIK)).findFirst().orElseThrow();
        assertThat(a1.get(name)).isEqualTo(SevenCases.A1_NAME);
        assertThat(a1.get(purposes)).isEqualTo("FORCED_CRIMINALITY_ONLINE_SCAM");
        assertThat(a1.get(recruitedVia)).isEqualTo("TELEGRAM");
        assertThat(a1.get(HtcdsExport.headers().indexOf("prs_Birthdate"))).isEqualTo("2002-01-30");
        assertThat(a1.get(HtcdsExport.headers().indexOf("vic_LocationOfExploitation"))).isEqualTo("KHM");
    }

    @Test
    void jsonLinesCarryTheSameValuesAsTheCsvWithoutEmptyFields() throws IOException {
        GugusStore worker = store.as(Actor.national("kemenpppa/worker", Role.CASE_WORKER));
        List<List<String>> csv = readCsv(csv(worker));
        List<Map<String, String>> json = readJsonLines(jsonLines(worker));

        assertThat(json).hasSize(VICTIMS);
        List<String> headers = csv.get(0);
        for (int i = 0; i < json.size(); i++) {
            List<String> row = csv.get(i + 1);
            for (int col = 0; col < headers.size(); col++) {
                assertThat(json.get(i).getOrDefault(headers.get(col), "")).as(headers.get(col)).isEqualTo(row.get(col));
            }
            assertThat(json.get(i).values()).doesNotContain("");
        }
    }

    @Test
    void anActorWithoutThePersonalDataPermissionGetsNoPersonalField() throws IOException {
        GugusStore admin = store.as(Actor.national("kemenpppa/admin", Role.ADMINISTRATOR));
        byte[] csvFile = csv(admin);
        byte[] jsonFile = jsonLines(admin);

        List<List<String>> csv = readCsv(csvFile);
        assertThat(csv).hasSize(VICTIMS + 1);
        for (String personal : personalHeaders()) {
            int col = csv.get(0).indexOf(personal);
            assertThat(csv.subList(1, csv.size())).as(personal).allSatisfy(r -> assertThat(r.get(col)).isEmpty());
        }
        assertThat(readJsonLines(jsonFile)).hasSize(VICTIMS)
                .allSatisfy(r -> assertThat(r.keySet()).doesNotContainAnyElementsOf(personalHeaders()));
        for (byte[] file : List.of(csvFile, jsonFile)) {
            String text = new String(file, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain(SevenCases.A1_NIK, SevenCases.A1_NAME, "2002-01-30", "Tanjungpura");
        }
    }

    @Test
    void aProvincialActorExportsOnlyTheCasesOfItsProvince() throws IOException {
        GugusStore kalbar = store.as(Actor.of("kalbar/worker", TckFixtures.KALBAR, Role.CASE_WORKER));
        List<List<String>> csv = readCsv(csv(kalbar));

        assertThat(csv).hasSize(KALBAR_VICTIMS + 1);
        int number = csv.get(0).indexOf("gugus_CaseNumber");
        assertThat(csv.subList(1, csv.size())).noneSatisfy(r -> assertThat(r.get(number)).contains("KUPANG"));
    }

    @Test
    void personalDataExportedIsAuditedAsReadByTheActor() {
        csv(store.as(Actor.national("kemenpppa/worker", Role.CASE_WORKER)));

        List<AuditEntry> reads = backend.audit().query(AuditQuery.all(), PageRequest.first(500)).items().stream()
                .filter(e -> e.actorId().equals("kemenpppa/worker") && e.action() == AuditAction.READ_PERSONAL_DATA)
                .toList();
        assertThat(reads).isNotEmpty();
    }

    /**
     * The HTCDS person fields a victim's background holds are not personal data (like gender): they
     * reach an actor without the personal-data permission; the date of death does not travel.
     */
    @Test
    void thePersonFieldsAreCarriedForEveryActor() throws IOException {
        TraffickingCase c = TckFixtures.simpleCase("LP/B/15/XI/2024/SPKT", LocalDate.of(2024, 11, 1));
        Victim v = c.victims().get(0).toBuilder().maritalStatus(MaritalStatus.DIVORCED).children(3)
                .languages(LanguageCode.of("ms"), LanguageCode.INDONESIAN).education(EducationLevel.SHORT_CYCLE_TERTIARY)
                .death(new Death(LocalDate.of(2024, 10, 20))).build();
        store.cases().save(TckFixtures.withVictims(c, List.of(v)));

        List<List<String>> csv = readCsv(csv(store.as(Actor.national("kemenpppa/admin", Role.ADMINISTRATOR))));
        List<String> headers = csv.get(0);
        int victimId = headers.indexOf("gugus_VictimId");
        List<String> row = csv.stream().filter(r -> r.get(victimId).equals(v.id().value().toString())).findFirst().orElseThrow();
        assertThat(row.get(headers.indexOf("prs_Deceased"))).isEqualTo("true");
        assertThat(row.get(headers.indexOf("prs_MaritalStatus"))).isEqualTo("DIVORCED");
        assertThat(row.get(headers.indexOf("prs_NumberOfChildren"))).isEqualTo("3");
        assertThat(row.get(headers.indexOf("prs_PrimaryLanguage"))).isEqualTo("msa");
        assertThat(row.get(headers.indexOf("prs_SecondaryLanguage"))).isEqualTo("ind");
        assertThat(row.get(headers.indexOf("prs_HighestLevelOfEducation"))).isEqualTo("SHORT_CYCLE_TERTIARY");
        assertThat(String.join(",", row)).doesNotContain("2024-10-20");
        int deceased = headers.indexOf("prs_Deceased");
        assertThat(csv.subList(1, csv.size()).stream().filter(r -> r.get(deceased).equals("false"))).hasSize(VICTIMS);
    }

    @Test
    void anActorWhoMayNotReadCasesIsRefusedAndNothingIsWritten() {
        GugusStore viewer = store.as(Actor.national("bps/viewer", Role.VIEWER));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> HtcdsExport.csv(viewer, CaseQuery.all(), out, Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> HtcdsExport.jsonLines(viewer, CaseQuery.all(), out, Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).isZero();
    }

    @Test
    void progressEndsWithEveryCaseDone() {
        List<long[]> reports = new ArrayList<>();
        HtcdsExport.jsonLines(store.as(Actor.national("kemenpppa/worker", Role.CASE_WORKER)), CaseQuery.all(),
                new ByteArrayOutputStream(), (part, done, total) -> reports.add(new long[] {done, total}));

        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1)).containsExactly(7, 7);
    }

    @Test
    void anExportOfNoCasesStillNamesItsColumns() throws IOException {
        GugusStore empty = GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK);
        List<List<String>> csv = readCsv(csv(empty));

        assertThat(csv).containsExactly(HtcdsExport.headers());
        assertThat(jsonLines(empty)).isEmpty();
    }
}
