package id.gugus.taskforce;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/**
 * Rules of task forces (docs/task-forces.md): who chairs them under Presidential Regulation 49/2023, where
 * they sit in the hierarchy, and how their decree moves through the lifecycle. Messages are in
 * {@code TaskForceRules_id.properties} and {@code TaskForceRules_en.properties}.
 */
public enum TaskForceRule implements Rule {
    /** The level matches the area: national ↔ ID, province ↔ province, regency ↔ kabupaten, city ↔ kota. */
    LEVEL("TF-LEVEL", Severity.ERROR),
    /** The chair holds the office the level requires (coordinating minister, governor, regent, mayor). */
    CHAIR("TF-CHAIR", Severity.ERROR),
    /** The daily chair is the police chief of the level (Kapolri, Kapolda, Kapolres/Kapolresta). */
    DAILY_CHAIR("TF-DAILY-CHAIR", Severity.ERROR),
    /**
     * Formed before Regulation 49/2023 with another daily chair: lawful when formed, so still
     * stored and reported on, but it must be re-formed.
     */
    NONCOMPLIANT("TF-NONCOMPLIANT", Severity.WARNING),
    /** A task force reports to the task force of the containing area; the national one to none. */
    PARENT("TF-PARENT", Severity.ERROR),
    /** A regional task force names no task force to report to. */
    PARENT_MISSING("TF-PARENT-MISSING", Severity.WARNING),
    /** The decree agrees with the status: established needs it signed, drafted needs a draft. */
    DECREE_SIGNED("TF-DECREE-SIGNED", Severity.ERROR),
    /** A signed decree is signed by the office that forms task forces of that level. */
    DECREE_SIGNATORY("TF-DECREE-SIGNATORY", Severity.ERROR),
    /** At most one sub-task force per cluster. */
    SUBTASKFORCE("TF-SUBTASKFORCE", Severity.ERROR),
    /** An agency is a member at most once. */
    MEMBER("TF-MEMBER", Severity.ERROR),
    /** A lifecycle step that the current status does not allow. */
    LIFECYCLE("TF-LIFECYCLE", Severity.ERROR),
    /** A lifecycle step dated before what the task force already records. */
    LIFECYCLE_DATE("TF-LIFECYCLE-DATE", Severity.ERROR);

    private final String id;
    private final Severity severity;

    TaskForceRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String bundle() {
        return "id.gugus.taskforce.TaskForceRules";
    }
}
