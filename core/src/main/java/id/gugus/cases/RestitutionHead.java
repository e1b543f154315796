package id.gugus.cases;

/** The four heads of restitution, UU 21/2007 Art. 48(2). */
public enum RestitutionHead {
    LOST_PROPERTY_OR_INCOME,
    SUFFERING,
    MEDICAL_OR_PSYCHOLOGICAL_COSTS,
    OTHER_LOSSES
}
