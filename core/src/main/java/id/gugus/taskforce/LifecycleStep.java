package id.gugus.taskforce;

/** The steps of a task force's lifecycle, named in TF-LIFECYCLE messages. */
enum LifecycleStep {
    DRAFT_DECREE,
    ESTABLISH,
    REFORM,
    REFORM_WITH_REVOKED_DECREE,
    DISSOLVE,
    CHANGE_MEMBERSHIP
}
