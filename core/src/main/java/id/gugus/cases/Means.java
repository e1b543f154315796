package id.gugus.cases;

/** The means (cara) element of trafficking, UU 21/2007 Art. 1(1). */
public enum Means {
    THREAT_OF_FORCE,
    USE_OF_FORCE,
    ABDUCTION,
    CONFINEMENT,
    FORGERY,
    FRAUD_OR_DECEPTION,
    ABUSE_OF_POWER,
    ABUSE_OF_VULNERABILITY,
    DEBT_BONDAGE,
    PAYMENT_TO_PERSON_IN_CONTROL
}
