package id.gugus.taskforce;

import com.google.common.collect.ImmutableList;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.Violation;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * TF-PARENT and TF-PARENT-MISSING: a task force reports to the task force of the containing
 * area (a province's to the national one, a regency's or city's to its province's), compared by
 * jurisdiction; the national task force reports to none.
 */
final class HierarchyCheck {
    private HierarchyCheck() {}

    static void check(TaskForce taskForce, Optional<TaskForce> parent, ImmutableList.Builder<Violation> out) {
        JurisdictionCode area = taskForce.jurisdiction();
        Optional<JurisdictionCode> containing = area.parent();
        if (containing.isEmpty()) {
            if (taskForce.parent() != null || parent.isPresent()) {
                out.add(wrongParent(taskForce, parent, locale -> Labels.phrase("parent.none", locale)));
            }
            return;
        }
        if (parent.isPresent() && !parent.get().jurisdiction().equals(containing.get())) {
            out.add(wrongParent(taskForce, parent, locale -> taskForceOf(containing.get(), locale)));
        }
        // What is stored is the record: a parent passed in but not named there is still missing.
        if (taskForce.parent() == null) {
            out.add(Labels.violation(TaskForceRule.PARENT_MISSING, "parent", locale -> new Object[] {
                area.value(), taskForceOf(containing.get(), locale)}));
        }
    }

    private static Violation wrongParent(TaskForce taskForce, Optional<TaskForce> parent,
            Function<Locale, String> expected) {
        return Labels.violation(TaskForceRule.PARENT, "parent", locale -> new Object[] {
            taskForce.jurisdiction().value(), expected.apply(locale),
            parent.map(p -> taskForceOf(p.jurisdiction(), locale))
                    .orElseGet(() -> Labels.phrase("parent.id", locale, taskForce.parent().toString()))});
    }

    /** "the national task force" or "the task force of area 61". */
    private static String taskForceOf(JurisdictionCode area, Locale locale) {
        return area.equals(JurisdictionCode.NATIONAL)
                ? Labels.phrase("parent.national", locale)
                : Labels.phrase("parent.area", locale, area.value());
    }
}
