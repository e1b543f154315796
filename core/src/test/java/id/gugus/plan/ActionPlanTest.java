package id.gugus.plan;

import static id.gugus.plan.ActionPlanValidatorTest.assertViolations;
import static id.gugus.plan.PlanFixtures.KALBAR;
import static id.gugus.plan.PlanFixtures.RAN_ID;
import static id.gugus.plan.PlanFixtures.RAN_PERIOD;
import static id.gugus.plan.PlanFixtures.activity;
import static id.gugus.plan.PlanFixtures.signedDecree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.common.Period;
import id.gugus.error.ValidationException;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.Decree;
import id.gugus.validation.Severity;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Building a plan and moving it through its lifecycle. */
class ActionPlanTest {
    private final ActionPlan draft = ActionPlan.draft("RAD PP-TPPO Kalimantan Barat 2020–2024", KALBAR, RAN_ID, RAN_PERIOD);

    @Test
    void aDraftIsNewUnsavedAndEmpty() {
        ActionPlan other = ActionPlan.draft("RAD", KALBAR, RAN_ID, RAN_PERIOD);
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(draft.version()).isZero();
        assertThat(draft.decree()).isNull();
        assertThat(draft.activities()).isEmpty();
        assertThat(draft.parent()).isEqualTo(RAN_ID);
        assertThat(draft.id()).isNotEqualTo(other.id());
        assertThat(draft.isNational()).isFalse();
    }

    @Test
    void activitiesAreAppendedInOrderToACopy() {
        ActionPlan one = draft.withActivity(activity("A", Cluster.PREVENTION, RAN_PERIOD));
        ActionPlan two = one.withActivity(activity("B", Cluster.LAW_ENFORCEMENT, RAN_PERIOD));
        assertThat(draft.activities()).isEmpty();
        assertThat(two.activities()).extracting(Activity::title).containsExactly("A", "B");
        assertThat(two.id()).isEqualTo(draft.id());
    }

    @Test
    void progressGoesToTheActivityAtTheIndex() {
        ActionPlan plan = draft.withActivity(activity("A", Cluster.PREVENTION, RAN_PERIOD))
                .withActivity(activity("B", Cluster.LAW_ENFORCEMENT, RAN_PERIOD))
                .reportProgress(1, ProgressReport.of(Period.years(2021, 2021), 40))
                .reportProgress(1, ProgressReport.of(Period.years(2022, 2022), 25));
        assertThat(plan.activities().get(0).progress()).isEmpty();
        assertThat(plan.activities().get(1).realised()).isEqualByComparingTo("65");
        assertThatThrownBy(() -> plan.reportProgress(2, ProgressReport.of(RAN_PERIOD, 1)))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theLifecycleGoesOneStepAtATime() {
        Decree sk = signedDecree();
        ActionPlan adopted = draft.adopt(sk);
        assertThat(adopted.status()).isEqualTo(PlanStatus.ADOPTED);
        assertThat(adopted.decree()).isEqualTo(sk);
        ActionPlan inEffect = adopted.putInEffect();
        assertThat(inEffect.status()).isEqualTo(PlanStatus.IN_EFFECT);
        ActionPlan evaluated = inEffect.evaluate();
        assertThat(evaluated.status()).isEqualTo(PlanStatus.EVALUATED);
        assertThat(evaluated.decree()).isEqualTo(sk);
    }

    @Test
    void skippingAStepIsRefusedWithBothMessages() {
        ValidationException e = catchThrowableOfType(ValidationException.class, draft::evaluate);
        assertViolations(Violations.of(e.violations())).containsExactly(tuple("PLAN-LIFECYCLE", Severity.ERROR, "status",
                "Status rencana tidak dapat berpindah dari rancangan ke dievaluasi: urutannya rancangan, ditetapkan, berlaku, dievaluasi, satu langkah setiap kali.",
                "A plan cannot go from draft to evaluated: the steps are draft, adopted, in effect, evaluated, one at a time."));
        assertThatThrownBy(draft::putInEffect).isInstanceOf(ValidationException.class);
        ActionPlan adopted = draft.adopt(signedDecree());
        assertThatThrownBy(() -> adopted.adopt(signedDecree())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("PLAN-LIFECYCLE");
        ActionPlan evaluated = adopted.putInEffect().evaluate();
        assertThatThrownBy(evaluated::evaluate).isInstanceOf(ValidationException.class).hasMessageContaining("PLAN-LIFECYCLE");
    }

    @Test
    void adoptingNeedsASignedDecree() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> draft.adopt(Decree.draft("188.44/1/2021")));
        assertViolations(Violations.of(e.violations())).containsExactly(tuple("PLAN-DECREE", Severity.ERROR, "decree",
                "Rencana yang sudah ditetapkan harus memiliki SK yang telah ditandatangani (nomor, tanggal, dan penanda tangan).",
                "A plan that is adopted needs a signed decree (number, date and signatory)."));
    }

