package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckWorld.followUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.agency.AgencyId;
import id.gugus.error.ConflictException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ReferenceException;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.FollowUp;
import id.gugus.meeting.FollowUpId;
import id.gugus.meeting.FollowUpState;
import id.gugus.meeting.PendingFollowUp;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Coordination meetings: versioned saves, references, meetings by host, open and overdue follow-ups. */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.PERSISTENCE)
public abstract class MeetingContract extends StorageContract {
    protected TckWorld world;
    protected TaskForce province;
    protected TaskForce city;

    /** Due 1 March 2026: overdue on {@link TckFixtures#TODAY}. */
    protected FollowUp verifyResidents;
    /** Due on 15 March 2026, today: still open. */
    protected FollowUp openInvestigation;
    /** Due 30 April 2026: open. */
    protected FollowUp provideShelter;
    /** Due 20 February 2026, done on the 18th. */
    protected FollowUp briefImmigration;

    @BeforeEach
    public void seed() {
        world = seedWorld();
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        province = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        city = store.taskForces().save(world.cityTaskForce(province.id())).stored();
        verifyResidents = followUp("Verifikasi data 70 warga di Kamboja", world.bp3mi.id(), LocalDate.of(2026, 3, 1));
        openInvestigation = followUp("Membuka penyelidikan perekrutan daring", world.polda.id(), LocalDate.of(2026, 3, 15));
        provideShelter = followUp("Menyiapkan rumah aman bagi korban yang dipulangkan", world.dp3aKalbar.id(),
                LocalDate.of(2026, 4, 30));
        briefImmigration = followUp("Koordinasi dengan imigrasi Entikong", world.imigrasiPontianak.id(),
                LocalDate.of(2026, 2, 20)).doneOn(LocalDate.of(2026, 2, 18));
    }

    private CoordinationMeeting rakor() {
        return world.meeting(province.id(), LocalDate.of(2026, 2, 10), provideShelter, verifyResidents, briefImmigration,
                openInvestigation);
    }

    @Test
    public void aSavedMeetingLoadsEqual() {
        CoordinationMeeting saved = store.meetings().save(rakor()).stored();
        assertThat(saved.version()).isEqualTo(1);
        assertSameContent(store.meetings().get(saved.id()), saved);
        assertThat(store.meetings().get(saved.id()).decisions()).hasSize(5);
    }

    @Test
    public void hostedByListsTheHostsMeetingsByDate() {
        CoordinationMeeting march = store.meetings().save(world.meeting(province.id(), LocalDate.of(2026, 3, 2)))
                .stored();
        CoordinationMeeting january = store.meetings().save(world.meeting(province.id(), LocalDate.of(2026, 1, 20)))
                .stored();
        CoordinationMeeting cityMeeting = store.meetings().save(world.meeting(city.id(), LocalDate.of(2026, 2, 1)))
                .stored();
        assertThat(store.meetings().hostedBy(province.id())).containsExactly(january, march);
        assertThat(store.meetings().hostedBy(city.id())).containsExactly(cityMeeting);
        assertThat(store.meetings().hostedBy(TaskForceId.random())).isEmpty();
    }

    @Test
    public void openFollowUpsAreThoseNotDoneAndDueTodayOrLater() {
        CoordinationMeeting m = store.meetings().save(rakor()).stored();
        assertThat(store.meetings().followUps(FollowUpState.OPEN, today())).containsExactly(
                new PendingFollowUp(m.id(), province.id(), openInvestigation),
                new PendingFollowUp(m.id(), province.id(), provideShelter));
    }

    @Test
    public void overdueFollowUpsAreThoseNotDoneAndDueBeforeToday() {
        CoordinationMeeting m = store.meetings().save(rakor()).stored();
        assertThat(store.meetings().followUps(FollowUpState.OVERDUE, today()))
                .containsExactly(new PendingFollowUp(m.id(), province.id(), verifyResidents));
    }

    @Test
    public void theStateFollowsTheDateTheCallerGives() {
        store.meetings().save(rakor());
        assertThat(store.meetings().followUps(FollowUpState.OVERDUE, LocalDate.of(2026, 3, 16)))
                .extracting(PendingFollowUp::followUp).containsExactly(verifyResidents, openInvestigation);
        assertThat(store.meetings().followUps(FollowUpState.OPEN, LocalDate.of(2026, 2, 11)))
                .extracting(PendingFollowUp::followUp).containsExactly(verifyResidents, openInvestigation, provideShelter);
        assertThat(store.meetings().followUps(FollowUpState.OVERDUE, LocalDate.of(2026, 5, 1))).hasSize(3);
    }

