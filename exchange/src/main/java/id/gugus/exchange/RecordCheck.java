package id.gugus.exchange;

import id.gugus.cases.CaseValidator;
import id.gugus.cases.TraffickingCase;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.MeetingValidator;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanValidator;
import id.gugus.spi.StorageBackend;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceValidator;
import id.gugus.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The model's validators run on records read from a backup, as the store's repositories run them
 * on a save (reading a record already checked its constructor's invariants). Errors refuse the
 * record; warnings (an incomplete case, say) pass, as they do on a save. A task force's or plan's
 * parent is looked up in {@code target} (a restore inserts parents first); without a target
 * (verify) the checks that compare with the parent are left out.
 */
final class RecordCheck {
    private final String file;
    private final Clock clock;
    private final StorageBackend target;

    RecordCheck(String file, Clock clock, StorageBackend target) {
        this.file = file;
        this.clock = clock;
        this.target = target;
    }

    void check(Part part, List<Object> records, long firstLine) {
        for (int i = 0; i < records.size(); i++) {
            Violations v = violations(records.get(i));
            if (v.hasErrors()) {
                throw BackupFailures.record(file, part, firstLine + i, Violations.of(v.errors()));
            }
        }
    }

    private Violations violations(Object record) {
        if (record instanceof TraffickingCase c) {
            return CaseValidator.validate(c, LocalDate.now(clock));
        }
        if (record instanceof TaskForce tf) {
            Optional<TaskForce> parent = target == null || tf.parent() == null
                    ? Optional.empty() : target.taskForces().find(tf.parent());
            return TaskForceValidator.validate(tf, parent);
        }
        if (record instanceof ActionPlan p) {
            Optional<ActionPlan> parent = target == null || p.parent() == null
                    ? Optional.empty() : target.actionPlans().find(p.parent());
            return ActionPlanValidator.validate(p, parent);
        }
        if (record instanceof CoordinationMeeting m) {
            return MeetingValidator.validate(m);
        }
        return Violations.none();
    }
}
