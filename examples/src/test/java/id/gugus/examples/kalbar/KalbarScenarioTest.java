package id.gugus.examples.kalbar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.CaseManagementState;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.EducationLevel;
import id.gugus.cases.MaritalStatus;
import id.gugus.cases.Suspect;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.TraffickingStatus;
import id.gugus.cases.Victim;
import id.gugus.common.LanguageCode;
import id.gugus.jurisdiction.Level;
import id.gugus.plan.ClusterRealisation;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.storage.memory.InMemoryStore;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.Cluster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the scenario program and checks what it prints and what it stores. */
class KalbarScenarioTest {

    @Test
    void inMemoryPlaysTheWholeStoryAndPrintsTheReport() {
        Run run = Run.on(InMemoryStore.create(ScenarioClock.CLOCK), "--memory");

        ProvincialReport.Figures report = run.result.report();
        assertThat(report.taskForces()).isEqualTo(15);
        assertThat(report.compliant()).isEqualTo(15);
        assertThat(report.established()).isEqualTo(13);
        assertThat(report.cases()).isEqualTo(1);
        assertThat(report.victims()).isEqualTo(70);
        assertThat(report.children()).isEqualTo(6);
        assertThat(report.overdueFollowUps()).isEqualTo(1);
        assertThat(run.result.foundExisting()).isFalse();
        assertThat(run.result.agencies()).isEqualTo(56);

        assertThat(run.output)
                .contains("the store is empty: playing the story from the start")
                .contains("imported the bundled tree: 38 provinces, 514 regencies and cities, 7,285 districts")
                .contains("compliance with Perpres 49/2023: NOT compliant: the store warns that it must be re-formed")
                .contains("the store saved it with 1 warning(s):\n"
                        + "     [TF-NONCOMPLIANT] dailyChair: SK pembentukan gugus tugas provinsi ini bertanggal 2019-04-08")
                .contains("the store saved it with 6 warning(s):\n"
                        + "     [PLAN-CLUSTER-MISSING] activities: Rencana belum memiliki kegiatan di klaster pencegahan")
                .contains("the governor signs it: established, daily chair Kapolda, compliance: compliant")
                .contains("14 task forces formed: 12 established, 2 waiting for the regent's or mayor's signature")
                .contains("61.71  Kota Pontianak             chair Wali Kota  daily chair Kapolresta")
                .contains("(due 2024-06-30): OVERDUE on 2024-11-30")
                .contains("victims: 70 (48 men, 22 women; 6 children under 18 when recruited) from 14 regencies")
                .contains("route: 61 -> 61.03.21 -> MYS -> KHM (abroad: repatriation track)")
                .contains("-> PROSECUTION (2024-09-09)")
                .contains("compliant: 15 of 15; established: 13")
                .contains("Follow-ups of coordination meetings: open: 0; overdue: 1")
                .contains("Published under disclosure control: no count below 11 is shown")
                .containsPattern("Cambodia +70")
                .containsPattern("Forced criminality: online scam +70")
                // 6 children: below k, suppressed with what would give them away (the sexes, 18-24).
                .containsPattern("13-17 +x +x +x")
                .containsPattern("Claimed +42 +1,258,000,000")
                .contains("victims-by-age-and-sex      10 of  24:  5 +  5")
                .doesNotContain("report written:");
        assertThat(report.published().report().header().internal()).isFalse();
    }

    @Test
    void eachUserSeesWhatTheirRoleAndJurisdictionAllowAndTheCaseHasAnAuditLog() {
        GugusStore store = InMemoryStore.create(ScenarioClock.CLOCK);
        Run run = Run.on(store, "--memory");

        assertThat(run.result.deniedBy()).containsExactly("ACCESS-PERMISSION", "ACCESS-SCOPE");
        assertThat(run.output)
                .contains("dp3a-kalbar/case-worker (case worker, province): opens the case, 70 of 70 victims identified")
                .contains("bappeda-kalbar/statistics (viewer, province): counts 70 victims")
                .contains("[ACCESS-PERMISSION] Aktor bappeda-kalbar/statistics tidak boleh membaca Case")
                .contains("[ACCESS-SCOPE] Aktor dp3a-singkawang/case-worker tidak boleh membaca Case")
                .contains("diskominfo-kalbar/admin (administrator, province): opens the case redacted, 0 of 70 victims");
        String audit = run.output.lines().filter(l -> l.contains("audit log of the case")).findFirst().orElseThrow();
        assertThat(audit).contains("CREATE=1", "UPDATE=3", "READ denied=1", "READ_PERSONAL_DATA=");
    }