    @Test
    public void doneFollowUpsAreNeverListedAndCannotBeAskedFor() {
        store.meetings().save(rakor());
        for (LocalDate day : List.of(LocalDate.of(2026, 2, 10), today(), LocalDate.of(2027, 1, 1))) {
            assertThat(store.meetings().followUps(FollowUpState.OPEN, day)).extracting(PendingFollowUp::followUp)
                    .doesNotContain(briefImmigration);
            assertThat(store.meetings().followUps(FollowUpState.OVERDUE, day)).extracting(PendingFollowUp::followUp)
                    .doesNotContain(briefImmigration);
        }
        assertThatThrownBy(() -> store.meetings().followUps(FollowUpState.DONE, today()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    public void markingAFollowUpDoneTakesItOffTheLists() {
        CoordinationMeeting m = store.meetings().save(rakor()).stored();
        CoordinationMeeting v2 = store.meetings().save(m.markDone(verifyResidents.id(), LocalDate.of(2026, 3, 14)))
                .stored();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(store.meetings().followUps(FollowUpState.OVERDUE, today())).isEmpty();
        assertThat(store.meetings().followUps(FollowUpState.OPEN, today())).hasSize(2);
    }

    @Test
    public void followUpsOfSeveralMeetingsComeByDueDateThenId() {
        FollowUp sameDayLow = new FollowUp(new FollowUpId(UUID.fromString("00000000-0000-4000-8000-000000000001")),
                "Laporan awal", world.dinsos.id(), LocalDate.of(2026, 4, 30), null);
        FollowUp sameDayHigh = new FollowUp(new FollowUpId(UUID.fromString("ffffffff-0000-4000-8000-000000000001")),
                "Laporan akhir", world.dinsos.id(), LocalDate.of(2026, 4, 30), null);
        FollowUp early = followUp("Pendataan", world.polda.id(), LocalDate.of(2026, 3, 20));
        CoordinationMeeting m1 = store.meetings().save(world.meeting(province.id(), LocalDate.of(2026, 3, 1), sameDayHigh))
                .stored();
        CoordinationMeeting m2 = store.meetings().save(world.meeting(city.id(), LocalDate.of(2026, 3, 3), early, sameDayLow))
                .stored();
        assertThat(store.meetings().followUps(FollowUpState.OPEN, today())).containsExactly(
                new PendingFollowUp(m2.id(), city.id(), early),
                new PendingFollowUp(m2.id(), city.id(), sameDayLow),
                new PendingFollowUp(m1.id(), province.id(), sameDayHigh));
    }

    @Test
    public void aDeletedMeetingsFollowUpsAreGone() {
        CoordinationMeeting m = store.meetings().save(rakor()).stored();
        store.meetings().delete(m.id(), 1);
        assertThat(store.meetings().find(m.id())).isEmpty();
        assertThat(store.meetings().followUps(FollowUpState.OPEN, today())).isEmpty();
        assertThat(store.meetings().followUps(FollowUpState.OVERDUE, today())).isEmpty();
        assertThat(store.meetings().hostedBy(province.id())).isEmpty();
    }

    @Test
    public void anUnknownHostIsAReferenceError() {
        CoordinationMeeting orphan = world.meeting(TaskForceId.random(), LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> store.meetings().save(orphan))
                .isInstanceOfSatisfying(ReferenceException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("Meeting");
                    assertThat(e.field()).isEqualTo("host");
                    assertThat(e).hasMessageContaining(orphan.id().toString());
                });
        assertThat(store.meetings().find(orphan.id())).isEmpty();
    }

    @Test
    public void anUnknownParticipantIsAReferenceError() {
        AgencyId ghost = AgencyId.random();
        CoordinationMeeting m = world.meeting(province.id(), LocalDate.of(2026, 3, 2)).withParticipant(ghost);
        assertThat(m.participants()).hasSize(6);
        assertThatThrownBy(() -> store.meetings().save(m))
                .isInstanceOfSatisfying(ReferenceException.class, e -> {
                    assertThat(e.field()).isEqualTo("participants[5]");
                    assertThat(e).hasMessageContaining(ghost.toString());
                });
        assertThat(store.meetings().find(m.id())).isEmpty();
    }

    @Test
    public void anUnknownAssigneeIsAReferenceError() {
        AgencyId ghost = AgencyId.random();
        CoordinationMeeting m = world.meeting(province.id(), LocalDate.of(2026, 3, 2),
                followUp("Tugas tanpa instansi", ghost, LocalDate.of(2026, 4, 1)));
        assertThatThrownBy(() -> store.meetings().save(m))
                .isInstanceOfSatisfying(ReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("decisions[1].followUp.assignee"));
        assertThat(store.meetings().find(m.id())).isEmpty();
        assertThat(store.meetings().followUps(FollowUpState.OPEN, today())).isEmpty();
    }

    @Test
    public void aStaleCopyIsAConflictAndChangesNothing() {
        CoordinationMeeting v1 = store.meetings().save(rakor()).stored();
        CoordinationMeeting v2 = store.meetings().save(v1).stored();
        assertThatThrownBy(() -> store.meetings().save(v1.withVenue("Aula Polda Kalimantan Barat")))
                .isInstanceOf(ConflictException.class).hasMessageContaining(v1.id().toString());
        assertSameContent(store.meetings().get(v1.id()), v2);
        assertThat(store.meetings().followUps(FollowUpState.OPEN, today())).hasSize(2);
        assertThatThrownBy(() -> store.meetings().get(id.gugus.meeting.MeetingId.random()))
                .isInstanceOf(NotFoundException.class);
    }
}
