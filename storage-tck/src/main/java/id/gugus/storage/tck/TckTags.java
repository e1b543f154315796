package id.gugus.storage.tck;

/**
 * The tags of the contracts: each is a {@link #STORAGE_DUTY} or a {@link #STORE_RULE}, and names
 * what it covers. A failing test says which (its display name and its failure message), so that a
 * back-end writer knows whose bug it is; run one side alone with JUnit's tag filter, e.g.
 * {@code mvn test -Dgroups=storage-duty} or {@code -DexcludedGroups=store-rule}.
 */
public final class TckTags {
    /**
     * The back-end's job: what the primitives of {@code id.gugus.spi} promise (storing and loading
     * whole aggregates, unique keys, queries, statistics, units of work, concurrency). A failure is
     * a bug of the back-end under test.
     */
    public static final String STORAGE_DUTY = "storage-duty";
    /**
     * The core store's job ({@code GugusStore} and its repositories): validation, references,
     * access, audit, redaction, on top of the back-end. They pass on the in-memory back-end, so on
     * another one a failure usually means a primitive answered wrongly: fix the storage duties that
     * fail alongside it first; if none does, report it to Gugus.
     */
    public static final String STORE_RULE = "store-rule";

    // What a storage duty covers.
    public static final String AREA_TREE = "area-tree";
    public static final String PERSISTENCE = "persistence";
    public static final String PRIMITIVES = "primitives";
    public static final String QUERIES = "queries";
    public static final String PAGINATION = "pagination";
    public static final String STATISTICS = "statistics";
    public static final String UNITS_OF_WORK = "units-of-work";
    public static final String CONCURRENCY = "concurrency";
    public static final String LOGGING = "logging";

    // What a store rule covers.
    public static final String VALIDATION = "validation";
    public static final String ACCESS = "access";
    public static final String AUDIT = "audit";
    public static final String PERSONAL_DATA = "personal-data";

    // Both sides.
    /** Values at and beyond the bounds of the model, hostile text, the ends of time, forged cursors (issue #16). */
    public static final String HOSTILE_INPUT = "hostile-input";

    private TckTags() {}
}