    @Test
    void theForbiddenStepsAreRefusedInIndonesianAndNothingIsStored() {
        GugusStore store = InMemoryStore.create(ScenarioClock.CLOCK);
        Run run = Run.on(store, "--memory");

        assertThat(run.result.refusedBy()).containsExactly("TF-DAILY-CHAIR", "CASE-PROSECUTION-ELEMENTS",
                "CASE-NIK-DISTRICT", "CASE-NIK-SERIAL", "CASE-NIK-SEX");
        assertThat(run.output)
                .contains("[TF-DAILY-CHAIR] dailyChair: Menurut Perpres 49/2023, ketua harian gugus tugas provinsi "
                        + "harus Kepala Kepolisian Daerah (Kapolda)")
                .contains("stored task force unchanged: version 3, daily chair Kapolda")
                .contains("[CASE-PROSECUTION-ELEMENTS] victims[0].elements: Perkara berada pada tahap penuntutan")
                .contains("[CASE-NIK-SEX] victims[0].personal.nik: Jenis kelamin yang tersirat dalam NIK")
                .contains("nothing stored: case LP/B/131/XI/2024/SPKT/POLDA KALIMANTAN BARAT not found");
        assertThat(store.cases().count(CaseQuery.all())).isEqualTo(1);
        assertThat(store.taskForces().activeFor(KalbarAreas.PROVINCE).orElseThrow().dailyChair().position())
                .isEqualTo(id.gugus.taskforce.Position.KAPOLDA);
    }

    @Test
    void theStoredCaseIsLawfulAndItsPersonalDataNeverReachesTheScreen() {
        GugusStore store = InMemoryStore.create(ScenarioClock.CLOCK);
        Run run = Run.on(store, "--memory");

        TraffickingCase stored = store.cases().findByNumber(RegisterScamCase.NUMBER).orElseThrow();
        assertThat(stored.victims()).hasSize(70).allSatisfy(v -> {
            assertThat(v.elements().completeFor(v.wasChild())).isTrue();
            assertThat(v.personal().shownName()).isNotBlank();
            assertThat(v.personal().nik()).isNotNull();
            assertThat(v.personal().firstContact(id.gugus.cases.ContactType.MOBILE_PHONE)).isNotNull();
            assertThat(v.personal().address().area()).isEqualTo(v.origin());
            assertThat(v.personal().documents()).singleElement()
                    .satisfies(d -> assertThat(d.type()).isEqualTo(id.gugus.cases.DocumentType.PASSPORT));
        });
        for (Victim v : stored.victims()) {
            assertThat(run.output).doesNotContain(v.personal().shownName()).doesNotContain(v.personal().nik().value())
                    .doesNotContain(v.personal().contacts().get(0).value()).doesNotContain(v.personal().documents().get(0).number());
        }
        for (Suspect s : stored.suspects()) {
            assertThat(run.output).doesNotContain(s.personal().shownName());
            if (s.personal().nik() != null) {
                assertThat(run.output).doesNotContain(s.personal().nik().value());
            }
        }
    }

