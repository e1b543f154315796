package id.gugus.jurisdiction;

/** Levels of the Kemendagri area tree, from the national root down (docs/jurisdictions.md). */
public enum Level {
    NATIONAL,
    PROVINCE,
    REGENCY,
    DISTRICT,
    VILLAGE;

    /** The level below this one; the village level has none. */
    public Level child() {
        if (this == VILLAGE) {
            throw new IllegalStateException("a village has no lower level");
        }
        return values()[ordinal() + 1];
    }
}
