package id.gugus.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.common.Decimals;
import id.gugus.common.Period;
import id.gugus.error.ValidationException;
import id.gugus.json.GugusJson;
import id.gugus.taskforce.Cluster;
import id.gugus.validation.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #16, item 2: every decimal of the model is bounded (rule DECIMAL-RANGE: at most 15 digits
 * before the point, 4 after), in the model and in JSON, so that whatever is accepted can be
 * computed with, and whatever cannot is refused with a rule that names the field.
 */
class DecimalBoundsProperties {
    private static final Period PERIOD = Period.years(2020, 2024);

    @Property
    void everyDecimalInsideTheBoundIsAcceptedAndComputedWith(@ForAll("inside") BigDecimal target,
            @ForAll("inside") BigDecimal realised) {
        Indicator indicator = new Indicator("Capaian", "orang", target);
        ProgressReport report = new ProgressReport(PERIOD, realised);
        ActionPlan plan = PlanFixtures.kalbarRad().replaceActivity(0,
                activity(indicator).withProgress(report).withProgress(report));

        // The realisation divides and multiplies exactly: it must neither throw nor hang.
        PlanRealisation figures = PlanRealisation.of(plan);
        assertThat(figures.cluster(Cluster.PREVENTION).realisation().isPresent()).isEqualTo(target.signum() > 0);
        ActionPlan read = GugusJson.read(GugusJson.write(plan), ActionPlan.class);
        assertThat(read.activities().get(0).indicator().target()).isEqualByComparingTo(target);
        assertThat(read.activities().get(0).progress().get(0).realised()).isEqualByComparingTo(realised);
    }

    @Property
    void everyDecimalBeyondTheBoundIsRefusedInTheModel(@ForAll("beyond") BigDecimal value) {
        assertRefused(() -> new Indicator("Capaian", "orang", value), "indicator.target", value);
        assertRefused(() -> new ProgressReport(PERIOD, value), "progress.realised", value);
    }

    @Property
    void everyDecimalBeyondTheBoundIsRefusedInJsonAtItsPath(@ForAll("beyondAsJson") String number) {
        String plan = GugusJson.write(PlanFixtures.kalbarRad());
        String withTarget = plan.replaceFirst("\"target\":100", "\"target\":" + number);
        String withRealised = GugusJson.write(PlanFixtures.kalbarRad().reportProgress(0, ProgressReport.of(PERIOD, 7)))
                .replaceFirst("\"realised\":7", "\"realised\":" + number);

        assertThat(jsonViolation(withTarget)).extracting(Violation::ruleId, Violation::path)
                .containsExactly("DECIMAL-RANGE", "activities[0].indicator.target");
        assertThat(jsonViolation(withRealised)).extracting(Violation::ruleId, Violation::path)
                .containsExactly("DECIMAL-RANGE", "activities[0].progress[0].realised");
    }

    @Example
    void theValuesOfTheIssueAreRefusedAtOnce() {
        for (String number : new String[] {"1e100000000", "1e999999999", "-1e999999999", "1e-999999999"}) {
            assertRefused(() -> new Indicator("Capaian", "orang", new BigDecimal(number)), "indicator.target",
                    new BigDecimal(number));
        }
    }

    @Example
    void trailingZerosDoNotCount() {
        assertThat(new Indicator("Capaian", "orang", new BigDecimal("1.500000000")).target())
                .isEqualByComparingTo("1.5");
        assertThat(new Indicator("Capaian", "orang", new BigDecimal("1E+14")).target()).isEqualByComparingTo("1E+14");
    }

    @Example
    void theMessageNamesTheBoundAndTheValueCapped() {
        Violation v = catchThrowableOfType(ValidationException.class,
                () -> new Indicator("Capaian", "orang", new BigDecimal("1e100000000"))).violations().get(0);
        assertThat(v.messageEn()).isEqualTo(
                "A decimal number has at most 15 digits before the decimal point and 4 after it (got 1E+100000000).");
        assertThat(v.messageId()).isEqualTo(
                "Bilangan desimal paling banyak 15 angka sebelum koma dan 4 angka sesudahnya (diberikan 1E+100000000).");
        BigDecimal long100 = new BigDecimal("1" + "0".repeat(99) + ".5");
        String shown = catchThrowableOfType(ValidationException.class, () -> new Indicator("C", "o", long100)).getMessage();
        assertThat(shown).hasSizeLessThan(250).doesNotContain(long100.toPlainString());
    }

    private static void assertRefused(Runnable build, String path, BigDecimal value) {
        ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
        assertThat(e).as("%s refused", value).isNotNull();
        assertThat(e.violations()).singleElement().extracting(Violation::ruleId, Violation::path)
                .containsExactly("DECIMAL-RANGE", path);
    }

    private static Violation jsonViolation(String json) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> GugusJson.read(json, ActionPlan.class));
        assertThat(e).as(json).isNotNull();
        return e.violations().get(0);
    }

    private static Activity activity(Indicator indicator) {
        Activity a = PlanFixtures.activity("Sosialisasi", Cluster.PREVENTION, PERIOD);
        return new Activity(a.title(), a.cluster(), a.responsible(), a.targetGroups(), indicator, a.schedule(), a.budget(),
                a.progress());
    }

    /** Any sign, 0 to 15 integer digits, 0 to 4 decimals, with or without trailing zeros. */
    @Provide
    Arbitrary<BigDecimal> inside() {
        return Arbitraries.integers().between(0, Decimals.MAX_SCALE).flatMap(scale -> {
            BigInteger limit = BigInteger.TEN.pow(Decimals.MAX_INTEGER_DIGITS + scale).subtract(BigInteger.ONE);
            return Arbitraries.bigIntegers().between(limit.negate(), limit)
                    .map(unscaled -> new BigDecimal(unscaled, scale));
        }).flatMap(d -> Arbitraries.of(d, d.setScale(d.scale() + 3), d.stripTrailingZeros()));
    }

    /** Too many integer digits (up to exponents near the int limit) or too many decimals. */
    @Provide
    Arbitrary<BigDecimal> beyond() {
        Arbitrary<BigDecimal> big = Combinators.combine(Arbitraries.integers().between(1, 9),
                        Arbitraries.integers().between(15, Integer.MAX_VALUE - 10), Arbitraries.of(1, -1))
                .as((digit, exponent, sign) -> new BigDecimal(BigInteger.valueOf((long) digit * sign), -exponent));
        Arbitrary<BigDecimal> fine = Combinators.combine(Arbitraries.integers().between(1, 9),
                        Arbitraries.integers().between(5, Integer.MAX_VALUE - 10), Arbitraries.of(1, -1))
                .as((digit, scale, sign) -> new BigDecimal(BigInteger.valueOf((long) digit * sign), scale));
        return Arbitraries.oneOf(big, fine);
    }

    @Provide
    Arbitrary<String> beyondAsJson() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(16, 999_999_999).map(e -> "1e" + e),
                Arbitraries.integers().between(5, 999_999_999).map(e -> "-7.5e-" + e),
                Arbitraries.integers().between(16, 60).map(n -> "9".repeat(n)),
                Arbitraries.integers().between(5, 60).map(n -> "0." + "3".repeat(n)));
    }
}
