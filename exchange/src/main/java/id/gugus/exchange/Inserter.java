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
 * appended in order (the back-end gives the numbers: the SPI has no way to set one). Cases and
 * meetings refer to nothing of their own kind, so a batch of them goes to the back-end's bulk
 * insert ({@code insertAll}: a few statements per table for the batch on a database); agencies,
 * task forces and plans may name a parent earlier in the same batch, and go one by one.
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
            case CASES -> target.cases().insertAll((List<TraffickingCase>) records);
            case MEETINGS -> target.meetings().insertAll((List<CoordinationMeeting>) records);
            case AUDIT -> target.audit().append((List<AuditEntry>) records);
        }
    }
}
