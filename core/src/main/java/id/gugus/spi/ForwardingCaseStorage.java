package id.gugus.spi;

import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.Nik;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.List;
import java.util.Optional;

/** A {@link CaseStorage} that passes every call to {@link #delegate()}; see {@link ForwardingStorageBackend}. */
public abstract class ForwardingCaseStorage extends ForwardingAggregateStorage<CaseId, TraffickingCase>
        implements CaseStorage {
    /** Per subclass, once: whether redacted pages must go through its own {@link #query} (see {@link #queryWithoutPersonalData}). */
    private static final ClassValue<Boolean> QUERIES_THROUGH_OWN_QUERY = ForwardingAggregateStorage.overriding(
            ForwardingCaseStorage.class, "query", new Class<?>[] {CaseQuery.class, PageRequest.class},
            "queryWithoutPersonalData", new Class<?>[] {CaseQuery.class, PageRequest.class});

    private final boolean queriesThroughOwnQuery;

    protected ForwardingCaseStorage() {
        this.queriesThroughOwnQuery = QUERIES_THROUGH_OWN_QUERY.get(getClass());
    }

    @Override
    protected abstract CaseStorage delegate();

    @Override
    public Optional<TraffickingCase> findByNumber(CaseNumber number) {
        return delegate().findByNumber(number);
    }

    @Override
    public Page<TraffickingCase> query(CaseQuery query, PageRequest page) {
        return delegate().query(query, page);
    }

    /**
     * Forwarded, so that a database reads no personal data for a redacted page. A subclass that
     * overrides {@link #query} but not this method (a wrapper written before it existed) gets
     * redacted pages through its own {@code query} instead, redacted here: it keeps seeing every
     * page read.
     */
    @Override
    public Page<TraffickingCase> queryWithoutPersonalData(CaseQuery query, PageRequest page) {
        return queriesThroughOwnQuery ? CaseStorage.super.queryWithoutPersonalData(query, page)
                : delegate().queryWithoutPersonalData(query, page);
    }

    @Override
    public long count(CaseQuery query) {
        return delegate().count(query);
    }

    @Override
    public Statistics statistics(CaseQuery query, Dimension first, Dimension second) {
        return delegate().statistics(query, first, second);
    }

    @Override
    public List<DuplicateVictims> duplicateVictims() {
        return delegate().duplicateVictims();
    }

    @Override
    public List<TraffickingCase> withVictimNik(Nik nik) {
        return delegate().withVictimNik(nik);
    }

    // The two below have defaults in CaseStorage; forwarded, so that a wrapper keeps the delegate's
    // own answer (a database selects only the subtree) instead of filtering the whole report.
    @Override
    public List<DuplicateVictims> duplicateVictims(JurisdictionCode within) {
        return delegate().duplicateVictims(within);
    }

    @Override
    public List<TraffickingCase> withVictimNik(Nik nik, JurisdictionCode within) {
        return delegate().withVictimNik(nik, within);
    }
}
