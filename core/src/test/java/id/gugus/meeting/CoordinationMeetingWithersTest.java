package id.gugus.meeting;

import static id.gugus.meeting.MeetingFixtures.BP3MI;
import static id.gugus.meeting.MeetingFixtures.DINAS_PPPA;
import static id.gugus.meeting.MeetingFixtures.IMIGRASI;
import static id.gugus.meeting.MeetingFixtures.MEETING_DAY;
import static id.gugus.meeting.MeetingFixtures.POLDA;
import static id.gugus.meeting.MeetingFixtures.rakor;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The withers of a meeting record: a changed copy, same id and version, everything else as it was. */
class CoordinationMeetingWithersTest {
    private final CoordinationMeeting stored = rakor().withDecision("Laporan Polda diterima").withVersion(2);

    @Test
    void title_date_and_venue_each_change_alone() {
        CoordinationMeeting retitled = stored.withTitle("Rakor Gugus Tugas PP-TPPO");
        assertThat(retitled.title()).isEqualTo("Rakor Gugus Tugas PP-TPPO");
        assertThat(retitled).usingRecursiveComparison().ignoringFields("title").isEqualTo(stored);

        CoordinationMeeting moved = stored.withDate(MEETING_DAY.plusDays(1));
        assertThat(moved.date()).isEqualTo(MEETING_DAY.plusDays(1));
        assertThat(moved).usingRecursiveComparison().ignoringFields("date").isEqualTo(stored);

        CoordinationMeeting elsewhere = stored.withVenue("Aula Polda Kalimantan Barat");
        assertThat(elsewhere.venue()).isEqualTo("Aula Polda Kalimantan Barat");
        assertThat(elsewhere).usingRecursiveComparison().ignoringFields("venue").isEqualTo(stored);
    }

    @Test
    void participants_are_added_after_the_others_and_removed_once() {
        CoordinationMeeting more = stored.withParticipant(IMIGRASI);
        assertThat(more.participants()).containsExactly(DINAS_PPPA, POLDA, BP3MI, IMIGRASI);
        assertThat(more).usingRecursiveComparison().ignoringFields("participants").isEqualTo(stored);
        assertThat(more.withParticipant(POLDA).participants()).containsExactly(DINAS_PPPA, POLDA, BP3MI, IMIGRASI);
        assertThat(more.withoutParticipant(POLDA).participants()).containsExactly(DINAS_PPPA, BP3MI, IMIGRASI);
        assertThat(stored.withoutParticipant(IMIGRASI)).isEqualTo(stored);
    }
}
