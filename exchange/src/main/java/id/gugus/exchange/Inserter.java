package id.gugus.exchange;

import id.gugus.agency.Agency;
import id.gugus.audit.AuditEntry;
import id.gugus.cases.TraffickingCase;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.plan.ActionPlan;
import id.gugus.spi.StorageBackend;
import id.gugus.taskforce.TaskForce;
import java.util.List;

/**
 * Puts records into a back-end through its SPI primitives, as they are: ids and versions kept
 * (both the JDBC and the memory back-end store the version an insert is given), audit entries
 * appended in order (the back-end gives the numbers: the SPI has no way to set one).
 */
final class Inserter {
    private final StorageBackend target;

    Inserter(StorageBackend target) {
        this.target = target;
    }

    @SuppressWarnings("unchecked")
    void insert(Part part, List<?> records) {
        switch (part) {
            case JURISDICTIONS -> target.jurisdictions().importAll((List<Jurisdiction>) records);
            case AGENCIES -> records.forEach(r -> target.agencies().insert((Agency) r));
            case TASK_FORCES -> records.forEach(r -> target.taskForces().insert((TaskForce) r));
            case ACTION_PLANS -> records.forEach(r -> target.actionPlans().insert((ActionPlan) r));
            case CASES -> records.forEach(r -> target.cases().insert((TraffickingCase) r));
            case MEETINGS -> records.forEach(r -> target.meetings().insert((CoordinationMeeting) r));
            case AUDIT -> target.audit().append((List<AuditEntry>) records);
        }
    }
}
