package id.gugus.storage.tck;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.Agency;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.common.Period;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.plan.ActionPlan;
import id.gugus.spi.StorageBackend;
import id.gugus.taskforce.TaskForce;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Everything a back-end holds, read through its storage primitives (below the store, so taking
 * a snapshot neither needs a permission nor writes an audit entry). Two snapshots of the same
 * back-end are equal if, and only if, nothing was changed in between: how the security
 * contracts prove that a refused call changed nothing.
 *
 * @param data every aggregate and area, in a stable order
 * @param audit every audit entry, in sequence order
 */
public record StoreSnapshot(StoredData data, ImmutableList<AuditEntry> audit) {

    /** The aggregates and areas of a snapshot. */
    public record StoredData(
            long areaCount,
            ImmutableList<Jurisdiction> areas,
            ImmutableList<Agency> agencies,
            ImmutableList<TaskForce> taskForces,
            ImmutableList<ActionPlan> actionPlans,
            ImmutableList<CoordinationMeeting> meetings,
            ImmutableList<TraffickingCase> cases) {}

    /** Plans are listed by jurisdiction and period: these are the areas the contracts write plans to. */
    static final List<JurisdictionCode> PLAN_AREAS = List.of(TckFixtures.NATIONAL, TckFixtures.KALBAR,
            TckFixtures.KOTA_PONTIANAK, TckFixtures.SAMBAS, TckFixtures.NTT, TckFixtures.KOTA_KUPANG);
    static final Period ALL_TIME = Period.years(1945, 2199);

    public static StoreSnapshot of(StorageBackend backend) {
        List<Jurisdiction> areas = backend.jurisdictions().subtree(JurisdictionCode.NATIONAL);
        List<TaskForce> taskForces = backend.taskForces().inSubtree(JurisdictionCode.NATIONAL);
        List<ActionPlan> plans = new ArrayList<>();
        PLAN_AREAS.forEach(area -> plans.addAll(backend.actionPlans().forJurisdiction(area, ALL_TIME)));
        List<CoordinationMeeting> meetings = new ArrayList<>();
        taskForces.forEach(tf -> meetings.addAll(backend.meetings().hostedBy(tf.id())));
        StoredData data = new StoredData(backend.jurisdictions().count(), ImmutableList.copyOf(areas),
                ImmutableList.copyOf(backend.agencies().inSubtree(JurisdictionCode.NATIONAL)),
                ImmutableList.copyOf(taskForces), ImmutableList.copyOf(plans), ImmutableList.copyOf(meetings),
                all(page -> backend.cases().query(CaseQuery.all(), page)));
        return new StoreSnapshot(data, auditOf(backend));
    }

    /** Every audit entry of the back-end, in sequence order. */
    public static ImmutableList<AuditEntry> auditOf(StorageBackend backend) {
        return all(page -> backend.audit().query(AuditQuery.all(), page));
    }

    /** The audit entries appended since {@code before} was taken; fails if an earlier one changed or went. */
    public ImmutableList<AuditEntry> auditSince(StoreSnapshot before) {
        if (audit.size() < before.audit.size() || !audit.subList(0, before.audit.size()).equals(before.audit)) {
            throw new AssertionError("the audit log was rewritten: it held " + before.audit + ", now " + audit);
        }
        return audit.subList(before.audit.size(), audit.size());
    }

    /** Every item of a paginated read, following the cursors. */
    public static <T> ImmutableList<T> all(Function<PageRequest, Page<T>> read) {
        ImmutableList.Builder<T> items = ImmutableList.builder();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        while (true) {
            Page<T> page = read.apply(request);
            items.addAll(page.items());
            if (!page.hasNext()) {
                return items.build();
            }
            request = request.next(page);
        }
    }
}
