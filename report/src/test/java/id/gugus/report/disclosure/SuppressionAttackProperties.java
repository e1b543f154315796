package id.gugus.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.report.table.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Disclosure control against a reader who solves the linear programs: random tables of random
 * people (so that shared totals agree, as in a real report), 1-D and 2-D with margins, a table
 * where one person counts in several rows, and tables linked through the total they share.
 * After suppression, every suppressed count must keep a feasible interval wider than the
 * protection level, worked out by an independent solver from everything published.
 */
public class SuppressionAttackProperties {

    @Property(tries = 150)
    void noSuppressedCountCanBeNarrowedBelowTheProtectionLevel(
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 160) int people,
            @ForAll @IntRange(min = 1, max = 6) int ageBands,
            @ForAll @IntRange(min = 1, max = 9) int areas,
            @ForAll @IntRange(min = 3, max = 15) int k,
            @ForAll boolean withTwoWay,
            @ForAll boolean withMultiValued,
            @ForAll boolean withCases) {
        List<CountTable> raw = randomReport(new Random(seed), people, ageBands, areas, withTwoWay, withMultiValued,
                withCases);
        DisclosurePolicy policy = DisclosurePolicy.of(k);
        Suppression suppression = StatisticalDisclosureControl.apply(policy, raw);

        assertPrimaryAndZeros(raw, suppression.tables(), k);
        Map<Attacker.Unknown, Attacker.Interval> found = new Attacker(suppression.tables()).attack();
        for (Map.Entry<Attacker.Unknown, Attacker.Interval> e : found.entrySet()) {
            long truth = Attacker.truth(e.getKey(), raw);
            Attacker.Interval interval = e.getValue();
            assertThat(truth).as("the attack is sound: %s lies in its interval", e.getKey())
                    .isBetween((long) Math.floor(interval.low() - 1e-6), (long) Math.ceil(interval.high() + 1e-6));
            assertThat(interval.width()).as("%s (true value %d) lies in [%s, %s]", e.getKey(), truth,
                    interval.low(), interval.high()).isGreaterThan(policy.protection());
        }
        assertThat(StatisticalDisclosureControl.apply(policy, raw)).as("deterministic").isEqualTo(suppression);
    }

    /** Every count from 1 to k − 1 is suppressed, zeros never, and what is published is the truth. */
    public static void assertPrimaryAndZeros(List<CountTable> raw, List<CountTable> published, int k) {
        for (int i = 0; i < raw.size(); i++) {
            CountTable before = raw.get(i);
            CountTable after = published.get(i);
            for (Position p : before.positions()) {
                long value = before.at(p).published();
                if (after.at(p).isSuppressed()) {
                    assertThat(value).as("%s %s: a zero is never suppressed", before.id(), p).isPositive();
                } else {
                    assertThat(after.at(p).published()).isEqualTo(value);
                    if (before.unitAt(p) == Unit.COUNT) {
                        assertThat(value).as("%s %s is published", before.id(), p).matches(v -> v == 0 || v >= k);
                    }
                }
            }
        }
    }

    /** Tables of one report about {@code people} random people and their cases. */
    static List<CountTable> randomReport(Random random, int people, int ageBands, int areas, boolean withTwoWay,
            boolean withMultiValued, boolean withCases) {
        double[] ageWeights = weights(random, ageBands);
        double[] areaWeights = weights(random, areas);
        double[] channelWeights = weights(random, 4);
        double[] typeWeights = weights(random, 5);
        long[][] ageSex = new long[ageBands][2];
        long[] byArea = new long[areas];
        long[] byChannel = new long[4];
        long[] byType = new long[5];
        long[] casesByStatus = new long[3];
        int casesLeft = 0;
        for (int i = 0; i < people; i++) {
            ageSex[pick(random, ageWeights)][random.nextDouble() < 0.7 ? 1 : 0]++;
            byArea[pick(random, areaWeights)]++;
            byChannel[pick(random, channelWeights)]++;
            int first = pick(random, typeWeights);
            byType[first]++;
            if (random.nextDouble() < 0.2) {
                int second = pick(random, typeWeights);
                if (second != first) {
                    byType[second]++;
                }
            }
            if (casesLeft == 0) {
                casesByStatus[random.nextInt(3)]++;
                casesLeft = 1 + random.nextInt(4);
            }
            casesLeft--;
        }
        List<CountTable> tables = new ArrayList<>();
        if (withTwoWay) {
            tables.add(CountTable.twoWay("age-sex", "AGE_BAND", "SEX", "victims", keys("age", ageBands),
                    ImmutableList.of("FEMALE", "MALE"), ageSex));
        }
        tables.add(CountTable.oneWay("area", "AREA", "victims", keys("area", areas), list(byArea)));
        tables.add(CountTable.oneWay("channel", "CHANNEL", "victims", keys("channel", 4), list(byChannel)));
        if (withMultiValued) {
            tables.add(CountTable.multiValued("type", "TYPE", "victims", keys("type", 5), list(byType), people));
        }
        if (withCases) {
            tables.add(CountTable.oneWay("status", "STATUS", "cases", keys("status", 3), list(casesByStatus)));
        }
        return tables;
    }

    /** Skewed weights, so that small cells are common. */
    private static double[] weights(Random random, int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            w[i] = u * u * u + 0.01;
        }
        return w;
    }

    private static int pick(Random random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static ImmutableList<String> keys(String prefix, int n) {
        ImmutableList.Builder<String> keys = ImmutableList.builder();
        for (int i = 0; i < n; i++) {
            keys.add(prefix + i);
        }
        return keys.build();
    }

    private static ImmutableList<Long> list(long[] counts) {
        ImmutableList.Builder<Long> list = ImmutableList.builder();
        for (long c : counts) {
            list.add(c);
        }
        return list.build();
    }
}
