package id.gugus.cases;

import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Business rules of a case (docs/cases.md, docs/validation.md): every violation of the case at once. The rules live
 * in small classes per concern ({@link VictimValidator}, {@link NikValidator},
 * {@link SuspectValidator}, {@link CaseDates}, {@link CaseStatusRules}); this class walks the
 * case and puts each finding under its path ({@code victims[2].personal.nik}).
 */
public final class CaseValidator {
    private CaseValidator() {}

    /** Rules of the case on its own; {@code today} comes from the caller's clock. */
    public static Violations validate(TraffickingCase c, LocalDate today) {
        NikValidator nik = NikValidator.bundled();
        VictimValidator victims = new VictimValidator(nik);
        SuspectValidator suspects = new SuspectValidator(nik);
        ViolationCollector v = new ViolationCollector();
        uniqueIds(c.victims(), Victim::id, "victims", 0, v);
        uniqueIds(c.suspects(), Suspect::id, "suspects", 1, v);
        for (int i = 0; i < c.victims().size(); i++) {
            v.addAll("victims[" + i + "]", victims.validate(c.victims().get(i)));
        }
        for (int i = 0; i < c.suspects().size(); i++) {
            v.addAll("suspects[" + i + "]", suspects.validate(c.suspects().get(i)));
        }
        management(c, v);
        v.addAll(CaseDates.validate(c, today));
        v.addAll(CaseStatusRules.validate(c));
        return v.result();
    }

    /** Rules of a change from the stored copy to the updated one: status transitions, and no personal data erased. */
    public static Violations validateChange(TraffickingCase stored, TraffickingCase updated) {
        return CaseStatusRules.change(stored, updated).and(RedactedCopies.erasedPersonalData(stored, updated));
    }

    private static void management(TraffickingCase c, ViolationCollector v) {
        CaseManagement m = c.management();
        if (m == null) {
            return;
        }
        v.check(m.state().isOpen() && m.owner() == null, CaseRule.OWNER, "management.owner");
        v.check(m.state() == CaseManagementState.CLOSED_REFERRED
                && c.victims().stream().allMatch(victim -> victim.referrals().isEmpty()),
                CaseRule.MANAGEMENT_REFERRED, "management.state");
    }

    // Every repeat after the first occurrence is reported, at the repeat's path.
    private static <T> void uniqueIds(List<T> parties, Function<T, Object> id, String list, int kind,
            ViolationCollector v) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            v.check(!seen.add(id.apply(parties.get(i))), CaseRule.VICTIM_ID, list + "[" + i + "].id", kind);
        }
    }
}
