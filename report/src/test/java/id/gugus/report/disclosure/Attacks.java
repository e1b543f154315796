package id.gugus.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.report.table.CountTable;
import java.util.List;
import java.util.Map;

/** Attacks a published report's tables and asserts that every suppressed count stays protected. */
public final class Attacks {
    private Attacks() {}

    /** @return how many suppressed counts were attacked */
    public static int assertProtected(List<CountTable> raw, List<CountTable> published, DisclosurePolicy policy) {
        SuppressionAttackProperties.assertPrimaryAndZeros(raw, published, policy.k());
        Map<Attacker.Unknown, Attacker.Interval> found = new Attacker(published).attack();
        for (Map.Entry<Attacker.Unknown, Attacker.Interval> e : found.entrySet()) {
            long truth = Attacker.truth(e.getKey(), raw);
            Attacker.Interval interval = e.getValue();
            assertThat((double) truth).as("the attack is sound for %s", e.getKey())
                    .isBetween(interval.low() - 1e-6, interval.high() + 1e-6);
            assertThat(interval.width()).as("%s (true value %d) lies in [%s, %s]", e.getKey(), truth, interval.low(),
                    interval.high()).isGreaterThan(policy.protection());
        }
        return found.size();
    }
}
