package id.gugus.spi;

import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A {@link JurisdictionStorage} that passes every call to {@link #delegate()}; see {@link ForwardingStorageBackend}. */
public abstract class ForwardingJurisdictionStorage implements JurisdictionStorage {
    protected ForwardingJurisdictionStorage() {}

    protected abstract JurisdictionStorage delegate();

    @Override
    public void importAll(Collection<Jurisdiction> areas) {
        delegate().importAll(areas);
    }

    @Override
    public Optional<Jurisdiction> find(JurisdictionCode code) {
        return delegate().find(code);
    }

    @Override
    public boolean exists(JurisdictionCode code) {
        return delegate().exists(code);
    }

    @Override
    public List<Jurisdiction> children(JurisdictionCode code) {
        return delegate().children(code);
    }

    @Override
    public List<Jurisdiction> subtree(JurisdictionCode code) {
        return delegate().subtree(code);
    }

    @Override
    public long count() {
        return delegate().count();
    }

    @Override
    public String toString() {
        return delegate().toString();
    }
}
