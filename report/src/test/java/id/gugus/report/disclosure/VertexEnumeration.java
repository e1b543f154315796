package id.gugus.report.disclosure;

import java.util.OptionalDouble;

/**
 * An exact, slow oracle for {@code max c·z, A z = b, z ≥ 0} on tiny programs: the optimum of a
 * bounded feasible program is attained at a basic feasible solution, so it tries every set of
 * columns, solves for them by Gaussian elimination and keeps the best non-negative solution. The
 * program is unbounded exactly when some direction {@code d ≥ 0, A d = 0, Σd = 1} has
 * {@code c·d > 0}; that set is a polytope, so its vertices are found the same way. No pivoting
 * rule, no phases: nothing it shares with {@link LinearProgram} but the arithmetic.
 *
 * <p>It replaced Apache Commons Math 3.6.1 as the reference: that solver returns a feasible but
 * not optimal point for programs as small as {@code z1 + z2 + z3 = 41, max z2} (it answers 0),
 * which made the comparison fail on the reference's mistake.
 */
final class VertexEnumeration {
    private static final double TOLERANCE = 1e-7;

    private VertexEnumeration() {}

    /** The maximum, empty if unbounded; throws if no {@code z} satisfies the constraints. */
    static OptionalDouble maximize(double[][] a, double[] b, double[] c) {
        int n = c.length;
        double[][] rays = new double[a.length + 1][n];
        double[] rayRight = new double[a.length + 1];
        for (int i = 0; i < a.length; i++) {
            rays[i] = a[i].clone();
        }
        java.util.Arrays.fill(rays[a.length], 1);
        rayRight[a.length] = 1;
        double steepestRay = bestVertex(rays, rayRight, c);
        if (steepestRay > TOLERANCE) {
            return OptionalDouble.empty();
        }
        double best = bestVertex(a, b, c);
        if (best == Double.NEGATIVE_INFINITY) {
            throw new IllegalStateException("the constraints have no solution");
        }
        return OptionalDouble.of(best);
    }

    /** The largest {@code c·z} over the basic feasible solutions of {@code A z = b, z ≥ 0}; −∞ if none. */
    private static double bestVertex(double[][] a, double[] b, double[] c) {
        int n = c.length;
        double best = Double.NEGATIVE_INFINITY;
        for (int subset = 0; subset < 1 << n; subset++) {
            int[] columns = new int[Integer.bitCount(subset)];
            for (int j = 0, k = 0; j < n; j++) {
                if ((subset & 1 << j) != 0) {
                    columns[k++] = j;
                }
            }
            double[] z = solve(a, b, columns);
            if (z == null) {
                continue;
            }
            double value = 0;
            for (int k = 0; k < columns.length; k++) {
                value += c[columns[k]] * z[k];
            }
            best = Math.max(best, value);
        }
        return best;
    }

    /**
     * The unique non-negative solution of {@code A_S z_S = b} for the columns {@code S}, or null if
     * the columns are dependent, the system inconsistent or a component negative.
     */
    private static double[] solve(double[][] a, double[] b, int[] columns) {
        int m = a.length;
        int k = columns.length;
        if (k > m) {
            return null;
        }
        double[][] t = new double[m][k + 1];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < k; j++) {
                t[i][j] = a[i][columns[j]];
            }
            t[i][k] = b[i];
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int i = col + 1; i < m; i++) {
                if (Math.abs(t[i][col]) > Math.abs(t[pivot][col])) {
                    pivot = i;
                }
            }
            if (Math.abs(t[pivot][col]) < TOLERANCE) {
                return null;
            }
            double[] swap = t[col];
            t[col] = t[pivot];
            t[pivot] = swap;
            for (int i = 0; i < m; i++) {
                if (i != col) {
                    double factor = t[i][col] / t[col][col];
                    for (int j = col; j <= k; j++) {
                        t[i][j] -= factor * t[col][j];
                    }
                }
            }
        }
        for (int i = k; i < m; i++) {
            if (Math.abs(t[i][k]) > TOLERANCE) {
                return null;
            }
        }
        double[] z = new double[k];
        for (int j = 0; j < k; j++) {
            z[j] = t[j][k] / t[j][j];
            if (z[j] < -TOLERANCE) {
                return null;
            }
        }
        return z;
    }
}
