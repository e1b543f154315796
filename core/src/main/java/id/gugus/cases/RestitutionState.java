package id.gugus.cases;

/** Where a restitution claim stands. */
public enum RestitutionState {
    CLAIMED,
    IN_INDICTMENT,
    ORDERED,
    PAID,
    UNPAID
}
