package id.gugus.exchange;

import id.gugus.agency.Agency;
import id.gugus.audit.AuditEntry;
import id.gugus.cases.TraffickingCase;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.plan.ActionPlan;
import id.gugus.taskforce.TaskForce;

/**
 * The parts of a store, one JSON Lines file each in a backup, in the order they are written and
 * restored: that order puts every record after the records it refers to (the foreign keys of a
 * database back-end): areas, agencies, task forces, plans, cases, meetings, and last the audit log.
 */
enum Part {
    JURISDICTIONS("jurisdictions", Jurisdiction.class),
    AGENCIES("agencies", Agency.class),
    TASK_FORCES("task-forces", TaskForce.class),
    ACTION_PLANS("action-plans", ActionPlan.class),
    CASES("cases", TraffickingCase.class),
    MEETINGS("meetings", CoordinationMeeting.class),
    AUDIT("audit", AuditEntry.class);

    private final String label;
    private final Class<?> type;

    Part(String label, Class<?> type) {
        this.label = label;
        this.type = type;
    }

    /** The name in progress reports, digests and the manifest, such as {@code task-forces}. */
    String label() {
        return label;
    }

    /** The zip entry holding this part. */
    String entryName() {
        return label + ".jsonl";
    }

    Class<?> type() {
        return type;
    }
}
