package id.gugus.exchange;

import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Dates;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.common.Period;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.StorageBackend;
import id.gugus.taskforce.TaskForce;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every record of a back-end through its SPI, a batch at a time, in {@link Part} order and,
 * inside a part, parents before children. Memory stays bounded by a batch: cases and audit entries
 * come in keyset pages; the area tree one province's subtree at a time. Agencies and task forces
 * come as one list each (the SPI offers no paging for them; they number in the hundreds).
 */
final class StoreWalk {
    /** Cases and audit entries per page: large enough for few round trips, small enough for flat memory. */
    static final int PAGE_SIZE = 500;
    private static final Period ALL_TIME = Period.of(Dates.EARLIEST, Dates.LATEST);
    /** Parents before children: by level, then code (the national root's "ID" sorts after digits). */
    private static final Comparator<TaskForce> TASK_FORCE_ORDER = Comparator
            .comparing((TaskForce tf) -> tf.jurisdiction().level())
            .thenComparing(TaskForce::jurisdiction)
            .thenComparing(tf -> tf.id().toString());

    private final StorageBackend backend;

    StoreWalk(StorageBackend backend) {
        this.backend = backend;
    }

    /** Hands every record of {@code part} to {@code batch}, a batch at a time. */
    void walk(Part part, Consumer<List<?>> batch) {
        switch (part) {
            case JURISDICTIONS -> jurisdictions(batch);
            case AGENCIES -> batch.accept(backend.agencies().inSubtree(JurisdictionCode.NATIONAL));
            case TASK_FORCES -> batch.accept(taskForces());
            case ACTION_PLANS -> actionPlans(batch);
            case CASES -> cases(batch);
            case MEETINGS -> taskForces().forEach(tf -> batch.accept(backend.meetings().hostedBy(tf.id())));
            case AUDIT -> audit(batch);
        }
    }

    /** How many records of {@code part} there are, if the SPI can tell without reading them; else -1. */
    long expected(Part part) {
        return switch (part) {
            case JURISDICTIONS -> backend.jurisdictions().count();
            case CASES -> backend.cases().count(CaseQuery.all());
            default -> -1;
        };
    }

    private void jurisdictions(Consumer<List<?>> batch) {
        long stored = backend.jurisdictions().count();
        List<Jurisdiction> top = new ArrayList<>();
        backend.jurisdictions().find(JurisdictionCode.NATIONAL).ifPresent(top::add);
        List<Jurisdiction> provinces = backend.jurisdictions().children(JurisdictionCode.NATIONAL);
        long walked = top.size() + provinces.stream().mapToLong(p -> backend.jurisdictions().subtree(p.code()).size()).sum();
        if (walked != stored) {
            // Areas whose province is not stored are unreachable province by province: take the whole tree.
            batch.accept(backend.jurisdictions().subtree(JurisdictionCode.NATIONAL).stream()
                    .sorted(Comparator.comparing(Jurisdiction::level).thenComparing(Jurisdiction::code)).toList());
            return;
        }
        batch.accept(top);
        for (Jurisdiction province : provinces) {
            batch.accept(backend.jurisdictions().subtree(province.code()));
        }
    }

    private List<TaskForce> taskForces() {
        return backend.taskForces().inSubtree(JurisdictionCode.NATIONAL).stream().sorted(TASK_FORCE_ORDER).toList();
    }

    /** Plans exist at the national, provincial and regency levels only (rule PLAN-LEVEL); parents come first. */
    private void actionPlans(Consumer<List<?>> batch) {
        batch.accept(backend.actionPlans().forJurisdiction(JurisdictionCode.NATIONAL, ALL_TIME));
        List<Jurisdiction> provinces = backend.jurisdictions().children(JurisdictionCode.NATIONAL);
        for (Jurisdiction province : provinces) {
            batch.accept(backend.actionPlans().forJurisdiction(province.code(), ALL_TIME));
        }
        for (Jurisdiction province : provinces) {
            for (Jurisdiction regency : backend.jurisdictions().children(province.code())) {
                batch.accept(backend.actionPlans().forJurisdiction(regency.code(), ALL_TIME));
            }
        }
    }

    private void cases(Consumer<List<?>> batch) {
        PageRequest request = PageRequest.first(PAGE_SIZE);
        while (true) {
            Page<TraffickingCase> page = backend.cases().query(CaseQuery.all(), request);
            batch.accept(page.items());
            if (!page.hasNext()) {
                return;
            }
            request = request.next(page);
        }
    }

    private void audit(Consumer<List<?>> batch) {
        PageRequest request = PageRequest.first(PAGE_SIZE);
        while (true) {
            Page<AuditEntry> page = backend.audit().query(AuditQuery.all(), request);
            batch.accept(page.items());
            if (!page.hasNext()) {
                return;
            }
            request = request.next(page);
        }
    }
}
