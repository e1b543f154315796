package id.gugus.cases;

import id.gugus.common.Texts;
import java.time.LocalDate;
import java.util.Objects;

/** One step of a case through criminal procedure; a closing step carries its reason. */
public record StatusChange(CaseStatus from, CaseStatus to, LocalDate on, String reason) {
    public StatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
        Texts.optional(reason, "statusHistory.reason", Texts.LONG);
    }
}
