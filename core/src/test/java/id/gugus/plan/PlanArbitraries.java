package id.gugus.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.AgencyId;
import id.gugus.common.Period;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of plans that the constructors accept, valid or not by the business rules. */
final class PlanArbitraries {
    static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    private PlanArbitraries() {}

    /** A plan and the parent handed to the validator: none, an unrelated plan, or the named one. */
    record PlanAndParent(ActionPlan plan, Optional<ActionPlan> parent) {}

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 15 * 366).map(FIRST_DAY::plusDays);
    }

    static Arbitrary<Period> periods() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 3000))
                .as((start, days) -> Period.of(start, start.plusDays(days)));
    }

    /** Titles with characters that MessageFormat treats specially, to show they are only data. */
    static Arbitrary<String> titles() {
        return Arbitraries.strings().withChars("abcSMA {}'“”#|0").ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank());
    }

    static Arbitrary<JurisdictionCode> jurisdictions() {
        return Arbitraries.of("ID", "61", "62", "61.71", "61.01", "62.71", "61.71.01", "61.71.01.1001")
                .map(JurisdictionCode::of);
    }

    static Arbitrary<BigDecimal> values(long min, long max) {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(min), BigDecimal.valueOf(max)).ofScale(2);
    }

    static Arbitrary<ProgressReport> reports() {
        return Combinators.combine(periods(), values(-50, 10_000)).as(ProgressReport::new);
    }

    static Arbitrary<Indicator> indicators() {
        return Combinators.combine(Arbitraries.of("orang", "Orang ", "organisasi", "dokumen"), values(-10, 10_000))
                .as((unit, target) -> new Indicator("Capaian", unit, target));
    }

    static Arbitrary<Activity> activities(Arbitrary<Period> schedules) {
        return Combinators.combine(
                        titles(),
                        Arbitraries.of(Cluster.class),
                        Arbitraries.of(AgencyId.of("00000000-0000-4000-8000-0000000000a1"), AgencyId.of("00000000-0000-4000-8000-0000000000a2")),
                        Arbitraries.of(TargetGroup.class).set().ofMaxSize(3),
                        indicators(),
                        schedules,
                        Combinators.combine(Arbitraries.longs().between(0, 1_000_000_000_000L), Arbitraries.of(FundingSource.class))
                                .as((amount, source) -> new Budget(Rupiah.of(amount), source)),
                        reports().list().ofMaxSize(4))
                .as((title, cluster, agency, groups, indicator, schedule, budget, progress) -> new Activity(
                        title, cluster, agency, ImmutableSet.copyOf(groups), indicator,
                        schedule, budget, ImmutableList.copyOf(progress)));
    }

    static Arbitrary<Decree> decrees() {
        Decree drafted = Decree.draft("188.44/1/2021");
        return Arbitraries.of(drafted, drafted.sign(LocalDate.of(2021, 1, 4), Official.of(Position.GOVERNOR, "Gubernur")))
                .injectNull(0.3);
    }

    static Arbitrary<ActionPlan> plans() {
        return Combinators.combine(
                        titles(),
                        jurisdictions(),
                        Arbitraries.create(ActionPlanId::random).injectNull(0.2),
                        periods(),
                        Arbitraries.of(PlanStatus.class),
                        decrees(),
                        activities(periods()).list().ofMaxSize(8))
                .as((title, jurisdiction, parent, period, status, decree, activities) -> new ActionPlan(
                        ActionPlanId.random(), 0, title, jurisdiction, parent, period, status, decree,
                        ImmutableList.copyOf(activities)));
    }

    static Arbitrary<PlanAndParent> plansWithParents() {
        return Combinators.combine(plans(), plans(), Arbitraries.of("none", "unrelated", "named"))
                .as((plan, other, mode) -> switch (mode) {
                    case "none" -> new PlanAndParent(plan, Optional.empty());
                    case "unrelated" -> new PlanAndParent(plan, Optional.of(other));
                    default -> new PlanAndParent(new ActionPlan(plan.id(), 0, plan.title(), plan.jurisdiction(),
                            other.id(), plan.period(), plan.status(), plan.decree(), plan.activities()), Optional.of(other));
                });
    }
}
