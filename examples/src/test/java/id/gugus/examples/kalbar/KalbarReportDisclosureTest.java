package id.gugus.examples.kalbar;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.report.PublishedReport;
import id.gugus.report.Report;
import id.gugus.report.ReportMaker;
import id.gugus.report.ReportRequest;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import java.util.List;
import id.gugus.report.disclosure.TableSuppression;
import id.gugus.storage.memory.InMemoryStore;
import id.gugus.store.GugusStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The suppression attack of the report module on the Kalimantan Barat report: from everything it
 * publishes, an LP solver cannot narrow any hidden count below the protection level. And what
 * it costs: how many numbers each table loses, below k and to protect them.
 */
class KalbarReportDisclosureTest {

    @Test
    void theKalimantanBaratReportWithstandsTheAttack() {
        GugusStore store = InMemoryStore.create(ScenarioClock.CLOCK);
        ScenarioResult result = KalbarScenario.play(store, ScenarioOptions.parse(new String[] {"--memory"}),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        PublishedReport published = result.report().published();
        ReportRequest request = ReportRequest.annual(KalbarAreas.PROVINCE, ScenarioClock.TODAY.getYear(),
                ScenarioClock.TODAY);
        Report truth = ReportMaker.internal(store, request);

        int attacked = assertProtected(truth.tables(), published.report().tables(), request.policy().k(),
                request.policy().protection());
        assertThat(attacked).isEqualTo(23 + 5 - 1); // the hidden number of cases is one number in two tables

        Map<String, String> perTable = published.suppression().stream().filter(s -> s.suppressed() > 0)
                .collect(Collectors.toMap(TableSuppression::table, s -> s.primary() + "+" + s.secondary()));
        assertThat(perTable).containsOnly(Map.entry("cases-by-registration", "2+0"), Map.entry("victims-by-origin", "14+0"),
                Map.entry("victims-by-age-and-sex", "5+5"), Map.entry("cases-by-status", "2+0"));
    }

    /** Below k suppressed, zeros and the rest published as they are, every suppressed count protected. */
    private static int assertProtected(List<CountTable> truth, List<CountTable> published, int k, int protection) {
        for (int i = 0; i < truth.size(); i++) {
            CountTable before = truth.get(i);
            CountTable after = published.get(i);
            for (Position p : before.positions()) {
                long value = before.at(p).published();
                if (after.at(p).isSuppressed()) {
                    assertThat(value).as("%s %s: a zero is never suppressed", before.id(), p).isPositive();
                } else {
                    assertThat(after.at(p).published()).isEqualTo(value);
                    if (before.unitAt(p) == id.gugus.report.table.Unit.COUNT) {
                        assertThat(value).as("%s %s is published", before.id(), p).matches(v -> v == 0 || v >= k);
                    }
                }
            }
        }
        Map<ReportAttacker.Unknown, ReportAttacker.Interval> found = new ReportAttacker(published).attack();
        found.forEach((unknown, interval) -> {
            long value = ReportAttacker.truth(unknown, truth);
            assertThat((double) value).isBetween(interval.low() - 1e-6, interval.high() + 1e-6);
            assertThat(interval.width()).as("%s (%d) lies in [%s, %s]", unknown, value, interval.low(), interval.high())
                    .isGreaterThan(protection);
        });
        return found.size();
    }
}
