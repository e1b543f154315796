package id.gugus.meeting;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/** Rules of coordination meetings and their follow-ups (docs/meetings.md). */
public enum MeetingRule implements Rule {
    /** A follow-up cannot fall due before the meeting that decided it. */
    FOLLOWUP_DUE("MEETING-FOLLOWUP-DUE", Severity.ERROR),
    /** A follow-up cannot be done before the meeting that decided it. */
    FOLLOWUP_DONE("MEETING-FOLLOWUP-DONE", Severity.ERROR),
    /**
     * The assignee did not take part in the meeting: possible (an absent agency can be given a
     * task) but worth a look, since nobody there has accepted it on the agency's behalf.
     */
    ASSIGNEE("MEETING-ASSIGNEE", Severity.WARNING),
    /** Follow-up ids are unique within a meeting; marking one done must find exactly one. */
    FOLLOWUP_ID("MEETING-FOLLOWUP-ID", Severity.ERROR);

    private final String id;
    private final Severity severity;

    MeetingRule(String id, Severity severity) {
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
        return "id.gugus.meeting.MeetingRules";
    }
}
