package id.gugus.meeting;

import static id.gugus.meeting.MeetingFixtures.BP3MI;
import static id.gugus.meeting.MeetingFixtures.DINAS_PPPA;
import static id.gugus.meeting.MeetingFixtures.GUGUS_KALBAR;
import static id.gugus.meeting.MeetingFixtures.MEETING_DAY;
import static id.gugus.meeting.MeetingFixtures.POLDA;
import static id.gugus.meeting.MeetingFixtures.rakor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.error.NotFoundException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Recording a rakor, its decisions and follow-ups, and their state on a date the caller gives. */
class CoordinationMeetingTest {
    private static final LocalDate DUE = MEETING_DAY.plusDays(14);

    private final CoordinationMeeting meeting = rakor()
            .withDecision("Laporan Polda tentang 70 korban diterima")
            .withDecision("Pendataan korban", "Menyusun data korban per kabupaten/kota", POLDA, DUE)
            .withDecision("Pemulangan korban", "Mengoordinasikan pemulangan dengan KBRI Phnom Penh", BP3MI, DUE);

    @Test
    void aRecordedMeetingIsNewAndUnsaved() {
        CoordinationMeeting m = rakor();
        assertThat(m.version()).isZero();
        assertThat(m.host()).isEqualTo(GUGUS_KALBAR);
        assertThat(m.participants()).containsExactly(DINAS_PPPA, POLDA, BP3MI);
        assertThat(m.decisions()).isEmpty();
        assertThat(m.id()).isNotEqualTo(rakor().id());
    }

    @Test
    void decisionsKeepTheirOrderAndOnlySomeHaveFollowUps() {
        assertThat(meeting.decisions()).hasSize(3);
        assertThat(meeting.decisions().get(0).followUp()).isNull();
        assertThat(meeting.followUps()).extracting(FollowUp::assignee).containsExactly(POLDA, BP3MI);
        assertThat(meeting.followUps()).extracting(FollowUp::due).containsOnly(DUE);
        assertThat(meeting.followUps()).extracting(FollowUp::doneOn).containsOnlyNulls();
        assertThat(meeting.followUps().get(0).id()).isNotEqualTo(meeting.followUps().get(1).id());
    }

    @Test
    void aFollowUpIsOpenOnItsDueDateAndOverdueTheDayAfter() {
        FollowUp f = meeting.followUps().get(0);
        assertThat(f.stateOn(MEETING_DAY)).isEqualTo(FollowUpState.OPEN);
        assertThat(f.stateOn(DUE)).isEqualTo(FollowUpState.OPEN);
        assertThat(f.stateOn(DUE.plusDays(1))).isEqualTo(FollowUpState.OVERDUE);
    }

    @Test
    void aFollowUpDoneIsDoneFromThatDayEvenAfterItsDueDate() {
        FollowUp pendataan = meeting.followUps().get(0);
        CoordinationMeeting done = meeting.markDone(pendataan.id(), DUE.plusDays(3));
        FollowUp f = done.followUps().get(0);
        assertThat(f.doneOn()).isEqualTo(DUE.plusDays(3));
        assertThat(f.stateOn(DUE)).isEqualTo(FollowUpState.OPEN);
        assertThat(f.stateOn(DUE.plusDays(1))).isEqualTo(FollowUpState.OVERDUE);
        assertThat(f.stateOn(DUE.plusDays(3))).isEqualTo(FollowUpState.DONE);
        assertThat(f.stateOn(DUE.plusYears(1))).isEqualTo(FollowUpState.DONE);
        assertThat(meeting.followUps().get(0).doneOn()).as("the original is unchanged").isNull();
    }

    @Test
    void followUpsByStateOnTheDueDateAndTheDayAfter() {
        CoordinationMeeting m = meeting.markDone(meeting.followUps().get(1).id(), DUE);
        FollowUp pendataan = m.followUps().get(0);
        FollowUp pemulangan = m.followUps().get(1);
        assertThat(m.followUpsIn(FollowUpState.OPEN, DUE)).containsExactly(pendataan);
        assertThat(m.followUpsIn(FollowUpState.DONE, DUE)).containsExactly(pemulangan);
        assertThat(m.followUpsIn(FollowUpState.OVERDUE, DUE)).isEmpty();
        assertThat(m.followUpsIn(FollowUpState.OPEN, DUE.plusDays(1))).isEmpty();
        assertThat(m.followUpsIn(FollowUpState.OVERDUE, DUE.plusDays(1))).containsExactly(pendataan);
        assertThat(m.followUpsIn(FollowUpState.DONE, DUE.plusDays(1))).containsExactly(pemulangan);
        assertThat(m.followUpsIn(FollowUpState.DONE, DUE.minusDays(1))).as("not yet done the day before").isEmpty();
    }

    @Test
    void markingAnUnknownFollowUpIsNotFound() {
        FollowUpId unknown = FollowUpId.of("00000000-0000-4000-8000-0000000000ee");
        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> meeting.markDone(unknown, DUE));
        assertThat(e.entityType()).isEqualTo("follow-up");
        assertThat(e.id()).isEqualTo("00000000-0000-4000-8000-0000000000ee");
    }

    @Test
    void markingAgainCorrectsTheDate() {
        FollowUpId id = meeting.followUps().get(0).id();
        CoordinationMeeting m = meeting.markDone(id, DUE).markDone(id, DUE.minusDays(2));
        assertThat(m.followUps().get(0).doneOn()).isEqualTo(DUE.minusDays(2));
    }
}
