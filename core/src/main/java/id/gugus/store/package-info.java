/**
 * The store an application uses: {@link id.gugus.store.GugusStore}, the one entry point, its
 * repositories (one per aggregate), the {@link id.gugus.store.AuditLog} and units of work. Open it
 * on any {@link id.gugus.spi.StorageBackend}; give each user {@link
 * id.gugus.store.GugusStore#as(id.gugus.security.Actor) a view} of it.
 *
 * <p>The rules live here once, whatever the back-end. Inside the package, each
 * package-private class does one thing: the access decision (permissions and scope, every
 * refusal audited), the audit trail (a change's entry in its unit of work; reads of personal
 * data and refusals kept past a rollback), disclosure (what an actor is handed: redacted copies
 * without the personal-data permission, audited reads with it), the versioned writer (insert,
 * update and delete with version checks and conflicts), the units of work (nesting, and the
 * entries that wait for the outermost unit to end), and reference checks. A repository only says
 * what its aggregate is ({@code AggregateKind}) and which rules it must meet.
 */
package id.gugus.store;
