package id.gugus.exchange;

/**
 * Told how far a backup, restore, verification or move has got, after each batch of records, so
 * that a caller can drive a console bar or a log line. Called on the working thread: keep it quick.
 */
@FunctionalInterface
public interface Progress {
    /** Ignores every report. */
    Progress NONE = (part, done, total) -> {};

    /**
     * @param part the part being worked on, such as {@code cases}
     * @param done records of that part done so far
     * @param total records of that part in all, or -1 when not known beforehand (the audit log)
     */
    void update(String part, long done, long total);
}
