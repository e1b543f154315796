package id.gugus.benchmarks;

import id.gugus.cases.CaseId;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.Dimension;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.PageRequest;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.store.GugusStore;
import java.util.List;

/**
 * The workload through Gugus's public API, as an application would call it: areas imported by
 * the system, cases registered and changed by a national case worker, pages read by the reader
 * this workload was made for (a case worker, who sees personal data and whose reading is audited,
 * or an administrator, who gets redacted copies).
 */
final class GugusWorkload implements CaseWorkload {
    /** Registers, changes and reads cases with their personal data; every read of it is audited. */
    static final Actor CASE_WORKER = Actor.national("bench/case-worker", Role.CASE_WORKER);
    /** Reads cases without personal data (redacted): nothing to audit. */
    static final Actor ADMINISTRATOR = Actor.national("bench/administrator", Role.ADMINISTRATOR);

    private final GugusStore system;
    private final GugusStore writer;
    private final GugusStore reader;

    private GugusWorkload(GugusStore system, GugusStore reader) {
        this.system = system;
        this.writer = system.as(CASE_WORKER);
        this.reader = reader;
    }

    /** The workload on a store opened with {@code GugusStore.on(backend, clock)}, reading as a case worker. */
    static GugusWorkload on(GugusStore system) {
        return new GugusWorkload(system, system.as(CASE_WORKER));
    }

    /** The same store, reading pages as {@code actor}. */
    GugusWorkload readingAs(Actor actor) {
        return new GugusWorkload(system, system.as(actor));
    }

    @Override
    public void importAreas(List<Jurisdiction> areas) {
        system.jurisdictions().importAll(areas);
    }

    @Override
    public void register(TraffickingCase c) {
        writer.cases().save(c);
    }

    @Override
    public void registerAll(List<TraffickingCase> cases) {
        // The bulk path: every case validated, then all written in one unit, a few statements per table.
        writer.cases().saveAll(cases);
    }

    @Override
    public List<CaseId> page(JurisdictionCode area, int size) {
        return reader.cases().query(CaseQuery.all().within(area), PageRequest.first(size)).items().stream()
                .map(TraffickingCase::id).toList();
    }

    @Override
    public RollUp rollUp(JurisdictionCode province) {
        Statistics s = reader.cases().statistics(CaseQuery.all().within(province), Dimension.REGENCY,
                Dimension.EXPLOITATION_TYPE);
        return new RollUp(s.rows().size(), s.rows().stream().mapToLong(Statistics.Row::cases).sum(), s.totalVictims());
    }

    @Override
    public void advance(TraffickingCase registered) {
        TraffickingCase stored = writer.cases().get(registered.id());
        writer.cases().save(stored.moveTo(CaseStatus.INQUIRY, stored.reportedOn().plusDays(7)));
    }
}
