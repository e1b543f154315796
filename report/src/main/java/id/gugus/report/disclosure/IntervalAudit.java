package id.gugus.report.disclosure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What a reader can work out about a suppressed count from everything published: the smallest
 * and largest value it can take such that every published total still adds up, every shared
 * total is one number, and every suppressed count is at least 1 (zeros are published, so a
 * suppressed count is never zero). Two linear programs, over the suppressed counts connected to
 * this one; counts not connected to it through a relation cannot narrow it.
 */
final class IntervalAudit {
    /** The values a suppressed count can take; {@code high} is infinite when nothing bounds it. */
    record Interval(double low, double high) {
        double width() {
            return high - low;
        }
    }

    private IntervalAudit() {}

    static Interval of(CellGraph graph, boolean[] hidden, int variable) {
        if (!hidden[variable]) {
            return new Interval(graph.value(variable), graph.value(variable));
        }
        Set<Integer> component = new LinkedHashSet<>();
        Set<Integer> relations = new LinkedHashSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(variable));
        component.add(variable);
        while (!todo.isEmpty()) {
            int v = todo.pop();
            for (int r : graph.relationsOf(v)) {
                if (relations.add(r)) {
                    for (int member : CellGraph.members(graph.relation(r))) {
                        if (hidden[member] && component.add(member)) {
                            todo.push(member);
                        }
                    }
                }
            }
        }
        Map<Integer, Integer> column = new LinkedHashMap<>();
        for (int v : component) {
            column.put(v, column.size());
        }
        List<Row> rows = new ArrayList<>();
        for (int r : relations) {
            CellGraph.Relation relation = graph.relation(r);
            if (relation.kind() == CellGraph.Kind.SUM) {
                Map<Integer, Integer> terms = new LinkedHashMap<>();
                terms.merge(relation.total(), 1, Integer::sum);
                for (int part : relation.parts()) {
                    terms.merge(part, -1, Integer::sum);
                }
                rows.add(new Row(terms, false));
            } else {
                Map<Integer, Integer> atLeast = new LinkedHashMap<>();
                for (int part : relation.parts()) {
                    atLeast.merge(part, 1, Integer::sum);
                }
                atLeast.merge(relation.total(), -1, Integer::sum);
                rows.add(new Row(atLeast, true));
                for (int part : relation.parts()) {
                    Map<Integer, Integer> below = new LinkedHashMap<>();
                    below.merge(relation.total(), 1, Integer::sum);
                    below.merge(part, -1, Integer::sum);
                    rows.add(new Row(below, true));
                }
            }
        }
        return solve(graph, hidden, column, rows, column.get(variable));
    }

    /** {@code Σ coefficient·x = 0}, or {@code ≥ 0} when {@code atLeast}. */
    private record Row(Map<Integer, Integer> terms, boolean atLeast) {}

    private static Interval solve(CellGraph graph, boolean[] hidden, Map<Integer, Integer> column, List<Row> rows,
            int target) {
        List<Row> binding = rows.stream()
                .filter(row -> row.terms().entrySet().stream().anyMatch(e -> e.getValue() != 0 && hidden[e.getKey()]))
                .toList();
        int slacks = (int) binding.stream().filter(Row::atLeast).count();
        int width = column.size() + slacks;
        double[][] a = new double[binding.size()][width];
        double[] b = new double[binding.size()];
        int slack = column.size();
        for (int i = 0; i < binding.size(); i++) {
            Row row = binding.get(i);
            double rhs = 0;
            for (Map.Entry<Integer, Integer> term : row.terms().entrySet()) {
                int v = term.getKey();
                int coefficient = term.getValue();
                if (hidden[v]) {
                    // x = y + 1, y ≥ 0: a suppressed count is at least 1.
                    a[i][column.get(v)] += coefficient;
                    rhs -= coefficient;
                } else {
                    rhs -= (double) coefficient * graph.value(v);
                }
            }
            if (row.atLeast()) {
                a[i][slack++] = -1;
            }
            b[i] = rhs;
        }
        double[] up = new double[width];
        up[target] = 1;
        double[] down = new double[width];
        down[target] = -1;
        OptionalDouble max = LinearProgram.maximize(a, b, up);
        OptionalDouble negatedMin = LinearProgram.maximize(a, b, down);
        double low = 1 - negatedMin.orElseThrow(() -> new IllegalStateException("a count without a lower bound"));
        double high = max.isPresent() ? 1 + max.getAsDouble() : Double.POSITIVE_INFINITY;
        return new Interval(low, high);
    }
}
