package id.gugus.spi;

import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import java.util.List;

/** An {@link AuditStorage} that passes every call to {@link #delegate()}; see {@link ForwardingStorageBackend}. */
public abstract class ForwardingAuditStorage implements AuditStorage {
    protected ForwardingAuditStorage() {}

    protected abstract AuditStorage delegate();

    @Override
    public void append(List<AuditEntry> entries) {
        delegate().append(entries);
    }

    @Override
    public void appendIndependently(List<AuditEntry> entries) {
        delegate().appendIndependently(entries);
    }

    @Override
    public Page<AuditEntry> query(AuditQuery query, PageRequest page) {
        return delegate().query(query, page);
    }

    @Override
    public String toString() {
        return delegate().toString();
    }
}
