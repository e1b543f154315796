package id.gugus.store;

import com.google.common.collect.ImmutableList;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Permission;
import id.gugus.spi.AuditStorage;
import id.gugus.spi.StorageBackend;
import java.util.Objects;

/**
 * The audit log as an actor may read it: with {@link Permission#READ_AUDIT}, and only entries
 * whose jurisdiction lies in its scope. There is no way to change or remove an entry.
 */
public final class AuditLog {
    static final String ENTITY = "AuditEntry";

    private final AuditStorage storage;
    private final AccessDecision access;

    AuditLog(StorageBackend backend, AccessDecision access) {
        this.storage = backend.audit();
        this.access = Objects.requireNonNull(access, "access");
    }

    /** One page of matching entries in the order they were appended, after the cursor of the previous page. */
    public Page<AuditEntry> query(AuditQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        access.require(Permission.READ_AUDIT, Attempt.to(AuditAction.READ, ENTITY).in(query.within()));
        if (page.after() != null) {
            parseCursor(page.after());
        }
        if (!access.overlapsScope(query.within())) {
            return new Page<>(ImmutableList.of(), null);
        }
        JurisdictionCode area = access.visiblePartOf(query.within());
        return storage.query(area == null ? query : query.within(area), page);
    }

    /** The sequence number a cursor names; stores use it to read on after it. */
    public static long parseCursor(String cursor) {
        try {
            long sequence = Long.parseLong(cursor);
            if (sequence < 0) {
                throw new NumberFormatException();
            }
            return sequence;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an audit cursor: a cursor is the sequence number of the last entry read");
        }
    }
}
