/**
 * The storage SPI: everything a storage back-end implements, in one package. Read this first if
 * you are writing one.
 *
 * <h2>What to implement</h2>
 *
 * <p>A back-end is a {@link id.gugus.spi.StorageBackend}: six storages of primitives, the audit log
 * and two ways to run a unit of work (a unit, and an atomic step of one). That is 33 abstract
 * methods in nine interfaces; since each of the five aggregate storages also implements the four of
 * {@link id.gugus.spi.AggregateStorage}, a back-end written from scratch implements 49 methods in all:
 *
 * <table>
 *   <caption>The interfaces of the SPI</caption>
 *   <tr><th>interface</th><th>methods</th><th>what it stores</th></tr>
 *   <tr><td>{@link id.gugus.spi.StorageBackend}</td><td>9</td><td>hands out the storages below;
 *       {@code inUnitOfWork}, {@code inNestedUnitOfWork}</td></tr>
 *   <tr><td>{@link id.gugus.spi.AggregateStorage}</td><td>4, and 2 defaults</td><td>{@code find},
 *       {@code insert}, {@code update}, {@code delete} of one versioned aggregate type; the default
 *       {@code insertAll} inserts a list one by one, and a database should override it to write the
 *       list in a few statements per table (the bulk path of {@code saveAll}); the default
 *       {@code update(aggregate, stored)} updates by the stored copy's version, and a database may
 *       override it to write only what changed</td></tr>
 *   <tr><td>{@link id.gugus.spi.JurisdictionStorage}</td><td>5</td><td>the area tree (not
 *       versioned)</td></tr>
 *   <tr><td>{@link id.gugus.spi.AgencyStorage}</td><td>4 + 1</td><td>agencies</td></tr>
 *   <tr><td>{@link id.gugus.spi.TaskForceStorage}</td><td>4 + 2</td><td>task forces</td></tr>
 *   <tr><td>{@link id.gugus.spi.CaseStorage}</td><td>4 + 6, and 3 defaults</td><td>cases:
 *       queries, statistics, duplicate victims; the defaults narrow the duplicate report and the
 *       NIK search to a subtree by filtering, and a database should override them to select only
 *       that subtree; the default {@code queryWithoutPersonalData} redacts a page of
 *       {@code query}, and a store that keeps personal data apart should read none</td></tr>
 *   <tr><td>{@link id.gugus.spi.ActionPlanStorage}</td><td>4 + 1</td><td>action plans</td></tr>
 *   <tr><td>{@link id.gugus.spi.MeetingStorage}</td><td>4 + 2</td><td>coordination meetings</td></tr>
 *   <tr><td>{@link id.gugus.spi.AuditStorage}</td><td>3</td><td>the audit log: append (in the
 *       unit, or independently of it) and query, nothing else</td></tr>
 * </table>
 *
 * <p>To add to a back-end that exists rather than write one, extend
 * {@link id.gugus.spi.ForwardingStorageBackend}: it forwards every call to {@code delegate()}, and
 * you override only what you change (one storage's method through a {@code Forwarding*Storage},
 * or the primitives of every aggregate type at once through
 * {@link id.gugus.spi.ForwardingStorageBackend#aggregatePrimitives aggregatePrimitives}). The
 * change-feed example of the {@code examples} module wraps the in-memory back-end that way.
 *
 * <h2>What the store does for you</h2>
 *
 * <p>Wrap the back-end with {@link id.gugus.store.GugusStore#on(StorageBackend)}. Every rule lives
 * there, once, above the primitives: validation with the core rules (nothing invalid reaches you),
 * references to areas, agencies and parents, the uniqueness pre-checks, version bookkeeping (it
 * hands {@code insert} version 1 and {@code update} the next version), conflict and not-found
 * errors, access by role and jurisdiction scope, redaction of personal data, and what to write to
 * the audit log. A back-end only stores and loads, atomically.
 *
 * <h2>The duties of a back-end</h2>
 *
 * <ul>
 *   <li><b>Units of work.</b> {@code inUnitOfWork(work)} is atomic: if {@code work} throws, nothing
 *       it stored is kept and the same exception propagates; a call on a thread already in a unit
 *       joins it; other threads never see a unit's writes before it commits.
 *       {@code inNestedUnitOfWork(work)} is an atomic step: inside a unit, if {@code work} throws,
 *       what it stored is undone (a savepoint) and the unit goes on; outside one, a unit of its own.
 *   <li><b>Atomic writes.</b> Every write primitive is atomic on its own: if it throws, it changed
 *       nothing, even inside a larger unit that goes on (a savepoint, if it writes several rows).
 *   <li><b>Whole aggregates.</b> {@code find} and every query return aggregates exactly as one unit
 *       of work committed them, version included, never parts of two versions; decimals may change
 *       scale, not value. Hand out copies (or immutable values): no caller may change what is stored.
 *   <li><b>Versions.</b> {@code insert} stores the aggregate as given; {@code update(a, expected)}
 *       and {@code delete(id, expected)} change it only at the stored version {@code expected}
 *       ({@code ... WHERE id = ? AND version = ?}), and otherwise return false and change nothing.
 *   <li><b>Unique keys,</b> enforced by the back-end itself, atomically, not only by the store's
 *       pre-checks: the id; the case number; one active (not dissolved) task force per
 *       jurisdiction. A key taken twice is a {@link id.gugus.error.DuplicateException}.
 *   <li><b>Queries and orders.</b> Subtree queries are a range scan on the jurisdiction code
 *       ({@code [code, code.subtreeUpperBound())}); each list comes in the order its method names
 *       (agencies by name then id, task forces by jurisdiction code then id, plans by start date,
 *       meetings by date, cases by report date then id), ids compared as their lower-case text.
 *       Case queries match {@link id.gugus.cases.CaseQuery#matches} and page by keyset
 *       ({@link id.gugus.cases.CaseCursor}).
 *   <li><b>Statistics</b> are counted where the data lies (SQL {@code GROUP BY}, never by loading
 *       every case), with the semantics of {@link id.gugus.cases.StatisticsTally}.
 *   <li><b>Personal data.</b> Duplicate victims and NIK look-ups are answered by the back-end; one
 *       that encrypts personal data finds them through keyed hashes, not by decrypting every row.
 *       No personal data in messages or log lines.
 *   <li><b>The audit log</b> is append-only: {@code append} joins the current unit of work (an
 *       entry is kept if, and only if, its change is) and numbers entries in order;
 *       {@code appendIndependently} commits in a transaction of its own (on a database, its own
 *       connection) before it returns, and no unit's rollback removes what it wrote.
 *   <li><b>Failures</b> are exceptions of {@code id.gugus.error} only: a
 *       {@link id.gugus.error.StorageException} with the driver's exception as cause for anything
 *       that is not a duplicate.
 * </ul>
 *
 * <p>Each interface's Javadoc says what its methods promise; the README's "Write your own storage"
 * has the same list as a table.
 *
 * <h2>Prove it with the TCK</h2>
 *
 * <p>The storage contract suite ({@code gugus-storage-tck}, test scope) checks every duty above,
 * and every store rule on top of your back-end. Your test class implements
 * {@code id.gugus.storage.tck.StorageTck} (a fresh, empty back-end per test) and declares each
 * contract as an empty nested class; the contracts find the back-end on it:
 *
 * <pre>{@code
 * class MyBackendTck implements StorageTck {
 *     @Override public StorageBackend newBackend() { return new MyBackend(freshSchema()); }
 *
 *     @Nested class Cases extends CaseContract {}
 *     @Nested class Access extends AccessContract {}
 *     // ... one line per contract of StorageTck.CONTRACTS (a test fails while one is missing)
 * }
 * }</pre>
 *
 * <p>Each contract is tagged a storage duty (your job) or a store rule (the core store's), and a
 * failure says which in its message. Fix the storage duties first: a store rule fails on a
 * back-end only when a primitive under it answers wrongly.
 */
package id.gugus.spi;
