package id.gugus.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseValidator;
import id.gugus.meeting.MeetingValidator;
import id.gugus.plan.ActionPlanValidator;
import id.gugus.taskforce.TaskForceValidator;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fixtures are valid aggregates, so that other tests (stores, examples) can save them. */
class FixturesTest {
    @Test
    void theFixturesBreakNoRule() {
        assertThat(CaseValidator.validate(Fixtures.traffickingCase(), LocalDate.of(2026, 11, 30)).all()).isEmpty();
        assertThat(TaskForceValidator.validate(Fixtures.taskForce(), Optional.empty()).all()).isEmpty();
        assertThat(MeetingValidator.validate(Fixtures.meeting()).all()).isEmpty();
        assertThat(ActionPlanValidator.validate(Fixtures.actionPlan(), Optional.empty()).all())
                .extracting(Violation::ruleId).containsOnly("PLAN-CLUSTER-MISSING");
        assertThat(ActionPlanValidator.validate(Fixtures.actionPlan(), Optional.empty()).hasErrors()).isFalse();
    }

    @Test
    void twoCallsGiveEqualObjects() {
        assertThat(Fixtures.traffickingCase()).isEqualTo(Fixtures.traffickingCase());
        assertThat(Fixtures.taskForce()).isEqualTo(Fixtures.taskForce());
        assertThat(Fixtures.actionPlan()).isEqualTo(Fixtures.actionPlan());
        assertThat(Fixtures.meeting()).isEqualTo(Fixtures.meeting());
    }

    @Test
    void everyOptionalFieldIsSetSomewhere() {
        var c = Fixtures.traffickingCase();
        assertThat(c.closingReason()).isNotNull();
        assertThat(c.victims()).anySatisfy(v -> assertThat(v.birthDate()).isNotNull())
                .anySatisfy(v -> assertThat(v.recordedAge()).isNotNull())
                .anySatisfy(v -> assertThat(v.personal().nik()).isNotNull())
                .anySatisfy(v -> assertThat(v.origin()).isNotNull())
                .anySatisfy(v -> assertThat(v.platform()).isNotNull());
        assertThat(c.route().recruitment()).isNotNull();
        assertThat(c.route().exploitation()).isNotNull();
        assertThat(Fixtures.taskForce().parent()).isNotNull();
        assertThat(Fixtures.taskForce().history()).isNotEmpty();
        assertThat(Fixtures.actionPlan().decree()).isNotNull();
        assertThat(Fixtures.meeting().decisions()).anySatisfy(d -> assertThat(d.followUp().doneOn()).isNotNull());
    }
}
