package id.gugus.taskforce;

/** Lifecycle: proposed → decree drafted → established (decree signed) → dissolved. */
public enum TaskForceStatus {
    PROPOSED,
    DECREE_DRAFTED,
    ESTABLISHED,
    DISSOLVED;

    public boolean isActive() {
        return this != DISSOLVED;
    }
}
