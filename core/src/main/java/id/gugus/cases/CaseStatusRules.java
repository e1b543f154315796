package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rules of a case's progress through criminal procedure (docs/cases.md): legal steps only,
 * a reason exactly when closed, complete elements from prosecution on, and a history that hangs
 * together and only grows. Statuses go into messages as ordinals (see {@link CaseRule}).
 */
final class CaseStatusRules {
    /** Stages at which the elements must be complete for every victim. */
    static final Set<CaseStatus> NEEDS_ELEMENTS =
            EnumSet.of(CaseStatus.PROSECUTION, CaseStatus.TRIAL, CaseStatus.VERDICT);

    private CaseStatusRules() {}

    static Violations validate(TraffickingCase c) {
        ViolationCollector v = new ViolationCollector();
        boolean hasReason = !isBlank(c.closingReason());
        v.check(c.status() == CaseStatus.CLOSED && !hasReason, CaseRule.CLOSING_REASON, "closingReason", 0);
        v.check(c.status() != CaseStatus.CLOSED && hasReason, CaseRule.CLOSING_REASON, "closingReason", 1);
        v.addAll(elementsFor(c.status(), c.victims()));
        history(c, v);
        return v.result();
    }

    /** CASE-PROSECUTION-ELEMENTS for each victim whose elements are incomplete at {@code status}. */
    static Violations elementsFor(CaseStatus status, List<Victim> victims) {
        ViolationCollector v = new ViolationCollector();
        if (NEEDS_ELEMENTS.contains(status)) {
            for (int i = 0; i < victims.size(); i++) {
                Victim victim = victims.get(i);
                v.check(!victim.elements().completeFor(victim.wasChild()), CaseRule.PROSECUTION_ELEMENTS,
                        "victims[" + i + "].elements", status.ordinal());
            }
        }
        return v.result();
    }

    /** Staying put is no change; otherwise one stage forward, or closing an open case. */
    static boolean allowed(CaseStatus from, CaseStatus to) {
        return from == to || from.canMoveTo(to);
    }

    static Violations change(TraffickingCase stored, TraffickingCase updated) {
        ViolationCollector v = new ViolationCollector();
        v.check(!allowed(stored.status(), updated.status()), CaseRule.STATUS_TRANSITION, "status",
                stored.status().ordinal(), updated.status().ordinal());
        ImmutableList<StatusChange> before = stored.statusHistory();
        ImmutableList<StatusChange> after = updated.statusHistory();
        boolean grewOnly = after.size() >= before.size() && after.subList(0, before.size()).equals(before);
        v.check(!grewOnly, CaseRule.STATUS_HISTORY, "statusHistory", 2);
        return v.result();
    }

    // An empty history is accepted: a case imported mid-procedure may come without one.
    private static void history(TraffickingCase c, ViolationCollector v) {
        List<StatusChange> history = c.statusHistory();
        for (int k = 0; k < history.size(); k++) {
            StatusChange step = history.get(k);
            String path = "statusHistory[" + k + "]";
            v.check(k > 0 && step.from() != history.get(k - 1).to(), CaseRule.STATUS_HISTORY, path + ".from", 0);
            v.check(!step.from().canMoveTo(step.to()), CaseRule.STATUS_TRANSITION, path,
                    step.from().ordinal(), step.to().ordinal());
            v.check(step.to() == CaseStatus.CLOSED && isBlank(step.reason()), CaseRule.CLOSING_REASON,
                    path + ".reason", 0);
        }
        if (!history.isEmpty()) {
            int last = history.size() - 1;
            v.check(history.get(last).to() != c.status(), CaseRule.STATUS_HISTORY,
                    "statusHistory[" + last + "].to", 1);
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
