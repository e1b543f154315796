package id.gugus.report.disclosure;

import com.google.common.collect.ImmutableList;
import id.gugus.report.table.Cell;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.report.table.Unit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Statistical disclosure control of the tables of one report, all at once, since tables that
 * share a total (victims by sex and victims by origin both add up to the number of victims)
 * can be played against each other.
 *
 * <p><b>Primary suppression.</b> Every count from 1 to k − 1 is suppressed. Zeros are published
 * (see {@link DisclosurePolicy}).
 *
 * <p><b>Secondary suppression.</b> A reader knows every relation between the published numbers:
 * each row, column and grand total is the sum of its cells, tables with the same
 * {@link CountTable#totalOf} share their grand total, in a table where one person may count in
 * several rows ({@link id.gugus.report.table.Shape#MULTI_VALUED}) the rows add up to at least the
 * total and none exceeds it, and a suppressed count is at least 1. For a suppressed count the
 * reader can therefore work out an interval: the smallest and largest value it can take under
 * all those relations (two linear programs). The count is protected when that interval is wider
 * than the policy's protection level. The algorithm, deterministic for given tables:
 * <ol>
 *   <li>Take the suppressed counts in a fixed order (table by table as given, then cells row by
 *       row, row totals, column totals, the grand total).</li>
 *   <li>For the first one not yet shown protected, compute its interval. If it is wide enough,
 *       it stays protected whatever is suppressed later (suppressing more only removes
 *       constraints, so intervals only grow); go on with the next.</li>
 *   <li>Otherwise suppress one more count: among the published non-zero counts nearest to it
 *       (sharing a relation with it, else sharing one with a count that does, and so on), the
 *       smallest, the first in the fixed order on a tie, so that as little as possible is lost.
 *       It is a suppressed count too, to be shown protected in its turn. Repeat step 2.</li>
 * </ol>
 * It ends, because each round suppresses a count or proves one protected; and when every
 * count connected to a suppressed one is suppressed, nothing bounds it from above, so it is
 * protected: the outcome always satisfies the rule, if at the price of more suppression than an
 * optimal (NP-hard) pattern. An amount in rupiah is suppressed when a count in its row is:
 * otherwise a restitution total would single out the few victims behind it.
 */
public final class StatisticalDisclosureControl {
    private static final double EPSILON = 1e-6;

    private StatisticalDisclosureControl() {}

    /**
     * The tables as they may be published under {@code policy}.
     *
     * @param tables the report's tables; a number already suppressed (a report adding up others'
     *     published reports) stays suppressed and counts as primary: it is at least 1, since zeros
     *     are published
     * @throws IllegalArgumentException if two tables disagree on a shared total
     */
    public static Suppression apply(DisclosurePolicy policy, List<CountTable> tables) {
        Objects.requireNonNull(policy, "policy");
        CellGraph graph = new CellGraph(tables);
        Mark[] marks = new Mark[graph.size()];
        Arrays.fill(marks, Mark.PUBLISHED);
        boolean[] hidden = new boolean[graph.size()];
        TreeSet<Integer> unproven = new TreeSet<>();
        for (int v = 0; v < graph.size(); v++) {
            long value = graph.value(v);
            if (value == CellGraph.UNKNOWN || (value > 0 && value < policy.k())) {
                marks[v] = Mark.PRIMARY;
                hidden[v] = true;
                unproven.add(v);
            }
        }
        while (!unproven.isEmpty()) {
            int v = unproven.first();
            if (IntervalAudit.of(graph, hidden, v).width() > policy.protection() + EPSILON) {
                unproven.remove(v);
                continue;
            }
            int complement = complement(graph, hidden, v);
            if (complement < 0) {
                throw new IllegalStateException("no count left to suppress beside " + graph.refs(v).get(0)
                        + ", yet it is not protected");
            }
            marks[complement] = Mark.SECONDARY;
            hidden[complement] = true;
            unproven.add(complement);
        }
        return publish(graph, marks, tables);
    }

    /** The published non-zero count nearest to {@code v} through relations; the smallest, then the first. */
    private static int complement(CellGraph graph, boolean[] hidden, int v) {
        Set<Integer> seen = new HashSet<>(List.of(v));
        List<Integer> frontier = List.of(v);
        while (!frontier.isEmpty()) {
            List<Integer> next = new ArrayList<>();
            int best = -1;
            for (int u : frontier) {
                for (int r : graph.relationsOf(u)) {
                    for (int member : CellGraph.members(graph.relation(r))) {
                        if (seen.add(member)) {
                            next.add(member);
                            if (!hidden[member] && graph.value(member) > 0 && (best < 0
                                    || graph.value(member) < graph.value(best)
                                    || (graph.value(member) == graph.value(best) && member < best))) {
                                best = member;
                            }
                        }
                    }
                }
            }
            if (best >= 0) {
                return best;
            }
            frontier = next;
        }
        return -1;
    }

    private static Suppression publish(CellGraph graph, Mark[] marks, List<CountTable> tables) {
        ImmutableList.Builder<CountTable> published = ImmutableList.builder();
        ImmutableList.Builder<TableSuppression> counts = ImmutableList.builder();
        for (CountTable table : tables) {
            int[] primary = {0};
            int[] secondary = {0};
            published.add(table.map(p -> {
                Mark mark = markOf(graph, marks, table, p);
                if (mark == Mark.PRIMARY) {
                    primary[0]++;
                } else if (mark == Mark.SECONDARY) {
                    secondary[0]++;
                }
                return mark == Mark.PUBLISHED ? table.at(p) : Cell.suppressed();
            }));
            counts.add(new TableSuppression(table.id(), table.positions().size(), primary[0], secondary[0]));
        }
        return new Suppression(published.build(), counts.build());
    }

    private static Mark markOf(CellGraph graph, Mark[] marks, CountTable table, Position p) {
        if (table.unitAt(p) == Unit.COUNT) {
            return marks[graph.variableAt(new CellGraph.Ref(table.id(), p))];
        }
        // An amount follows the counts of its row: the most severe of their marks.
        Mark row = Mark.PUBLISHED;
        for (int c = 0; c < table.columnKeys().size(); c++) {
            if (table.columnUnits().get(c) == Unit.COUNT) {
                Mark m = marks[graph.variableAt(new CellGraph.Ref(table.id(), Position.cell(p.row(), c)))];
                row = m.compareTo(row) > 0 ? m : row;
            }
        }
        return row;
    }
}
