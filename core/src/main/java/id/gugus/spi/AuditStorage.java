package id.gugus.spi;

import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import java.util.List;

/**
 * Storage primitives of the audit log, supplied by a back-end. Append-only on purpose: there is
 * no update and no delete, so nothing written through Gugus can rewrite history.
 */
public interface AuditStorage {
    /**
     * Appends the entries, in order, giving each the next sequence number. It joins the unit of
     * work running on this thread, so an entry is kept if, and only if, the change it records is.
     */
    void append(List<AuditEntry> entries);

    /**
     * Appends the entries, in order, in a transaction of their own that is committed before this
     * returns, whatever unit of work runs on this thread (on a database: on a connection of their
     * own). The entries are kept even if that unit rolls back. The store writes reads of personal
     * data and refusals this way, before it hands anything out: they happened whatever the unit
     * does next. If they cannot be written, this throws and nothing is kept.
     */
    void appendIndependently(List<AuditEntry> entries);

    /**
     * One page of the entries matching {@code query}, in sequence order, after the request's
     * cursor (the text of the last sequence number read).
     */
    Page<AuditEntry> query(AuditQuery query, PageRequest page);
}
