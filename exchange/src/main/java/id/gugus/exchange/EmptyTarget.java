package id.gugus.exchange;

import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.common.PageRequest;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.StorageBackend;

/**
 * A restore or a move goes into an empty store only: merging two stores would mix two audit
 * logs and could meet the same ids. Plans and meetings cannot be there without areas and task forces.
 */
final class EmptyTarget {
    private EmptyTarget() {}

    static void require(StorageBackend target) {
        check("areas", target.jurisdictions().count());
        check("agencies", target.agencies().inSubtree(JurisdictionCode.NATIONAL).size());
        check("task forces", target.taskForces().inSubtree(JurisdictionCode.NATIONAL).size());
        check("cases", target.cases().count(CaseQuery.all()));
        check("audit entries", target.audit().query(AuditQuery.all(), PageRequest.first(1)).items().size());
    }

    private static void check(String what, long count) {
        if (count > 0) {
            throw BackupFailures.notEmpty(what, count);
        }
    }
}
