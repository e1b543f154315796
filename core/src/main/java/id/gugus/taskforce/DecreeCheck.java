package id.gugus.taskforce;

import com.google.common.collect.ImmutableList;
import id.gugus.validation.Violation;

/**
 * TF-DECREE-SIGNED and TF-DECREE-SIGNATORY: the decree agrees with the lifecycle status, and a
 * signed decree bears the signature of the regional head who forms task forces of that level.
 */
final class DecreeCheck {
    private DecreeCheck() {}

    static void checkStatus(TaskForce taskForce, ImmutableList.Builder<Violation> out) {
        Decree decree = taskForce.decree();
        switch (taskForce.status()) {
            case PROPOSED -> {
                if (decree != null && decree.status() != DecreeStatus.DRAFTED) {
                    out.add(needs(taskForce, "decree.status", "decree.noneOrDraft"));
                }
            }
            case DECREE_DRAFTED -> {
                if (decree == null) {
                    out.add(needs(taskForce, "decree", "decree.draft"));
                } else if (decree.status() != DecreeStatus.DRAFTED) {
                    out.add(needs(taskForce, "decree.status", "decree.draft"));
                }
            }
            case ESTABLISHED -> {
                if (decree == null) {
                    out.add(needs(taskForce, "decree", "decree.signed"));
                } else if (decree.status() != DecreeStatus.SIGNED) {
                    out.add(needs(taskForce, "decree.status", "decree.signed"));
                } else {
                    // Each missing part is its own violation, so a form can mark every empty field.
                    if (decree.number() == null) {
                        out.add(needs(taskForce, "decree.number", "decree.signed"));
                    }
                    if (decree.date() == null) {
                        out.add(needs(taskForce, "decree.date", "decree.signed"));
                    }
                    if (decree.signatory() == null) {
                        out.add(needs(taskForce, "decree.signatory", "decree.signed"));
                    }
                }
            }
            case DISSOLVED -> {
                // Any decree, or none: a proposal may be abandoned before its decree was signed.
            }
        }
    }

    static void checkSignatory(TaskForce taskForce, TaskForceLevel level, ImmutableList.Builder<Violation> out) {
        Decree decree = taskForce.decree();
        if (decree == null || decree.status() == DecreeStatus.DRAFTED || decree.signatory() == null) {
            return;
        }
        Position signatory = decree.signatory().position();
        if (!RequiredOffices.decreeSignatory(level).contains(signatory)) {
            out.add(Labels.violation(TaskForceRule.DECREE_SIGNATORY, "decree.signatory", locale -> new Object[] {
                Labels.of("level", level, locale),
                level == TaskForceLevel.NATIONAL
                        ? Labels.phrase("signatory.president", locale)
                        : Labels.anyOf(RequiredOffices.decreeSignatory(level), locale),
                Labels.position(signatory, locale)}));
        }
    }

    private static Violation needs(TaskForce taskForce, String path, String requirement) {
        return Labels.violation(TaskForceRule.DECREE_SIGNED, path, locale -> new Object[] {
            Labels.of("status", taskForce.status(), locale), Labels.phrase(requirement, locale)});
    }
}
