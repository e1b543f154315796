package id.gugus.cases;

/**
 * Whether a person in a case has been trafficked, as an agency has determined it: HTCDS 2.0
 * {@code vic_TraffickingStatus} (Field Definitions, Trafficking Status). A case registers a
 * possible victim before anyone has decided; this is the assistance determination, not the
 * court's finding, which the case's criminal procedure ({@link CaseStatus}) carries.
 */
public enum TraffickingStatus {
    /** HTCDS PossibleVictimOfTrafficking: not verified yet. */
    POSSIBLE_VICTIM,
    /** HTCDS ActualVictimOfTrafficking: determined to be a victim. */
    ACTUAL_VICTIM,
    /** HTCDS NotAVictimOfTrafficking: determined not to be one; the record is kept. */
    NOT_A_VICTIM;

    /** Whether an agency has decided (actual or not a victim); a possible victim awaits the decision. */
    public boolean isDecided() {
        return this != POSSIBLE_VICTIM;
    }
}
