package id.gugus.meeting;

import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Business rules of a coordination meeting (docs/meetings.md): every violation of {@link MeetingRule}
 * at once. Needs no clock: whether a follow-up is overdue is a state, not a rule.
 */
public final class MeetingValidator {
    private MeetingValidator() {}

    public static Violations validate(CoordinationMeeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        ViolationCollector v = new ViolationCollector();
        Map<FollowUpId, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < meeting.decisions().size(); i++) {
            FollowUp f = meeting.decisions().get(i).followUp();
            if (f == null) {
                continue;
            }
            String path = "decisions[" + i + "].followUp";
            v.check(f.due().isBefore(meeting.date()), MeetingRule.FOLLOWUP_DUE, path + ".due", f.due(), meeting.date());
            v.check(f.doneOn() != null && f.doneOn().isBefore(meeting.date()), MeetingRule.FOLLOWUP_DONE,
                    path + ".doneOn", f.doneOn(), meeting.date());
            v.check(!meeting.participants().contains(f.assignee()), MeetingRule.ASSIGNEE, path + ".assignee", f.assignee());
            Integer first = firstUse.putIfAbsent(f.id(), i);
            // Decisions are numbered from 1 in the message, as in the minutes.
            v.check(first != null, MeetingRule.FOLLOWUP_ID, path + ".id", f.id(), first == null ? 0 : first + 1);
        }
        return v.result();
    }
}
