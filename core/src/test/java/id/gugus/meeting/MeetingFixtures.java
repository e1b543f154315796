package id.gugus.meeting;

import id.gugus.agency.AgencyId;
import id.gugus.taskforce.TaskForceId;
import java.time.LocalDate;
import java.util.List;

/** A rakor of the Kalimantan Barat task force on the scam-compound victims (docs/story.md). */
final class MeetingFixtures {
    static final LocalDate MEETING_DAY = LocalDate.of(2024, 3, 5);
    static final TaskForceId GUGUS_KALBAR = TaskForceId.of("00000000-0000-4000-8000-000000000061");
    static final AgencyId DINAS_PPPA = AgencyId.of("00000000-0000-4000-8000-0000000000a1");
    static final AgencyId POLDA = AgencyId.of("00000000-0000-4000-8000-0000000000a2");
    static final AgencyId BP3MI = AgencyId.of("00000000-0000-4000-8000-0000000000a3");
    static final AgencyId IMIGRASI = AgencyId.of("00000000-0000-4000-8000-0000000000a4");
    static final FollowUpId FOLLOW_UP_1 = FollowUpId.of("00000000-0000-4000-8000-0000000000f1");

    private MeetingFixtures() {}

    static CoordinationMeeting rakor() {
        return CoordinationMeeting.record("Rakor penanganan korban penipuan daring di Kamboja", MEETING_DAY,
                "Kantor Gubernur Kalimantan Barat, Pontianak", GUGUS_KALBAR, List.of(DINAS_PPPA, POLDA, BP3MI));
    }

    static CoordinationMeeting withFollowUps(CoordinationMeeting meeting, FollowUp... followUps) {
        CoordinationMeeting with = meeting;
        for (FollowUp f : followUps) {
            with = with.withDecision(new Decision("Keputusan", f));
        }
        return with;
    }

    static FollowUp followUp(FollowUpId id, AgencyId assignee, LocalDate due, LocalDate doneOn) {
        return new FollowUp(id, "Tugas", assignee, due, doneOn);
    }
}
