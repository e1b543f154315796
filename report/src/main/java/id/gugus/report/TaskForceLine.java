package id.gugus.report;

import com.google.common.collect.ImmutableList;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.DecreeStatus;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.TaskForceStatus;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One task force of the subtree: where it stands and whether it complies with Perpres 49/2023,
 * with the rule's messages when it does not.
 *
 * @param decreeStatus null while only proposed
 * @param reformedOn the day its last composition was replaced, or null
 * @param violations what makes it non-compliant; empty when compliant
 */
public record TaskForceLine(
        JurisdictionCode jurisdiction,
        String area,
        TaskForceStatus status,
        DecreeStatus decreeStatus,
        Position chair,
        Position dailyChair,
        LocalDate reformedOn,
        ImmutableList<Violation> violations) {
    public TaskForceLine {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(dailyChair, "dailyChair");
        violations = ImmutableList.copyOf(violations);
    }

    public boolean compliant() {
        return violations.isEmpty();
    }
}