    @Test
    void adoptingTwiceWithAnUnsignedDecreeReportsBothProblems() {
        ActionPlan adopted = draft.adopt(signedDecree());
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> adopted.adopt(Decree.draft("188.44/2/2021")));
        assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("PLAN-LIFECYCLE", "PLAN-DECREE");
    }

    @Test
    void theStatusOrderIsTheLawsOrder() {
        assertThat(PlanStatus.DRAFT.next()).contains(PlanStatus.ADOPTED);
        assertThat(PlanStatus.ADOPTED.next()).contains(PlanStatus.IN_EFFECT);
        assertThat(PlanStatus.IN_EFFECT.next()).contains(PlanStatus.EVALUATED);
        assertThat(PlanStatus.EVALUATED.next()).isEmpty();
        assertThat(PlanStatus.DRAFT.canMoveTo(PlanStatus.IN_EFFECT)).isFalse();
        assertThat(PlanStatus.IN_EFFECT.canMoveTo(PlanStatus.ADOPTED)).isFalse();
        assertThat(PlanStatus.DRAFT.needsDecree()).isFalse();
        assertThat(PlanStatus.ADOPTED.needsDecree()).isTrue();
    }

    @Test
    void aNegativeBudgetIsRefusedByRupiah() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Budget.of(-1, FundingSource.APBD));
        assertViolations(Violations.of(e.violations())).containsExactly(tuple("MONEY-NEGATIVE", Severity.ERROR, "amount",
                "Jumlah rupiah tidak boleh negatif (diberikan -1).",
                "A rupiah amount cannot be negative (got -1)."));
        assertThat(Budget.of(0, FundingSource.APBN).amount().amount()).isZero();
    }

    @Test
    void theActivityBuilderFillsEveryField() {
        Activity a = Activity.builder("Sosialisasi bagi siswa SMA/SMK", Cluster.PREVENTION, PlanFixtures.DINAS_PPPA)
                .targetGroups(TargetGroup.SENIOR_HIGH_SCHOOL_STUDENTS, TargetGroup.PARENTS_AND_FAMILIES)
                .indicator("Siswa yang mendapat sosialisasi", "orang", 6000)
                .schedule(Period.years(2021, 2024))
                .budget(150_000_000, FundingSource.APBD)
                .progress(ProgressReport.of(Period.years(2021, 2021), 1500))
                .build();
        assertThat(a.targetGroups()).containsExactly(TargetGroup.SENIOR_HIGH_SCHOOL_STUDENTS, TargetGroup.PARENTS_AND_FAMILIES);
        assertThat(a.indicator().target()).isEqualByComparingTo(new BigDecimal(6000));
        assertThat(a.budget()).isEqualTo(Budget.of(150_000_000, FundingSource.APBD));
        assertThat(a.realised()).isEqualByComparingTo("1500");
        assertThatThrownBy(() -> Activity.builder("X", Cluster.PREVENTION, PlanFixtures.DINAS_PPPA).build())
                .isInstanceOf(NullPointerException.class).hasMessage("indicator");
    }
}
