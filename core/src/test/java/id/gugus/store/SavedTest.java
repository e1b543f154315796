package id.gugus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseRule;
import id.gugus.plan.PlanRule;
import id.gugus.taskforce.TaskForceRule;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import org.junit.jupiter.api.Test;

/** What a save hands back: the stored copy and only the warnings, never an error. */
class SavedTest {
    private final Violation missingCluster = Violation.of(PlanRule.CLUSTER_MISSING, "activities", "pencegahan");
    private final Violation incomplete = Violation.of(CaseRule.ELEMENTS, "victims[0].elements", 0);
    private final Violation lateDecree = Violation.of(TaskForceRule.DAILY_CHAIR, "dailyChair", "x", "y", "z");

    @Test
    void theWarningsOfTheValidationAreKeptInItsOrderAndItsErrorsAreNot() {
        // A save whose validation found an error never gets here; of what passed, only the warnings are told.
        Saved<String> saved = Saved.of("stored", Violations.of(missingCluster, incomplete));

        assertThat(saved.stored()).isEqualTo("stored");
        assertThat(saved.warnings()).containsExactly(missingCluster, incomplete);
        assertThat(saved.hasWarnings()).isTrue();
        assertThat(saved.hasWarning("CASE-ELEMENTS")).isTrue();
        assertThat(saved.hasWarning("TF-NONCOMPLIANT")).isFalse();
    }

    @Test
    void aSaveWithoutWarningsSaysSo() {
        Saved<String> saved = Saved.of("stored", Violations.none());

        assertThat(saved.hasWarnings()).isFalse();
        assertThat(saved.warnings()).isEmpty();
    }

    @Test
    void anErrorIsNeverReportedAsAWarning() {
        assertThatThrownBy(() -> new Saved<>("stored", ImmutableList.of(missingCluster, lateDecree)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("warnings only");
    }
}
