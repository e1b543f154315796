package id.gugus.cases;

/**
 * Stages of criminal procedure (docs/cases.md): reported → inquiry (penyelidikan) →
 * investigation (penyidikan) → prosecution (penuntutan) → trial → verdict → closed. A case moves
 * one stage forward at a time, or is closed from any stage with a reason.
 */
public enum CaseStatus {
    REPORTED,
    INQUIRY,
    INVESTIGATION,
    PROSECUTION,
    TRIAL,
    VERDICT,
    CLOSED;

    public boolean canMoveTo(CaseStatus next) {
        if (this == CLOSED) {
            return false;
        }
        return next == CLOSED || next.ordinal() == ordinal() + 1;
    }
}
