package id.gugus.taskforce;

/**
 * The six clusters of the national action plan (RAN PP-TPPO); sub-task forces and plan
 * activities are organised by them (docs/task-forces.md).
 */
public enum Cluster {
    /** Pencegahan, including child participation. */
    PREVENTION,
    HEALTH_REHABILITATION,
    /** Social rehabilitation, repatriation and reintegration. */
    SOCIAL_REHABILITATION,
    /** Development of legal norms. */
    LEGAL_NORMS,
    LAW_ENFORCEMENT,
    /** Coordination and cooperation. */
    COORDINATION
}
