package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditOutcome;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.common.PageRequest;
import id.gugus.error.AccessDeniedException;
import id.gugus.error.ValidationException;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.SevenCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Anonymised microdata of a store of the Kalimantan Barat scenario's shape: every equivalence
 * class of the file read back holds k rows or more, no victim of the store can be singled out
 * from it, no personal value is in it, and a viewer with statistics permission only may make it.
 */
class CtdcMicrodataTest {
    static GugusStore store;

    @BeforeAll
    static void seed() {
        store = KalbarLikeStore.create();
    }

    static final Actor VIEWER = Actor.national("bps/statistik", Role.VIEWER);

    /** The file the application makes for a viewer, who holds the statistics permission only. */
    static MicrodataFile export(MicrodataSettings settings) {
        return MicrodataFile.exportFor(store, VIEWER, settings);
    }

    @Test
    void theKalimantanBaratFileIsElevenAnonymousAndSinglesNoVictimOut() {
        MicrodataFile file = export(MicrodataSettings.DEFAULT);

        file.assertKAnonymous(11);
        assertThat(file.assertNoVictimSingledOut(store, 11)).isEqualTo(KalbarLikeStore.VICTIMS);
        file.assertNoPersonalValue(store);
        MicrodataSummary s = file.summary();
        assertThat(s.victims()).isEqualTo(KalbarLikeStore.VICTIMS);
        assertThat(s.rows() + s.withheldRecords()).isEqualTo(s.victims());
        assertThat(file.rows()).hasSize((int) s.rows());
        assertThat(s.smallestClass()).isGreaterThanOrEqualTo(11).isEqualTo(file.classes().values().stream().mapToInt(i -> i).min().orElseThrow());
        assertThat(s.classes()).isEqualTo(file.classes().size());
        // Within the 5% allowed: 6 of 123.
        assertThat(s.suppressedRecords() + s.withheldRecords()).isLessThanOrEqualTo(6);
    }