    /** The HTCDS fields the story has reach the store: determination, case work, languages, schooling, referrals. */
    @Test
    void theStoredCaseCarriesTheHtcdsFieldsOfTheStory() {
        GugusStore store = InMemoryStore.create(ScenarioClock.CLOCK);
        Run run = Run.on(store, "--memory");

        TraffickingCase stored = store.cases().findByNumber(RegisterScamCase.NUMBER).orElseThrow();
        assertThat(stored.management().state()).isEqualTo(CaseManagementState.ACTIVE);
        assertThat(stored.management().owner()).isEqualTo(RegisterScamCase.CASE_OWNER);
        assertThat(stored.victims()).hasSize(70).allSatisfy(v -> {
            assertThat(v.traffickingStatus().status()).isEqualTo(TraffickingStatus.ACTUAL_VICTIM);
            assertThat(v.traffickingStatus().decidedBy()).isNotNull();
            assertThat(v.background().primaryLanguage()).isEqualTo(LanguageCode.INDONESIAN);
            assertThat(v.background().secondaryLanguage()).isIn(LanguageCode.of("msa"), LanguageCode.of("day"),
                    LanguageCode.of("zho"));
            assertThat(v.background().needsInterpreter()).isFalse();
            assertThat(v.isDeceased()).isFalse();
            if (v.wasChild()) {
                assertThat(v.background().education()).isEqualTo(EducationLevel.LOWER_SECONDARY);
                assertThat(v.background().maritalStatus()).isEqualTo(MaritalStatus.SINGLE);
                assertThat(v.background().children()).isZero();
            }
            assertThat(v.referrals()).allSatisfy(r -> {
                assertThat(r.referringCaseWorker()).isEqualTo(ScamVictims.BP3MI_CASE_WORKER);
                assertThat(r.referredCaseWorker()).isEqualTo(ScamVictims.SOCIAL_CASE_WORKER);
            });
        });
        assertThat(stored.victims().stream().filter(v -> v.origin().ancestorAt(Level.REGENCY).value().equals("61.72")))
                .hasSize(ScamVictims.ORIGINS.get("61.72"))
                .allSatisfy(v -> assertThat(v.background().secondaryLanguage()).isEqualTo(LanguageCode.of("zho")));
        assertThat(stored.victims()).filteredOn(v -> !v.referrals().isEmpty()).isNotEmpty();
        assertThat(stored.victims()).filteredOn(v -> v.background().maritalStatus() == MaritalStatus.MARRIED).isNotEmpty();
        assertThat(stored.victims()).filteredOn(v -> v.background().education() == null).isNotEmpty();
        assertThat(run.output)
                .contains("trafficking status: ACTUAL_VICTIM=70; decided by Polda Kalimantan Barat for 70")
                .contains("case work: ACTIVE since 2024-03-18, owner dp3a-kalbar/case-worker")
                .contains("case workers bp3mi-kalbar/case-worker -> dinsos-kalbar/case-worker")
                .contains("languages: Indonesian for 70 (interpreter needed for 0); at home also day=");
    }

    /** The lines that describe the case's HTCDS fields, as the scenario prints them. */
    static List<String> htcdsLines(String output) {
        return output.lines().map(String::strip).filter(l -> l.startsWith("trafficking status:")
                || l.startsWith("case work:") || l.startsWith("referrals to") || l.startsWith("languages:")
                || l.startsWith("education (ISCED") || l.startsWith("marital status:")).toList();
    }

    @Test
    void theRadIsRealisedClusterByCluster() {
        Run run = Run.on(InMemoryStore.create(ScenarioClock.CLOCK), "--memory");

        List<ClusterRealisation> clusters = run.result.report().realisation().clusters();
        assertThat(clusters).extracting(ClusterRealisation::cluster).containsExactly(Cluster.values());
        assertThat(clusters).allSatisfy(c -> assertThat(c.activityCount()).isPositive());
        // Prevention counts persons everywhere: (9,150 + 2,050 + 420 + 570 + 210) / 16,700 persons.
        assertThat(run.result.report().realisation().cluster(Cluster.PREVENTION).realisation())
                .hasValue(new BigDecimal("74.3"));
        assertThat(run.result.report().realisation().cluster(Cluster.LEGAL_NORMS).realisation())
                .hasValue(new BigDecimal("0.0"));
        assertThat(run.result.report().realisation().totalBudget().amount()).isEqualTo(2_250_000_000L);
        assertThat(run.output).containsPattern("prevention and child participation +5 +1,095,000,000 +74.3 %");
    }

    @Test
    void everyRunPrintsTheSameStory() {
        Run first = Run.on(InMemoryStore.create(ScenarioClock.CLOCK), "--memory");
        Run second = Run.on(InMemoryStore.create(ScenarioClock.CLOCK), "--memory");

        assertThat(second.output).isEqualTo(first.output);
    }

