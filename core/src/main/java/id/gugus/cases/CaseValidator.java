package id.gugus.cases;

import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.time.LocalDate;

/** Business rules of a case (DESIGN §4, §8): every violation of the case at once. */
public final class CaseValidator {
    private CaseValidator() {}

    /** Rules of the case on its own; {@code today} comes from the caller's clock. */
    public static Violations validate(TraffickingCase c, LocalDate today) {
        ViolationCollector v = new ViolationCollector();
        return v.result();
    }

    /** Rules of a change from the stored copy to the updated one (status transitions). */
    public static Violations validateChange(TraffickingCase stored, TraffickingCase updated) {
        ViolationCollector v = new ViolationCollector();
        return v.result();
    }
}
