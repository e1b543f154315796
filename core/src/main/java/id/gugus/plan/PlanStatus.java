package id.gugus.plan;

/** Lifecycle of an action plan: draft → adopted (by decree) → in effect → evaluated. */
public enum PlanStatus {
    DRAFT,
    ADOPTED,
    IN_EFFECT,
    EVALUATED
}