    @Test
    void runsTwiceOnTheSameH2FileAndSaysWhatItFound(@TempDir Path dir) {
        Run first = Run.main("--data-dir", dir.toString());
        Run second = Run.main("--data-dir", dir.toString());

        assertThat(first.output).contains("(new file)").contains("the store is empty");
        assertThat(first.result.foundExisting()).isFalse();
        assertThat(second.result.foundExisting()).isTrue();
        assertThat(second.output)
                .contains(dir.resolve("gugus.mv.db").toAbsolutePath() + " (existing file)")
                .containsPattern("found in the store: [0-9,]+ areas; in Kalimantan Barat 55 agencies, 15 task forces, "
                        + "1 action plan\\(s\\), 1 meeting\\(s\\), 1 case\\(s\\)")
                .contains("agencies of the story: 56 (all found stored)")
                .contains("found it stored (version 3): established, daily chair Kapolda")
                .contains("14 task forces (14 found stored)")
                .contains("RAD: found it stored (version 4, IN_EFFECT): 11 activities")
                .contains("(found stored): 8 participating agencies, 4 decisions")
                .contains("case LP/B/112/III/2024/SPKT/POLDA KALIMANTAN BARAT: found it stored (version 4)");
        assertThat(second.report()).isEqualTo(first.report());
        // Read back from the H2 file, the case's HTCDS fields print as they did when it was registered.
        assertThat(htcdsLines(second.output)).hasSize(6).isEqualTo(htcdsLines(first.output));
        assertThat(second.result.report().victims()).isEqualTo(70);
        // The main job writes the published report as HTML and XLSX next to its database.
        Path html = dir.resolve("laporan-61-2024.html").toAbsolutePath().normalize();
        assertThat(second.output).contains("report written: " + html)
                .contains("report written: " + dir.resolve("laporan-61-2024.xlsx").toAbsolutePath().normalize());
        assertThat(html).content().contains("<svg", "Laporan provinsi: Kalimantan Barat").doesNotContain("NaN");
        assertThat(dir.resolve("laporan-61-2024.xlsx")).isNotEmptyFile();
    }

    @Test
    void villagesComeFromTheVillagesArtifact() {
        Run run = Run.on(InMemoryStore.create(ScenarioClock.CLOCK), "--memory");

        assertThat(run.output).contains("imported 2,145 villages of Kalimantan Barat from gugus-area-villages "
                + "(--all-villages for every province)");
        assertThat(run.result.areas()).isEqualTo(38 + 514 + 7_285 + 2_145);
    }

    @Test
    void villagesComeFromTheFileThatAreasNamesAndAreSkippedWhenItIsMissing(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Run without = Run.on(InMemoryStore.create(ScenarioClock.CLOCK), "--memory", "--areas", empty.toString());
        assertThat(without.output).contains("no villages file at " + empty.resolve("villages.csv") + ": villages skipped");
        assertThat(without.result.areas()).isEqualTo(38 + 514 + 7_285);

        Path own = Files.createDirectory(dir.resolve("own"));
        Files.writeString(own.resolve("villages.csv"), """
                code,district_code,name
                11.01.01.2001,11.01.01,Keude Bakongan
                61.71.01.1002,61.71.01,Benuamelayu Laut
                61.71.01.1003,61.71.01,"Benuamelayu, Darat"
                """);
        Run with = Run.on(InMemoryStore.create(ScenarioClock.CLOCK), "--memory", "--areas", own.toString());
        assertThat(with.output).contains("imported 2 villages of Kalimantan Barat from " + own.resolve("villages.csv"));
        assertThat(with.result.areas()).isEqualTo(38 + 514 + 7_285 + 2);
    }

    @Test
    void anH2FileFromAnotherSchemaVersionIsRefusedWithWhatToDo(@TempDir Path dir) throws SQLException {
        JdbcBackend.h2File(dir).close();
        String url = "jdbc:h2:file:" + dir.resolve("gugus").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"gugus_schema_history\" SET \"checksum\" = 42 WHERE \"version\" = '1'");
        }

        assertThatThrownBy(() -> Run.main("--data-dir", dir.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(dir.resolve("gugus.mv.db").toAbsolutePath()
                        + " was written with another version of the Gugus schema; move it away or choose another "
                        + "--data-dir");
    }

    /** One run of the scenario and what it printed. */
    private record Run(ScenarioResult result, String output) {
        static Run on(GugusStore store, String... args) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            ScenarioResult result = KalbarScenario.play(store, ScenarioOptions.parse(args), out);
            return new Run(result, bytes.toString(StandardCharsets.UTF_8));
        }

        static Run main(String... args) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            ScenarioResult result = KalbarScenario.run(ScenarioOptions.parse(args), out);
            return new Run(result, bytes.toString(StandardCharsets.UTF_8));
        }

        String report() {
            return output.substring(output.indexOf("Provincial report"));
        }

        /** The first line after the one that contains {@code text}, trimmed. */
        String lineAfter(String text) {
            List<String> lines = output.lines().toList();
            for (int i = 0; i < lines.size() - 1; i++) {
                if (lines.get(i).contains(text)) {
                    return lines.get(i + 1).strip();
                }
            }
            throw new AssertionError("no line with " + text);
        }
    }
}
