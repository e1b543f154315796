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
import java.util.stream.Stream;

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

    /**
     * Every entry matching {@code query}, in the order they were appended, as a stream that reads
     * a page of 100 at a time as it is consumed: {@link #query} without the cursor loop. The
     * access rules are those of {@link #query} (refused at once without
     * {@link Permission#READ_AUDIT}; narrowed to the actor's scope). Nothing stays open between
     * pages, so the stream needs no closing; entries appended while it runs after the last one it
     * has read are read too.
     */
    public Stream<AuditEntry> stream(AuditQuery query) {
        return stream(query, PageRequest.first(PageStream.PAGE_SIZE));
    }

    /**
     * {@link #stream(AuditQuery)} in pages of {@code from.size()}, starting after {@code from}'s
     * cursor if it has one (to go on from an entry read before).
     *
     * @throws id.gugus.error.ValidationException {@code PAGE-CURSOR} if the cursor is not an audit cursor
     */
    public Stream<AuditEntry> stream(AuditQuery query, PageRequest from) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(from, "from");
        // Refused now, not when the stream is first used.
        access.require(Permission.READ_AUDIT, Attempt.to(AuditAction.READ, ENTITY).in(query.within()));
        if (from.after() != null) {
            parseCursor(from.after());
        }
        return PageStream.of(from, page -> query(query, page));
    }

    /**
     * The sequence number a cursor names; stores use it to read on after it.
     *
     * @throws id.gugus.error.ValidationException {@code PAGE-CURSOR} unless it is the text of a sequence number
     */
    public static long parseCursor(String cursor) {
        try {
            long sequence = Long.parseLong(cursor);
            if (sequence < 0) {
                throw new NumberFormatException();
            }
            return sequence;
        } catch (NumberFormatException e) {
            throw PageRequest.notACursor(cursor);
        }
    }
}
