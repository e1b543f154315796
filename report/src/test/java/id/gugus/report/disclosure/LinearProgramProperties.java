package id.gugus.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;

/**
 * The library's simplex against an exact vertex enumeration ({@link VertexEnumeration}) on
 * random feasible programs of the kind tables make: small integer coefficients, a known non-negative solution, degenerate often.
 */
class LinearProgramProperties {

    /** The program Apache Commons Math 3.6.1 gets wrong (it answers 0): both must find 41. */
    @Example
    void maximisesOneOfThreeCountsThatShareATotal() {
        double[][] a = {{1, 1, 1}};
        double[] b = {41};
        double[] c = {0, 1, 0};
        assertThat(LinearProgram.maximize(a, b, c)).hasValue(41);
        assertThat(VertexEnumeration.maximize(a, b, c)).hasValue(41);
    }

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
        OptionalDouble theirs = VertexEnumeration.maximize(a, b, c);
        assertThat(mine.isPresent()).as("bounded").isEqualTo(theirs.isPresent());
        if (theirs.isPresent()) {
            assertThat(mine.getAsDouble()).isCloseTo(theirs.getAsDouble(), Offset.offset(1e-6));
        }
    }
}
