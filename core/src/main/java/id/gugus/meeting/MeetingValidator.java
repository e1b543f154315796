package id.gugus.meeting;

import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;

/** Business rules of a coordination meeting (DESIGN §7). */
public final class MeetingValidator {
    private MeetingValidator() {}

    public static Violations validate(CoordinationMeeting meeting) {
        ViolationCollector v = new ViolationCollector();
        return v.result();
    }
}
