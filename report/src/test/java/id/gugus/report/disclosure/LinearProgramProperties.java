package id.gugus.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The library's simplex against Apache Commons Math on random feasible programs of the kind
 * tables make: small integer coefficients, a known non-negative solution, degenerate often.
 */
class LinearProgramProperties {

    @Property(tries = 300)
    void findsTheSameOptimumAsAnIndependentSolver(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int rows,
            @ForAll @IntRange(min = 1, max = 9) int columns) {
        Random random = new Random(seed);
        double[][] a = new double[rows][columns];
        double[] x = new double[columns];
        for (int j = 0; j < columns; j++) {
            x[j] = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
        }
        double[] b = new double[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                a[i][j] = random.nextInt(3) - 1;
                b[i] += a[i][j] * x[j];
            }
        }
        double[] c = new double[columns];
        c[random.nextInt(columns)] = random.nextBoolean() ? 1 : -1;

        OptionalDouble mine = LinearProgram.maximize(a, b, c);
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            constraints.add(new LinearConstraint(a[i], Relationship.EQ, b[i]));
        }
        try {
            double theirs = new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(c, 0),
                    new LinearConstraintSet(constraints), GoalType.MAXIMIZE, new NonNegativeConstraint(true)).getValue();
            assertThat(mine).isPresent();
            assertThat(mine.getAsDouble()).isCloseTo(theirs, org.assertj.core.data.Offset.offset(1e-6));
        } catch (UnboundedSolutionException unbounded) {
            assertThat(mine).isEmpty();
        }
    }
}
