package id.gugus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.TraffickingCase;
import id.gugus.common.Period;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import id.gugus.report.disclosure.Attacks;
import id.gugus.report.disclosure.DisclosurePolicy;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.storage.memory.InMemoryStore;
import id.gugus.storage.tck.RandomCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.storage.tck.TckWorld;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForce;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Regencies with installations of their own send exchange files up to the province. The sum of
 * the parts is the report of one store holding all the data, before suppression; through the
 * (suppressed) files every number the combined report publishes is that report's, and the
 * combined report withstands the attack. Bad files are refused, all at once, by rule.
 */
class RollUpTest {
    private static final ReportRequest REQUEST = ReportWorld.provincial();

    /** The province's installation, the regencies' installations, and one store holding everything. */
    private record Installations(GugusStore all, GugusStore province, Map<JurisdictionCode, GugusStore> regencies) {}

    @Property(tries = 12)
    void thePartsAddUpToTheReportOfOneStoreHoldingAllTheData(@ForAll @IntRange(min = 1, max = 100_000) int seed,
            @ForAll @IntRange(min = 0, max = 90) int cases) {
        Installations at = installations(seed, cases);
        Report all = ReportMaker.figures(at.all(), REQUEST);
        Report own = ReportMaker.figures(at.province(), REQUEST);
        List<Report> parts = new ArrayList<>();
        at.regencies().forEach((code, store) -> parts.add(ReportMaker.figures(store, regency(code))));

        Report sum = RollUp.add(own, parts);
        assertThat(sum.tables()).isEqualTo(all.tables());
        assertThat(sum.taskForces()).isEqualTo(all.taskForces());
        assertThat(sum.followUps()).isEqualTo(all.followUps());
        assertThat(sum.plans()).isEqualTo(all.plans());
    }

    @Property(tries = 8)
    void throughExchangeFilesEveryPublishedNumberIsTheTruthAndTheCombinedReportWithstandsTheAttack(
            @ForAll @IntRange(min = 1, max = 100_000) int seed, @ForAll @IntRange(min = 20, max = 120) int cases) {
        Installations at = installations(seed, cases);
        List<ExchangeFile> files = new ArrayList<>();
        at.regencies().forEach((code, store) -> files.add(ExchangeFile.read(
                ExchangeFile.of(ReportMaker.publish(store, regency(code)).report()).toJson())));

        PublishedReport combined = RollUp.combine(at.province(), REQUEST, files);
        Report all = ReportMaker.figures(at.all(), REQUEST);
        assertThat(combined.report().header().combinedFrom()).containsExactlyElementsOf(at.regencies().keySet());
        for (CountTable t : combined.report().tables()) {
            CountTable truth = all.table(t.id()).orElseThrow();
            assertThat(t.rowKeys()).isEqualTo(truth.rowKeys());
            for (Position p : t.positions()) {
                if (!t.at(p).isSuppressed()) {
                    assertThat(t.at(p)).as("%s %s", t.id(), p).isEqualTo(truth.at(p));
                }
            }
        }
        Attacks.assertProtected(all.tables(), combined.report().tables(), REQUEST.policy());
    }

