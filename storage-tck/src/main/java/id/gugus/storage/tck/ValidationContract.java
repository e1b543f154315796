package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.advanced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.LegalElements;
import id.gugus.cases.Sex;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.Period;
import id.gugus.error.ValidationException;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.FollowUpState;
import id.gugus.meeting.MeetingValidator;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.Activity;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.TaskForce;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every write validates first with the core validators and stores nothing invalid: the store,
 * not the caller, runs the rules, whatever the back-end.
 */
@Tag(TckTags.STORE_RULE)
@Tag(TckTags.VALIDATION)
public abstract class ValidationContract extends StorageContract {
    protected TckWorld world;

    @BeforeEach
    public void seed() {
        world = seedWorld();
    }

    /**
     * An adult victim without the means element: the case may be registered and investigated
     * (docs/cases.md), but not moved to prosecution (rule {@code CASE-PROSECUTION-ELEMENTS}).
     */
    @Test
    public void prosecutionWithoutTheMeansOfAnAdultVictimIsRefusedAndNothingIsStored() {
        TraffickingCase c = TckFixtures.simpleCase("LP/VAL/1", LocalDate.of(2025, 10, 1));
        Victim adult = c.victims().get(0);
        Victim withoutMeans = adult.withElements(
                new LegalElements(adult.elements().acts(), ImmutableSet.of(), adult.elements().purposes()));
        Victim child = TckFixtures.victim(Sex.FEMALE, 16, adult.traffickedOn(), TckFixtures.SAMBAS,
                ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM);
        TraffickingCase investigated = store.cases().save(TckFixtures.withVictims(c, List.of(child, withoutMeans)));
        investigated = store.cases().save(advanced(investigated, CaseStatus.INQUIRY));
        investigated = store.cases().save(advanced(investigated, CaseStatus.INVESTIGATION));
        TraffickingCase before = investigated;

        TraffickingCase prosecuted = advanced(investigated, CaseStatus.PROSECUTION);
        assertThatThrownBy(() -> store.cases().save(prosecuted))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::ruleId).contains("CASE-PROSECUTION-ELEMENTS");
                    assertThat(e.violations()).filteredOn(v -> v.ruleId().equals("CASE-PROSECUTION-ELEMENTS"))
                            .extracting(Violation::path).allMatch(path -> path.startsWith("victims[1]"));
                    assertThat(e).hasMessageContaining("Case").hasMessageContaining(c.id().toString());
                    assertThat(e.getMessage()).doesNotContain(adult.personal().name());
                });
        assertSameContent(store.cases().get(c.id()), before);
        assertThat(store.cases().get(c.id()).status()).isEqualTo(CaseStatus.INVESTIGATION);
    }

    @Test
    public void aChangeIsValidatedAgainstTheStoredCopy() {
        TraffickingCase reported = store.cases().save(TckFixtures.simpleCase("LP/VAL/2", LocalDate.of(2026, 1, 5)));
        TraffickingCase skipping = TckFixtures.newCase("LP/VAL/2", reported.registeredIn(), reported.reportedOn(),
                CaseStatus.INVESTIGATION, reported.route(), reported.victims().toArray(Victim[]::new));
        TraffickingCase jump = new TraffickingCase(reported.id(), reported.version(), reported.number(),
                reported.registeredIn(), reported.reportedOn(), CaseStatus.INVESTIGATION, null, reported.victims(),
                reported.suspects(), reported.route(), skipping.statusHistory());
        assertRefused(() -> store.cases().save(jump), "CASE-STATUS-TRANSITION", "Case", reported.id());
        assertSameContent(store.cases().get(reported.id()), reported);
    }

    @Test
    public void todayComesFromTheStoresClock() {
        TraffickingCase tomorrow = TckFixtures.simpleCase("LP/VAL/3", today().plusDays(1));
        assertRefused(() -> store.cases().save(tomorrow), "CASE-DATE-FUTURE", "Case", tomorrow.id());
        assertThat(store.cases().find(tomorrow.id())).isEmpty();
        assertThat(store.cases().save(TckFixtures.simpleCase("LP/VAL/4", today())).version()).isEqualTo(1);
    }

    @Test
    public void aTaskForceWithThePre2023DailyChairIsRefused() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce());
        TaskForce old = TckWorld.withDailyChair(world.provincialTaskForce(national.id()),
                Official.of(Position.HEAD_OF_DINAS_PPPA, "Nurhayati"));
        assertRefused(() -> store.taskForces().save(old), "TF-DAILY-CHAIR", "TaskForce", old.id());
        assertThat(store.taskForces().find(old.id())).isEmpty();
        assertThat(store.taskForces().activeFor(TckFixtures.KALBAR)).isEmpty();
    }

    @Test
    public void aPlanWithAnActivityOutsideItsPeriodIsRefused() {
        ActionPlan ran = store.actionPlans().save(world.nationalPlan());
        ActionPlan rad = world.provincialPlan(ran.id(), Period.years(2021, 2024));
        Activity a = rad.activities().get(0);
        ActionPlan late = rad.replaceActivity(0, new Activity(a.title(), a.cluster(), a.responsible(), a.targetGroups(),
                a.indicator(), Period.years(2024, 2025), a.budget(), a.progress()));
        assertRefused(() -> store.actionPlans().save(late), "PLAN-ACTIVITY-SCHEDULE", "ActionPlan", late.id());
        assertThat(store.actionPlans().find(late.id())).isEmpty();
    }

    @Test
    public void aFollowUpDueBeforeItsMeetingIsRefused() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce());
        CoordinationMeeting m = world.meeting(national.id(), LocalDate.of(2026, 2, 10),
                TckWorld.followUp("Laporan", world.polda.id(), LocalDate.of(2026, 2, 1)));
        assertRefused(() -> store.meetings().save(m), "MEETING-FOLLOWUP-DUE", "Meeting", m.id());
        assertThat(store.meetings().find(m.id())).isEmpty();
        assertThat(store.meetings().followUps(FollowUpState.OVERDUE, today())).isEmpty();
    }

    @Test
    public void warningsDoNotBlockAWrite() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce());
        // The follow-up's assignee did not take part in the meeting: a warning (MEETING-ASSIGNEE).
        CoordinationMeeting m = world.meeting(national.id(), LocalDate.of(2026, 2, 10),
                TckWorld.followUp("Pendampingan hukum", world.lpsk.id(), LocalDate.of(2026, 4, 1)));
        assertThat(MeetingValidator.validate(m).warnings()).extracting(Violation::ruleId).contains("MEETING-ASSIGNEE");
        assertThat(MeetingValidator.validate(m).hasErrors()).isFalse();
        assertThat(store.meetings().save(m).version()).isEqualTo(1);
    }

    /** The write fails with a {@link ValidationException} holding {@code ruleId}, naming the aggregate. */
    protected void assertRefused(Runnable write, String ruleId, String entityType, Object id) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).extracting(Violation::ruleId).contains(ruleId);
            assertThat(e).hasMessageContaining(entityType + " " + id);
        });
    }
}