    @Test
    void theSummaryDescribesTheFile() {
        MicrodataFile file = export(MicrodataSettings.DEFAULT);

        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            MicrodataSummary.Attribute a = file.summary().attribute(q);
            assertThat(file.rows().stream().map(r -> r.get(q.header())).distinct().count()).as(q.header())
                    .isEqualTo(a.distinctValues());
            if (a.level() == q.top()) {
                assertThat(file.rows()).as(q.header()).allSatisfy(r -> assertThat(r.get(q.header())).isEmpty());
            }
        }
        long blank = file.rows().stream().filter(r -> MicrodataFile.classOf(r).stream().allMatch(String::isEmpty)).count();
        boolean allTop = file.summary().attributes().stream().allMatch(a -> a.level() == a.attribute().top());
        assertThat(allTop ? 0 : blank).isEqualTo(file.summary().suppressedRecords());
    }

    @Test
    void theScamCompoundVictimsStayRecognisableAsAGroupWhenMoreMayBeSuppressed() {
        // 53 victims of 20 other cases spread over six years and four kinds of case: with 5% suppressed
        // at most, little detail can stay; with 30%, the 70 scam victims keep their exploitation type.
        MicrodataFile file = export(MicrodataSettings.DEFAULT.withMaxSuppressedShare(0.3));
        String exploitation = QuasiIdentifier.EXPLOITATION.header();

        file.assertKAnonymous(11);
        file.assertNoVictimSingledOut(store, 11);
        long scam = file.rows().stream().filter(r -> r.get(exploitation).equals("FORCED_CRIMINALITY_ONLINE_SCAM")).count();
        // The six children of the 70 are too few to keep their own class: 64 adults stay.
        assertThat(scam).isGreaterThanOrEqualTo(KalbarLikeStore.SCAM_VICTIMS - 6);
    }

    @Test
    void everyKFromThreeToTwentyGivesClassesOfAtLeastK() {
        for (int k = MicrodataSettings.MIN_K; k <= 20; k++) {
            MicrodataFile file = export(MicrodataSettings.DEFAULT.withK(k));
            file.assertKAnonymous(k);
            file.assertNoVictimSingledOut(store, k);
        }
    }

    @Test
    void aSmallerKKeepsMoreDetail() {
        MicrodataSummary loose = export(MicrodataSettings.DEFAULT.withK(3)).summary();
        MicrodataSummary strict = export(MicrodataSettings.DEFAULT.withK(20)).summary();

        int looseLevels = loose.attributes().stream().mapToInt(MicrodataSummary.Attribute::level).sum();
        int strictLevels = strict.attributes().stream().mapToInt(MicrodataSummary.Attribute::level).sum();
        assertThat(looseLevels).isLessThan(strictLevels);
        assertThat(loose.classes()).isGreaterThan(strict.classes());
    }

    @Test
    void aViewerMayExportAndNothingIsRecordedAsAReadOfPersonalData() {
        long before = auditEntries();
        export(MicrodataSettings.DEFAULT);
        MicrodataFile.export(store.as(Actor.national("kemenpppa/worker", Role.CASE_WORKER)), MicrodataSettings.DEFAULT);

        var entries = store.auditLog().stream(AuditQuery.all()).toList();
        assertThat(entries.subList((int) before, entries.size())).noneMatch(e -> e.action() == AuditAction.READ_PERSONAL_DATA);
    }

    private static long auditEntries() {
        return store.auditLog().stream(AuditQuery.all()).toList().size();
    }

    @Test
    void aProvincialViewerExportsOnlyItsProvince() {
        MicrodataFile nttOnly = MicrodataFile.exportFor(store, Actor.of("ntt/statistik", TckFixtures.NTT, Role.VIEWER),
                MicrodataSettings.DEFAULT.withK(3));

        // Case F, in Kupang, holds two victims: fewer than k, so both are withheld and the file is empty.
        assertThat(nttOnly.summary().victims()).isEqualTo(2);
        assertThat(nttOnly.rows()).isEmpty();
        assertThat(nttOnly.summary().withheldRecords()).isEqualTo(2);
        assertThat(nttOnly.headers()).isEqualTo(CtdcMicrodata.headers());
    }

    @Test
    void aViewerCannotReadCasesThroughItsOwnStoreAndTheRefusalIsAudited() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long before = auditEntries();

        assertThatThrownBy(() -> CtdcMicrodata.csv(store.as(VIEWER), CaseQuery.all(), MicrodataSettings.DEFAULT, out, Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out.size()).isZero();
        var entries = store.auditLog().stream(AuditQuery.all()).toList();
        assertThat(entries.subList((int) before, entries.size()))
                .anyMatch(e -> e.actorId().equals(VIEWER.id()) && e.outcome() == AuditOutcome.DENIED);
    }

    @Test
    void aCaseWorkerExportsThroughItsOwnStore() {
        MicrodataFile file = MicrodataFile.export(store.as(Actor.national("kemenpppa/worker", Role.CASE_WORKER)),
                MicrodataSettings.DEFAULT);

        assertThat(file.rows()).isEqualTo(export(MicrodataSettings.DEFAULT).rows());
    }

    @Test
    void kBelowThreeIsRefusedNamingTheRule() {
        assertThatThrownBy(() -> MicrodataSettings.DEFAULT.withK(2))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.ruleId()).isEqualTo("MICRODATA-K-MINIMUM");
                        assertThat(v.path()).isEqualTo("k");
                        assertThat(v.message(Locale.ENGLISH)).contains("at least 3").contains("2");
                        assertThat(v.message(Locale.forLanguageTag("id"))).contains("paling sedikit 3");
                    });
                });
        assertThatThrownBy(() -> MicrodataSettings.DEFAULT.withMaxSuppressedShare(1.5))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).ruleId()).isEqualTo("MICRODATA-SUPPRESSION-LIMIT"));
    }

    @Test
    void aCaseSavedBetweenTheTwoReadsStopsTheExport() {
        GugusStore changing = GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK);
        SevenCases.seed(changing);
        List<String> parts = new ArrayList<>();
        Progress saveAfterFirstRead = (part, done, total) -> {
            if (part.equals(CtdcMicrodata.READ_PART) && done == total && parts.add(part)) {
                changing.cases().save(TckFixtures.newCase("LP/B/9/I/2026/SPKT/POLRESTA PONTIANAK", TckFixtures.KOTA_PONTIANAK,
                        LocalDate.of(2026, 1, 5), CaseStatus.REPORTED, TckFixtures.abroad(TckFixtures.SAMBAS, TckFixtures.CAMBODIA),
                        SevenCases.victimA1()));
            }
        };

        assertThatThrownBy(() -> CtdcMicrodata.csv(changing, CaseQuery.all(), MicrodataSettings.DEFAULT.withK(3),
                new ByteArrayOutputStream(), saveAfterFirstRead))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).ruleId()).isEqualTo("MICRODATA-STORE-CHANGED"));
    }

    @Test
    void theSummarySpeaksIndonesianAndEnglish() {
        MicrodataSummary s = export(MicrodataSettings.DEFAULT).summary();

        String en = s.describe(Locale.ENGLISH);
        String id = s.describe(Locale.forLanguageTag("id"));
        assertThat(en).contains("k = 11", s.victims() + " victims read", "ageBroad: level", "gugus_OriginArea: level")
                .doesNotContain("{");
        assertThat(id).contains("k = 11", s.victims() + " korban dibaca", "ageBroad: tingkat").doesNotContain("{");
        assertThat(en.lines()).hasSize(2 + QuasiIdentifier.values().length);
        assertThat(id.lines()).hasSize(2 + QuasiIdentifier.values().length);
    }

    @Test
    void anEmptyStoreGivesTheHeaderOnly() {
        GugusStore empty = GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK);
        MicrodataFile file = MicrodataFile.export(empty, MicrodataSettings.DEFAULT);

        assertThat(file.rows()).isEmpty();
        assertThat(file.headers()).isEqualTo(CtdcMicrodata.headers());
        assertThat(file.summary().smallestClass()).isZero();
    }
}