    @Example
    void badFilesAreRefusedTogetherEachByItsRule() {
        Installations at = installations(61, 80);
        JurisdictionCode pontianak = TckFixtures.KOTA_PONTIANAK;
        ExchangeFile good = ExchangeFile.of(ReportMaker.publish(at.regencies().get(pontianak), regency(pontianak)).report());
        String tamperedJson = good.toJson().replace("\"name\":\"Kota Pontianak\"", "\"name\":\"Kota Pontianak Baru\"");
        assertThat(tamperedJson).isNotEqualTo(good.toJson());
        ExchangeFile tampered = ExchangeFile.read(tamperedJson);
        ExchangeFile otherPeriod = ExchangeFile.of(ReportMaker.publish(at.regencies().get(pontianak),
                new ReportRequest(pontianak, Period.years(2024, 2024), ReportWorld.AS_OF, DisclosurePolicy.standard()))
                .report());
        GugusStore kupang = InMemoryStore.create(TckFixtures.CLOCK);
        TckWorld.seed(kupang);
        ExchangeFile outside = ExchangeFile.of(ReportMaker.publish(kupang, regency(TckFixtures.KOTA_KUPANG)).report());
        // The province's own store holding Sambas's cases too would count them twice.
        GugusStore sambas = InMemoryStore.create(TckFixtures.CLOCK);
        TckWorld.seed(sambas);
        ExchangeFile overlapping = ExchangeFile.of(ReportMaker.publish(sambas, regency(TckFixtures.SAMBAS)).report());
        LocalDate reported = LocalDate.of(2024, 5, 1);
        at.province().cases().save(TckFixtures.newCase("LP/OVERLAP/1", TckFixtures.SAMBAS, reported,
                id.gugus.cases.CaseStatus.REPORTED, id.gugus.cases.Route.UNKNOWN, TckFixtures.victim(
                        id.gugus.cases.Sex.FEMALE, 20, reported.minusDays(30), TckFixtures.SAMBAS,
                        id.gugus.cases.ExploitationType.FORCED_LABOUR)));

        List<ExchangeFile> files = List.of(good, tampered, otherPeriod, outside, overlapping);
        assertThatThrownBy(() -> RollUp.combine(at.province(), REQUEST, files))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::ruleId).containsExactlyInAnyOrder(
                            "EXCHANGE-CHECKSUM", "EXCHANGE-PERIOD", "EXCHANGE-DUPLICATE", "EXCHANGE-SCOPE",
                            "EXCHANGE-OVERLAP");
                    assertThat(e.violations()).extracting(Violation::path).contains("files[1].sha256",
                            "files[2].period", "files[3].jurisdiction", "files[4].jurisdiction");
                    assertThat(e.getMessage()).contains("61.71", "53.71", "61.01", "2024-01-01..2024-12-31");
                    assertThat(e.getMessage(RuleMessages.INDONESIAN)).contains("Berkas pertukaran dari 61.71",
                            "tidak berada di bawah 61", "dua berkas pertukaran dari 61.71", "menghitungnya dua kali");
                });
    }

    @Example
    void anInternalReportNeverLeavesItsInstallation() {
        Installations at = installations(7, 30);
        Report internal = ReportMaker.internal(at.province(), REQUEST);
        assertThatThrownBy(() -> ExchangeFile.of(internal))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).ruleId()).isEqualTo("EXCHANGE-INTERNAL"));
    }

    @Example
    void aFileOfAnotherFormatIsRefused() {
        assertThatThrownBy(() -> ExchangeFile.read("{\"format\":\"something-else/9\",\"libraryVersion\":\"1\","
                + "\"jurisdiction\":\"61.71\",\"period\":{\"start\":\"2023-01-01\",\"end\":\"2025-12-31\"},"
                + "\"report\":null,\"sha256\":\"00\"}")).isInstanceOf(ValidationException.class);
    }

    private static ReportRequest regency(JurisdictionCode code) {
        return new ReportRequest(code, REQUEST.period(), REQUEST.asOf(), REQUEST.policy());
    }

    /** Random cases: those of the province's own offices (and outside it) in its store, each regency's in its own. */
    private static Installations installations(long seed, int count) {
        GugusStore all = InMemoryStore.create(TckFixtures.CLOCK);
        GugusStore province = InMemoryStore.create(TckFixtures.CLOCK);
        coordination(all);
        coordination(province);
        Map<JurisdictionCode, GugusStore> regencies = new TreeMap<>();
        for (TraffickingCase c : new RandomCases(seed).cases("LP/U" + seed, count)) {
            all.cases().save(c);
            JurisdictionCode registered = c.registeredIn();
            if (!ReportWorld.KALBAR.contains(registered) || registered.equals(ReportWorld.KALBAR)) {
                province.cases().save(c);
            } else {
                regencies.computeIfAbsent(registered.ancestorAt(Level.REGENCY), code -> {
                    GugusStore s = InMemoryStore.create(TckFixtures.CLOCK);
                    TckWorld.seed(s);
                    return s;
                }).cases().save(c);
            }
        }
        return new Installations(all, province, regencies);
    }

    private static void coordination(GugusStore store) {
        TckWorld w = TckWorld.seed(store);
        TaskForce national = store.taskForces().save(w.nationalTaskForce()).stored();
        TaskForce province = store.taskForces().save(w.provincialTaskForce(national.id())).stored();
        store.meetings().save(w.meeting(province.id(), LocalDate.of(2024, 3, 1),
                TckWorld.followUp("Menyusun SK gugus tugas kabupaten", w.dp3aKalbar.id(), LocalDate.of(2024, 6, 30))));
    }
}
