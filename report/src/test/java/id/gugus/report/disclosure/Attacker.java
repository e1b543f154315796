package id.gugus.report.disclosure;

import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.report.table.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * A reader who wants the suppressed counts back: from the published tables alone (their values,
 * their shapes and which totals they share) it writes every relation it knows as a linear
 * constraint and asks Apache Commons Math's simplex, not the library's own solver, for the
 * smallest and largest value of each suppressed count. It knows that zeros are published, so a
 * suppressed count is at least 1.
 *
 * <p>Commons Math 3.6.1's simplex can stop at a feasible point that is not optimal (see
 * {@link VertexEnumeration}). For this reader that errs on the safe side only: a minimum found too
 * high or a maximum too low makes the interval narrower than the truth, so an attack can look more
 * successful than it is, never less; a suppression these tests pass is at least as safe as they say.
 */
public final class Attacker {
    /** A suppressed count, by table and position; a shared grand total is one unknown for all its tables. */
    public record Unknown(String key) {}

    public record Interval(double low, double high) {
        public double width() {
            return high - low;
        }
    }

    private final Map<Unknown, Integer> unknowns = new LinkedHashMap<>();
    private final List<LinearConstraint> constraints = new ArrayList<>();
    private final List<CountTable> published;

    public Attacker(List<CountTable> published) {
        this.published = published;
        for (CountTable t : published) {
            for (Position p : t.positions()) {
                if (t.unitAt(p) == Unit.COUNT && t.at(p).isSuppressed()) {
                    unknowns.putIfAbsent(unknown(t, p), unknowns.size());
                }
            }
        }
        for (CountTable t : published) {
            int rows = t.rowKeys().size();
            int columns = t.columnKeys().size();
            switch (t.shape()) {
                case ONE_WAY -> sum(t, Position.GRAND_TOTAL, cellsOfColumn(0, rows));
                case TWO_WAY -> {
                    for (int r = 0; r < rows; r++) {
                        List<Position> row = new ArrayList<>();
                        for (int c = 0; c < columns; c++) {
                            row.add(Position.cell(r, c));
                        }
                        sum(t, Position.rowTotal(r), row);
                    }
                    List<Position> rowTotals = new ArrayList<>();
                    for (int r = 0; r < rows; r++) {
                        rowTotals.add(Position.rowTotal(r));
                    }
                    List<Position> columnTotals = new ArrayList<>();
                    for (int c = 0; c < columns; c++) {
                        sum(t, Position.columnTotal(c), cellsOfColumn(c, rows));
                        columnTotals.add(Position.columnTotal(c));
                    }
                    sum(t, Position.GRAND_TOTAL, rowTotals);
                    sum(t, Position.GRAND_TOTAL, columnTotals);
                }
                case MULTI_VALUED -> {
                    // Σ rows ≥ total, and no row above the total.
                    double[] atLeast = new double[unknowns.size()];
                    double constant = 0;
                    for (Position p : cellsOfColumn(0, rows)) {
                        constant += term(t, p, 1, atLeast);
                    }
                    constant += term(t, Position.GRAND_TOTAL, -1, atLeast);
                    add(atLeast, Relationship.GEQ, -constant);
                    for (Position p : cellsOfColumn(0, rows)) {
                        double[] below = new double[unknowns.size()];
                        double c = term(t, Position.GRAND_TOTAL, 1, below) + term(t, p, -1, below);
                        add(below, Relationship.GEQ, -c);
                    }
                }
                case LIST -> { }
            }
        }
        for (int i = 0; i < unknowns.size(); i++) {
            double[] one = new double[unknowns.size()];
            one[i] = 1;
            constraints.add(new LinearConstraint(one, Relationship.GEQ, 1));
        }
    }

    private static List<Position> cellsOfColumn(int column, int rows) {
        List<Position> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            cells.add(Position.cell(r, column));
        }
        return cells;
    }

    private Unknown unknown(CountTable t, Position p) {
        return new Unknown(p.isGrandTotal() ? "total of " + t.totalOf() : t.id() + " " + p);
    }

    /** total − Σ parts = 0. */
    private void sum(CountTable t, Position total, List<Position> parts) {
        double[] coefficients = new double[unknowns.size()];
        double constant = term(t, total, 1, coefficients);
        for (Position p : parts) {
            constant += term(t, p, -1, coefficients);
        }
        add(coefficients, Relationship.EQ, -constant);
    }

    /** Adds {@code sign·x} to the coefficients if suppressed; else returns {@code sign·value}. */
    private double term(CountTable t, Position p, int sign, double[] coefficients) {
        if (t.at(p).isSuppressed()) {
            coefficients[unknowns.get(unknown(t, p))] += sign;
            return 0;
        }
        return sign * (double) t.at(p).published();
    }

    private void add(double[] coefficients, Relationship relationship, double value) {
        boolean involvesUnknown = false;
        for (double c : coefficients) {
            involvesUnknown |= c != 0;
        }
        if (involvesUnknown) {
            constraints.add(new LinearConstraint(coefficients, relationship, value));
        }
    }

    /** Every suppressed count (a shared total once) with the interval the reader can work out. */
    public Map<Unknown, Interval> attack() {
        Map<Unknown, Interval> found = new LinkedHashMap<>();
        for (Map.Entry<Unknown, Integer> u : unknowns.entrySet()) {
            double low = optimum(u.getValue(), GoalType.MINIMIZE);
            double high = optimum(u.getValue(), GoalType.MAXIMIZE);
            found.put(u.getKey(), new Interval(low, high));
        }
        return found;
    }

    private double optimum(int index, GoalType goal) {
        double[] objective = new double[unknowns.size()];
        objective[index] = 1;
        try {
            PointValuePair solution = new SimplexSolver().optimize(new MaxIter(10_000),
                    new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(constraints), goal,
                    new NonNegativeConstraint(true));
            return solution.getValue();
        } catch (UnboundedSolutionException unbounded) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
    }

    /** The true value of an unknown, from the tables before suppression (same ids and shapes). */
    public static long truth(Unknown u, List<CountTable> raw) {
        for (CountTable t : raw) {
            for (Position p : t.positions()) {
                String key = p.isGrandTotal() ? "total of " + t.totalOf() : t.id() + " " + p;
                if (key.equals(u.key())) {
                    return t.at(p).published();
                }
            }
        }
        throw new AssertionError("no such count: " + u);
    }

    List<CountTable> published() {
        return published;
    }
}
