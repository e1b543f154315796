package id.gugus.report.disclosure;

import java.util.OptionalDouble;

/**
 * A small dense two-phase simplex: maximise {@code c·z} subject to {@code A z = b}, {@code z ≥ 0}.
 * Bland's rule chooses entering and leaving columns, so a degenerate program (tables are full of
 * them: many cells of equal value) cannot cycle. Sizes here are tens of variables, so a plain
 * tableau is fast enough and easy to check; the tests compare its answers with an independent
 * solver (Apache Commons Math).
 */
final class LinearProgram {
    private static final double EPSILON = 1e-9;
    private static final int MAX_PIVOTS = 100_000;

    private final double[][] t;
    private final int[] basis;
    private final int n;
    private final int m;

    private LinearProgram(double[][] a, double[] b) {
        this.m = a.length;
        this.n = m == 0 ? 0 : a[0].length;
        this.t = new double[m][n + m + 1];
        this.basis = new int[m];
        for (int i = 0; i < m; i++) {
            double sign = b[i] < 0 ? -1 : 1;
            for (int j = 0; j < n; j++) {
                t[i][j] = sign * a[i][j];
            }
            t[i][n + i] = 1;
            t[i][n + m] = sign * b[i];
            basis[i] = n + i;
        }
    }

    /**
     * The maximum of {@code c·z}; empty if unbounded.
     *
     * @param a {@code m × n} constraint matrix (every row as long as {@code c})
     * @throws IllegalStateException if no {@code z} satisfies the constraints
     */
    static OptionalDouble maximize(double[][] a, double[] b, double[] c) {
        if (a.length == 0) {
            for (double coefficient : c) {
                if (coefficient > EPSILON) {
                    return OptionalDouble.empty();
                }
            }
            return OptionalDouble.of(0);
        }
        LinearProgram lp = new LinearProgram(a, b);
        // Phase 1: find a feasible basis by driving the artificial variables to zero.
        double[] phaseOne = new double[lp.n + lp.m];
        for (int k = lp.n; k < lp.n + lp.m; k++) {
            phaseOne[k] = -1;
        }
        if (!lp.run(phaseOne, lp.n + lp.m) || lp.value(phaseOne) < -1e-6) {
            throw new IllegalStateException("the constraints have no solution");
        }
        lp.pivotOutArtificials();
        double[] phaseTwo = new double[lp.n + lp.m];
        System.arraycopy(c, 0, phaseTwo, 0, lp.n);
        return lp.run(phaseTwo, lp.n) ? OptionalDouble.of(lp.value(phaseTwo)) : OptionalDouble.empty();
    }

    /** Pivots to optimality using columns below {@code allowed}; false if unbounded. */
    private boolean run(double[] objective, int allowed) {
        for (int pivots = 0; pivots < MAX_PIVOTS; pivots++) {
            int entering = -1;
            for (int j = 0; j < allowed && entering < 0; j++) {
                if (!isBasic(j) && reducedCost(objective, j) > EPSILON) {
                    entering = j;
                }
            }
            if (entering < 0) {
                return true;
            }
            int leaving = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                double coefficient = t[i][entering];
                if (coefficient > EPSILON) {
                    double ratio = t[i][n + m] / coefficient;
                    if (ratio < best - EPSILON || (Math.abs(ratio - best) <= EPSILON && basis[i] < basis[leaving])) {
                        best = ratio;
                        leaving = i;
                    }
                }
            }
            if (leaving < 0) {
                return false;
            }
            pivot(leaving, entering);
        }
        throw new IllegalStateException("the simplex did not finish in " + MAX_PIVOTS + " pivots");
    }

    /** After phase 1 every artificial variable is zero; swap the basic ones for real columns where a row allows. */
    private void pivotOutArtificials() {
        for (int i = 0; i < m; i++) {
            if (basis[i] >= n) {
                for (int j = 0; j < n; j++) {
                    if (Math.abs(t[i][j]) > EPSILON && !isBasic(j)) {
                        pivot(i, j);
                        break;
                    }
                }
                // A row with no real column left is redundant: its artificial stays basic at zero and
                // no later pivot changes it, since its entries in every real column are zero.
            }
        }
    }

    private boolean isBasic(int column) {
        for (int b : basis) {
            if (b == column) {
                return true;
            }
        }
        return false;
    }

    private double reducedCost(double[] objective, int column) {
        double cost = objective[column];
        for (int i = 0; i < m; i++) {
            cost -= objective[basis[i]] * t[i][column];
        }
        return cost;
    }

    private double value(double[] objective) {
        double value = 0;
        for (int i = 0; i < m; i++) {
            value += objective[basis[i]] * t[i][n + m];
        }
        return value;
    }

    private void pivot(int row, int column) {
        double[] pivotRow = t[row];
        double p = pivotRow[column];
        for (int j = 0; j < pivotRow.length; j++) {
            pivotRow[j] /= p;
        }
        for (int i = 0; i < m; i++) {
            if (i != row) {
                double factor = t[i][column];
                if (factor != 0) {
                    double[] r = t[i];
                    for (int j = 0; j < r.length; j++) {
                        r[j] -= factor * pivotRow[j];
                    }
                }
            }
        }
        basis[row] = column;
    }
}
