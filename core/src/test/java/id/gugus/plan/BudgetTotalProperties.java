package id.gugus.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Rupiah;
import id.gugus.error.ValidationException;
import id.gugus.taskforce.Cluster;
import id.gugus.validation.Violation;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #16, item 3: every budget is bounded ({@link Rupiah#MAX}), and a plan whose budgets add up
 * to more is refused by rule PLAN-BUDGET-TOTAL; every total the library computes of a valid plan
 * is then exact, and of any other plan is that same refusal, never an {@link ArithmeticException}.
 */
class BudgetTotalProperties {

    @Property
    void totalsAreExactOrTheRuleRefusesThePlan(@ForAll("budgets") List<Long> budgets) {
        ActionPlan plan = planWith(budgets);
        BigInteger exact = budgets.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);
        boolean fits = exact.compareTo(BigInteger.valueOf(Rupiah.MAX)) <= 0;

        boolean refused = ActionPlanValidator.validate(plan, Optional.empty()).contains("PLAN-BUDGET-TOTAL");
        assertThat(refused).as("refused, total %s", exact).isEqualTo(!fits);
        if (fits) {
            PlanRealisation figures = PlanRealisation.of(plan);
            assertThat(BigInteger.valueOf(figures.totalBudget().amount())).isEqualTo(exact);
            BigInteger clusters = figures.clusters().stream().map(c -> BigInteger.valueOf(c.budget().amount()))
                    .reduce(BigInteger.ZERO, BigInteger::add);
            assertThat(clusters).isEqualTo(exact);
        } else {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> PlanRealisation.of(plan));
            assertThat(e).as("the realisation of a plan that cannot be summed").isNotNull();
            assertThat(e.violations()).singleElement().extracting(Violation::ruleId, Violation::path)
                    .containsExactly("PLAN-BUDGET-TOTAL", "activities");
        }
    }

    @Property
    void addingRupiahIsExactOrRefusedNeverWrapped(@ForAll("amounts") long a, @ForAll("amounts") long b) {
        BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        if (exact.compareTo(BigInteger.valueOf(Rupiah.MAX)) <= 0) {
            assertThat(Rupiah.of(a).plus(Rupiah.of(b)).amount()).isEqualTo(exact.longValueExact());
        } else {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> Rupiah.of(a).plus(Rupiah.of(b)));
            assertThat(e.violations()).singleElement().extracting(Violation::ruleId).isEqualTo("MONEY-RANGE");
        }
    }

    @Property
    void everyAmountAboveTheBoundIsRefused(@ForAll("aboveTheBound") long amount) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Rupiah.of(amount));
        assertThat(e.violations()).singleElement().extracting(Violation::ruleId, Violation::path)
                .containsExactly("MONEY-RANGE", "amount");
    }

    @Example
    void theCaseOfTheIssueIsRefusedByTheRuleNotAnOverflow() {
        // Budgets each in range whose sum overflowed a long: PlanRealisation.totalBudget() threw ArithmeticException.
        ActionPlan plan = planWith(java.util.Collections.nCopies(10_000, Rupiah.MAX));
        assertThat(ActionPlanValidator.validate(plan, Optional.empty()).errors())
                .extracting(Violation::ruleId, Violation::messageEn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PLAN-BUDGET-TOTAL",
                        "The budgets of the plan’s activities add up to Rp 10,000,000,000,000,000,000, more than the"
                                + " Rp 1,000,000,000,000,000 that any amount, a total included, may be."));
    }

    private static ActionPlan planWith(List<Long> budgets) {
        ActionPlan rad = PlanFixtures.kalbarRad();
        ImmutableList.Builder<Activity> activities = ImmutableList.builder();
        for (int i = 0; i < budgets.size(); i++) {
            activities.add(Activity.builder("Kegiatan " + i, Cluster.values()[i % Cluster.values().length], PlanFixtures.DINAS_PPPA)
                    .indicator("Orang", "orang", 10).schedule(rad.period()).budget(budgets.get(i), FundingSource.APBD).build());
        }
        return new ActionPlan(rad.id(), 0, rad.title(), rad.jurisdiction(), rad.parent(), rad.period(), rad.status(),
                rad.decree(), activities.build());
    }

    @Provide
    Arbitrary<List<Long>> budgets() {
        Arbitrary<Long> large = Arbitraries.longs().between(Rupiah.MAX / 4, Rupiah.MAX);
        Arbitrary<Long> small = Arbitraries.longs().between(0, 5_000_000_000L);
        return Arbitraries.oneOf(large, small).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<Long> amounts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, Rupiah.MAX), Arbitraries.of(0L, 1L, Rupiah.MAX, Rupiah.MAX - 1));
    }

    @Provide
    Arbitrary<Long> aboveTheBound() {
        return Arbitraries.oneOf(Arbitraries.longs().between(Rupiah.MAX + 1, Long.MAX_VALUE),
                Arbitraries.of(Rupiah.MAX + 1, Long.MAX_VALUE));
    }
}
