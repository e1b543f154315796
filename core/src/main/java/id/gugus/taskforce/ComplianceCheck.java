package id.gugus.taskforce;

import com.google.common.collect.ImmutableList;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.Optional;

/**
 * Whether a task force is composed as Presidential Regulation 49/2023 requires: the chair and
 * the daily chair its level calls for. This is the verdict reports print ("compliant", or
 * "non-compliant" and why); {@link TaskForceValidator} checks everything else as well.
 *
 * <p>A task force formed before the regulation took effect with another daily chair (typically
 * the head of Dinas PPPA) was lawful then: it gets the warning {@code TF-NONCOMPLIANT}, telling
 * that it must be re-formed, instead of the error {@code TF-DAILY-CHAIR}. A dissolved one has
 * nothing left to re-form and gets neither.
 */
public final class ComplianceCheck {
    private ComplianceCheck() {}

    /** Only the violations that decide compliance: empty means compliant. */
    public static Violations check(TaskForce taskForce) {
        ImmutableList.Builder<Violation> out = ImmutableList.builder();
        Optional<TaskForceLevel> level = TaskForceLevel.find(taskForce.jurisdiction());
        if (level.isEmpty()) {
            // No level, no required offices: the verdict is that no task force may exist here.
            out.add(LevelCheck.noTaskForceHere(taskForce.jurisdiction()));
        } else {
            composition(taskForce, level.get(), out);
        }
        return Violations.of(out.build());
    }

    public static boolean isCompliant(TaskForce taskForce) {
        return check(taskForce).isEmpty();
    }

    /**
     * True if the current decree was signed before Regulation 49/2023 took effect, i.e. the
     * task force still has the composition it was given under the old rules.
     */
    public static boolean formedBeforePerpres49(TaskForce taskForce) {
        Decree decree = taskForce.decree();
        return decree != null && decree.status() != DecreeStatus.DRAFTED && decree.date() != null
                && LegalBasis.predatesPerpres49(decree.date());
    }

    /** The chair and daily chair rules, for the level the area requires. */
    static void composition(TaskForce taskForce, TaskForceLevel level, ImmutableList.Builder<Violation> out) {
        Position chair = taskForce.chair().position();
        if (!RequiredOffices.chair(level).contains(chair)) {
            out.add(Labels.violation(TaskForceRule.CHAIR, "chair", locale -> new Object[] {
                Labels.of("level", level, locale), Labels.anyOf(RequiredOffices.chair(level), locale),
                Labels.position(chair, locale)}));
        }
        Position dailyChair = taskForce.dailyChair().position();
        if (RequiredOffices.dailyChair(level).contains(dailyChair)) {
            return;
        }
        if (!formedBeforePerpres49(taskForce)) {
            out.add(Labels.violation(TaskForceRule.DAILY_CHAIR, "dailyChair", locale -> new Object[] {
                Labels.of("level", level, locale), Labels.anyOf(RequiredOffices.dailyChair(level), locale),
                Labels.position(dailyChair, locale)}));
        } else if (taskForce.status().isActive()) {
            out.add(Labels.violation(TaskForceRule.NONCOMPLIANT, "dailyChair", locale -> new Object[] {
                Labels.of("level", level, locale), taskForce.decree().date().toString(),
                LegalBasis.PERPRES_49_2023_IN_FORCE.toString(), Labels.position(dailyChair, locale),
                Labels.anyOf(RequiredOffices.dailyChair(level), locale)}));
        }
    }
}
