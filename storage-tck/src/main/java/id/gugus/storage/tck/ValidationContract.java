package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.advanced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableSet;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.CaseValidator;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.LegalElements;
import id.gugus.cases.Sex;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.Period;
import id.gugus.error.AccessDeniedException;
import id.gugus.error.DuplicateException;
import id.gugus.error.ReferenceException;
import id.gugus.error.ValidationException;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.FollowUpState;
import id.gugus.meeting.MeetingValidator;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import id.gugus.plan.ActionPlanValidator;
import id.gugus.plan.Activity;
import id.gugus.plan.PlanStatus;
import id.gugus.security.AccessRule;
import id.gugus.store.GugusStore;
import id.gugus.store.Saved;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import id.gugus.taskforce.TaskForceValidator;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every write validates first with the core validators and stores nothing invalid: the store,
 * not the caller, runs the rules, whatever the back-end. Warnings never block a write, and the
 * save returns every one of them ({@link Saved}), as the validator gives them. A task force or a
 * plan can be validated without saving, against the stored parent the store looks up.
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
        TraffickingCase investigated = store.cases().save(TckFixtures.withVictims(c, List.of(child, withoutMeans)))
                .stored();
        investigated = store.cases().save(advanced(investigated, CaseStatus.INQUIRY)).stored();
        investigated = store.cases().save(advanced(investigated, CaseStatus.INVESTIGATION)).stored();
        TraffickingCase before = investigated;

        TraffickingCase prosecuted = advanced(investigated, CaseStatus.PROSECUTION);
        assertThatThrownBy(() -> store.cases().save(prosecuted))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::ruleId).contains("CASE-PROSECUTION-ELEMENTS");
                    assertThat(e.violations()).filteredOn(v -> v.ruleId().equals("CASE-PROSECUTION-ELEMENTS"))
                            .extracting(Violation::path).allMatch(path -> path.startsWith("victims[1]"));
                    assertThat(e).hasMessageContaining("Case").hasMessageContaining(c.id().toString());
                    assertThat(e.getMessage()).doesNotContain(adult.personal().shownName());
                });
        assertSameContent(store.cases().get(c.id()), before);
        assertThat(store.cases().get(c.id()).status()).isEqualTo(CaseStatus.INVESTIGATION);
    }

    @Test
    public void aChangeIsValidatedAgainstTheStoredCopy() {
        TraffickingCase reported = store.cases().save(TckFixtures.simpleCase("LP/VAL/2", LocalDate.of(2026, 1, 5)))
                .stored();
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
        assertThat(store.cases().save(TckFixtures.simpleCase("LP/VAL/4", today())).stored().version()).isEqualTo(1);
    }

    @Test
    public void aTaskForceWithThePre2023DailyChairIsRefused() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        TaskForce old = TckWorld.withDailyChair(world.provincialTaskForce(national.id()),
                Official.of(Position.HEAD_OF_DINAS_PPPA, "Nurhayati"));
        assertRefused(() -> store.taskForces().save(old), "TF-DAILY-CHAIR", "TaskForce", old.id());
        assertThat(store.taskForces().find(old.id())).isEmpty();
        assertThat(store.taskForces().activeFor(TckFixtures.KALBAR)).isEmpty();
    }

    @Test
    public void aPlanWithAnActivityOutsideItsPeriodIsRefused() {
        ActionPlan ran = store.actionPlans().save(world.nationalPlan()).stored();
        ActionPlan rad = world.provincialPlan(ran.id(), Period.years(2021, 2024));
        Activity a = rad.activities().get(0);
        ActionPlan late = rad.replaceActivity(0, new Activity(a.title(), a.cluster(), a.responsible(), a.targetGroups(),
                a.indicator(), Period.years(2024, 2025), a.budget(), a.progress()));
        assertRefused(() -> store.actionPlans().save(late), "PLAN-ACTIVITY-SCHEDULE", "ActionPlan", late.id());
        assertThat(store.actionPlans().find(late.id())).isEmpty();
    }

    @Test
    public void aFollowUpDueBeforeItsMeetingIsRefused() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        CoordinationMeeting m = world.meeting(national.id(), LocalDate.of(2026, 2, 10),
                TckWorld.followUp("Laporan", world.polda.id(), LocalDate.of(2026, 2, 1)));
        assertRefused(() -> store.meetings().save(m), "MEETING-FOLLOWUP-DUE", "Meeting", m.id());
        assertThat(store.meetings().find(m.id())).isEmpty();
        assertThat(store.meetings().followUps(FollowUpState.OVERDUE, today())).isEmpty();
    }

    @Test
    public void warningsDoNotBlockAWriteAndTheSaveReturnsThem() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        // The follow-up's assignee did not take part in the meeting: a warning (MEETING-ASSIGNEE).
        CoordinationMeeting m = world.meeting(national.id(), LocalDate.of(2026, 2, 10),
                TckWorld.followUp("Pendampingan hukum", world.lpsk.id(), LocalDate.of(2026, 4, 1)));
        Violations expected = MeetingValidator.validate(m);
        assertThat(expected.warnings()).extracting(Violation::ruleId).contains("MEETING-ASSIGNEE");
        assertThat(expected.hasErrors()).isFalse();

        Saved<CoordinationMeeting> saved = store.meetings().save(m);

        assertThat(saved.stored().version()).isEqualTo(1);
        assertThat(saved.warnings()).containsExactlyElementsOf(expected.warnings());
        assertThat(store.meetings().get(m.id())).isEqualTo(saved.stored());
    }

    /**
     * A provincial task force formed in 2019 with the head of Dinas PPPA as daily chair was lawful
     * then: the save stores it, and returns the warning that it must be re-formed.
     */
    @Test
    public void aTaskForceThatMustBeReformedIsStoredAndTheSaveSaysSo() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        TaskForce formed2019 = formedIn2019(world.provincialTaskForce(national.id()));
        Violations expected = TaskForceValidator.validate(formed2019, Optional.of(national));
        assertThat(expected.hasErrors()).isFalse();

        Saved<TaskForce> saved = store.taskForces().save(formed2019);

        assertThat(saved.hasWarnings()).isTrue();
        assertThat(saved.hasWarning("TF-NONCOMPLIANT")).isTrue();
        assertThat(saved.warnings()).containsExactlyElementsOf(expected.warnings());
        assertThat(saved.warnings()).filteredOn(w -> w.ruleId().equals("TF-NONCOMPLIANT"))
                .extracting(Violation::path).containsExactly("dailyChair");
        assertThat(saved.stored().version()).isEqualTo(1);
        assertThat(store.taskForces().activeFor(TckFixtures.KALBAR)).contains(saved.stored());
    }

    /** A plan missing a cluster is stored, on insert and on every update, and each save names the cluster. */
    @Test
    public void aPlanMissingAClusterIsStoredAndEverySaveReturnsTheWarning() {
        ActionPlan ran = store.actionPlans().save(world.nationalPlan()).stored();
        ActionPlan rad = world.provincialPlan(ran.id(), Period.years(2021, 2024));
        Cluster dropped = rad.activities().get(0).cluster();
        for (int i = rad.activities().size() - 1; i >= 0; i--) {
            if (rad.activities().get(i).cluster() == dropped) {
                rad = rad.withoutActivity(i);
            }
        }
        Violations expected = ActionPlanValidator.validate(rad, Optional.of(ran));
        assertThat(expected.warnings()).extracting(Violation::ruleId).containsExactly("PLAN-CLUSTER-MISSING");

        Saved<ActionPlan> inserted = store.actionPlans().save(rad);
        Saved<ActionPlan> updated = store.actionPlans().save(inserted.stored().withTitle("RAD PP-TPPO 2021-2024"));

        assertThat(inserted.warnings()).containsExactlyElementsOf(expected.warnings());
        assertThat(updated.warnings()).containsExactlyElementsOf(expected.warnings());
        assertThat(updated.stored().version()).isEqualTo(2);
        assertThat(store.actionPlans().get(rad.id())).isEqualTo(updated.stored());
    }

    /** An adult victim without the means element: registered, with the warning CASE-ELEMENTS on that victim. */
    @Test
    public void aCaseWithIncompleteElementsIsRegisteredAndTheSaveSaysWhichVictim() {
        TraffickingCase c = TckFixtures.simpleCase("LP/VAL/5", LocalDate.of(2025, 10, 1));
        Victim adult = c.victims().get(0);
        Victim withoutMeans = adult.withElements(
                new LegalElements(adult.elements().acts(), ImmutableSet.of(), adult.elements().purposes()));
        TraffickingCase incomplete = TckFixtures.withVictims(c, List.of(withoutMeans));
        Violations expected = CaseValidator.validate(incomplete, today());

        Saved<TraffickingCase> saved = store.cases().save(incomplete);

        assertThat(saved.warnings()).containsExactlyElementsOf(expected.warnings());
        assertThat(saved.warnings()).filteredOn(w -> w.ruleId().equals("CASE-ELEMENTS"))
                .extracting(Violation::path).isNotEmpty().allMatch(path -> path.startsWith("victims[0]"));
        assertThat(saved.warnings()).extracting(w -> w.format(Locale.ENGLISH))
                .noneMatch(text -> text.contains(adult.personal().shownName()));
        assertSameContent(store.cases().get(c.id()), saved.stored());
    }

    @Test
    public void aSaveWithoutWarningsReturnsNone() {
        Saved<TaskForce> national = store.taskForces().save(world.nationalTaskForce());
        Saved<TaskForce> provincial = store.taskForces().save(world.provincialTaskForce(national.stored().id()));

        assertThat(national.hasWarnings()).isFalse();
        assertThat(provincial.warnings()).isEmpty();
        assertThat(provincial.hasWarning("TF-NONCOMPLIANT")).isFalse();
    }

    /** The store finds the parent the task force names and checks the hierarchy against it; nothing is stored. */
    @Test
    public void aTaskForceIsValidatedAgainstTheStoredParentItNames() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        // A city's task force reports to its province's, not to the national one.
        TaskForce skipping = world.cityTaskForce(national.id());
        TaskForce provincial = world.provincialTaskForce(national.id());

        Violations wrongParent = store.taskForces().validate(skipping);
        Violations lawful = store.taskForces().validate(provincial);

        assertThat(wrongParent.errors()).extracting(Violation::ruleId, Violation::path)
                .containsExactly(tuple("TF-PARENT", "parent"));
        assertThat(wrongParent).isEqualTo(TaskForceValidator.validate(skipping, Optional.of(national)));
        assertThat(lawful.isEmpty()).isTrue();
        assertThat(store.taskForces().find(skipping.id())).isEmpty();
        assertThat(store.taskForces().find(provincial.id())).isEmpty();
    }

    /** What validate says is what save does: its warnings are the save's, and an error refuses the save. */
    @Test
    public void validatingATaskForceFindsWhatItsSaveFinds() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        TaskForce formed2019 = formedIn2019(world.provincialTaskForce(national.id()));

        Violations found = store.taskForces().validate(formed2019);

        assertThat(found.hasErrors()).isFalse();
        assertThat(found.warnings()).extracting(Violation::ruleId).containsExactly("TF-NONCOMPLIANT");
        assertThat(store.taskForces().save(formed2019).warnings()).isEqualTo(found.warnings());
    }

    /** A regency's coordinator validates against the provincial task force, outside its scope, without reading it. */
    @Test
    public void aScopedCoordinatorValidatesAgainstAParentOutsideItsScope() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        TaskForce provincial = store.taskForces().save(world.provincialTaskForce(national.id())).stored();
        GugusStore pontianak = store.as(TckActors.COORDINATOR_PONTIANAK);

        assertThat(pontianak.taskForces().validate(world.cityTaskForce(provincial.id())).isEmpty()).isTrue();
        assertThat(pontianak.taskForces().validate(world.cityTaskForce(national.id())).errors())
                .extracting(Violation::ruleId).containsExactly("TF-PARENT");
    }

    @Test
    public void validatingIsAccessChecked() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        ActionPlan ran = store.actionPlans().save(world.nationalPlan()).stored();
        TaskForce provincial = world.provincialTaskForce(national.id());
        ActionPlan rad = world.provincialPlan(ran.id(), Period.years(2021, 2024));
        GugusStore pontianak = store.as(TckActors.COORDINATOR_PONTIANAK);
        GugusStore caseWorker = store.as(TckActors.CASE_WORKER_KALBAR);

        assertThatThrownBy(() -> pontianak.taskForces().validate(provincial))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo(AccessRule.SCOPE));
        assertThatThrownBy(() -> pontianak.actionPlans().validate(rad))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.rule()).isEqualTo(AccessRule.SCOPE));
        assertThatThrownBy(() -> caseWorker.taskForces().validate(provincial))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo(AccessRule.PERMISSION));
        assertThatThrownBy(() -> caseWorker.actionPlans().validate(rad))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo(AccessRule.PERMISSION));
    }

    @Test
    public void aParentThatIsNotStoredIsAMissingReference() {
        TaskForce orphan = world.provincialTaskForce(TaskForceId.random());
        ActionPlan orphanPlan = world.provincialPlan(ActionPlanId.random(), Period.years(2021, 2024));

        assertThatThrownBy(() -> store.taskForces().validate(orphan))
                .isInstanceOfSatisfying(ReferenceException.class, e -> assertThat(e.field()).isEqualTo("parent"));
        assertThatThrownBy(() -> store.actionPlans().validate(orphanPlan))
                .isInstanceOfSatisfying(ReferenceException.class, e -> assertThat(e.field()).isEqualTo("parent"));
    }

    /** A RAD is checked against the stored RAN it names: its period must lie within the RAN's. */
    @Test
    public void aPlanIsValidatedAgainstTheStoredPlanItDerivesFrom() {
        ActionPlan ran = store.actionPlans().save(world.nationalPlan()).stored();
        ActionPlan tooLong = world.provincialPlan(ran.id(), Period.years(2021, 2026));
        ActionPlan within = world.provincialPlan(ran.id(), Period.years(2021, 2024));

        Violations outside = store.actionPlans().validate(tooLong);

        assertThat(outside.errors()).extracting(Violation::ruleId).contains("PLAN-PERIOD");
        assertThat(outside).isEqualTo(ActionPlanValidator.validate(tooLong, Optional.of(ran)));
        assertThat(store.actionPlans().validate(within).isEmpty()).isTrue();
        assertThat(store.actionPlans().find(tooLong.id())).isEmpty();
    }

    /** A copy of a stored plan is validated as its save would be: the lifecycle step from the stored copy too. */
    @Test
    public void aChangedPlanIsValidatedAgainstItsStoredCopy() {
        ActionPlan ran = store.actionPlans().save(world.nationalPlan()).stored();
        ActionPlan draft = store.actionPlans().save(world.provincialPlan(ran.id(), Period.years(2021, 2024))).stored();
        ActionPlan evaluated = new ActionPlan(draft.id(), draft.version(), draft.title(), draft.jurisdiction(),
                draft.parent(), draft.period(), PlanStatus.EVALUATED, draft.decree(), draft.activities());

        assertThat(store.actionPlans().validate(evaluated).errors()).extracting(Violation::ruleId)
                .contains("PLAN-LIFECYCLE");
        assertThat(store.actionPlans().validate(draft.withTitle("RAD Kalimantan Barat 2021-2024")).isEmpty()).isTrue();
    }

    /** A batch is stored whole: every case at version 1, each with its warnings and its audit entry. */
    @Test
    public void saveAllStoresEveryCaseWithItsWarningsAndItsAuditEntry() {
        TraffickingCase first = TckFixtures.simpleCase("LP/BULK/1", LocalDate.of(2025, 10, 1));
        Victim adult = first.victims().get(0);
        TraffickingCase incomplete = TckFixtures.withVictims(TckFixtures.simpleCase("LP/BULK/2", LocalDate.of(2025, 10, 2)),
                List.of(adult.withElements(new LegalElements(adult.elements().acts(), ImmutableSet.of(),
                        adult.elements().purposes()))));
        TraffickingCase third = TckFixtures.simpleCase("LP/BULK/3", LocalDate.of(2025, 10, 3));
        long entriesBefore = StoreSnapshot.auditOf(backend).size();

        List<Saved<TraffickingCase>> saved = store.cases().saveAll(List.of(first, incomplete, third));

        assertThat(saved).extracting(sv -> sv.stored().id()).containsExactly(first.id(), incomplete.id(), third.id());
        assertThat(saved).extracting(sv -> sv.stored().version()).containsExactly(1L, 1L, 1L);
        assertThat(saved).extracting(Saved::hasWarnings).containsExactly(false, true, false);
        assertThat(saved.get(1).warnings())
                .containsExactlyElementsOf(CaseValidator.validate(incomplete, today()).warnings());
        for (Saved<TraffickingCase> one : saved) {
            assertSameContent(store.cases().get(one.stored().id()), one.stored());
        }
        assertThat(StoreSnapshot.auditOf(backend).stream().skip(entriesBefore)
                .filter(e -> e.action() == AuditAction.CREATE && e.aggregateType().equals("Case")))
                .extracting(AuditEntry::aggregateId)
                .containsExactlyInAnyOrder(first.id().toString(), incomplete.id().toString(), third.id().toString());
    }

    /** Every invalid case of a batch is named by its index, and nothing of the batch is stored. */
    @Test
    public void saveAllNamesEveryInvalidCaseByItsIndexAndStoresNothing() {
        List<TraffickingCase> batch = List.of(
                TckFixtures.simpleCase("LP/BULK/10", LocalDate.of(2025, 10, 1)),
                TckFixtures.simpleCase("LP/BULK/11", today().plusDays(1)),
                TckFixtures.simpleCase("LP/BULK/12", LocalDate.of(2025, 10, 3)),
                TckFixtures.simpleCase("LP/BULK/13", today().plusDays(30)).withVersion(-1));
        long entriesBefore = StoreSnapshot.auditOf(backend).size();

        assertThatThrownBy(() -> store.cases().saveAll(batch))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::ruleId, Violation::path)
                            .contains(tuple("VERSION-NEGATIVE", "[3].version"));
                    assertThat(e.violations()).filteredOn(v -> v.ruleId().equals("CASE-DATE-FUTURE"))
                            .extracting(Violation::path).isNotEmpty().allMatch(path -> path.startsWith("[1]."));
                    assertThat(e.violations()).extracting(Violation::path)
                            .allMatch(path -> path.startsWith("[1].") || path.startsWith("[3]."));
                    assertThat(e).hasMessageContaining("[3].version");
                });
        for (TraffickingCase c : batch) {
            assertThat(store.cases().find(c.id())).isEmpty();
        }
        assertThat(StoreSnapshot.auditOf(backend)).hasSize((int) entriesBefore);
    }

    /**
     * A batch that passes validation but fails while it is written (the third case names an area
     * that does not exist, the fourth takes the first one's number) leaves nothing stored: the
     * cases written before the failure are rolled back with their audit entries.
     */
    @Test
    public void aFailureInTheMiddleOfABatchLeavesNothingStored() {
        TraffickingCase first = TckFixtures.simpleCase("LP/BULK/20", LocalDate.of(2025, 10, 1));
        TraffickingCase second = TckFixtures.simpleCase("LP/BULK/21", LocalDate.of(2025, 10, 2));
        TraffickingCase nowhere = TckFixtures.registeredIn(
                TckFixtures.simpleCase("LP/BULK/22", LocalDate.of(2025, 10, 3)), TckFixtures.UNKNOWN_AREA);
        TraffickingCase sameNumber = TckFixtures.simpleCase("LP/BULK/20", LocalDate.of(2025, 10, 4));
        long entriesBefore = StoreSnapshot.auditOf(backend).size();

        assertThatThrownBy(() -> store.cases().saveAll(List.of(first, second, nowhere)))
                .isInstanceOf(ReferenceException.class);
        assertThatThrownBy(() -> store.cases().saveAll(List.of(first, second, sameNumber)))
                .isInstanceOf(DuplicateException.class);

        assertThat(store.cases().find(first.id())).isEmpty();
        assertThat(store.cases().find(second.id())).isEmpty();
        assertThat(store.cases().count(CaseQuery.all())).isZero();
        assertThat(StoreSnapshot.auditOf(backend)).hasSize((int) entriesBefore);
        assertThat(store.cases().saveAll(List.of(first, second))).hasSize(2);
        assertThat(store.cases().saveAll(List.of())).isEmpty();
    }

    /**
     * A batch of new cases, one of which takes the number of a case stored before, is refused as
     * a single save would be, with a {@link DuplicateException} naming that number, however the
     * store writes the batch (one by one, or all of its rows at once); none of it is stored.
     */
    @Test
    public void aBatchTakingAStoredNumberIsADuplicateNamingItAndStoresNothing() {
        TraffickingCase stored = store.cases().save(TckFixtures.simpleCase("LP/BULK/30", LocalDate.of(2025, 9, 30))).stored();
        List<TraffickingCase> batch = List.of(
                TckFixtures.simpleCase("LP/BULK/31", LocalDate.of(2025, 10, 1)),
                TckFixtures.simpleCase("LP/BULK/3", LocalDate.of(2025, 10, 2)),
                TckFixtures.simpleCase("LP/BULK/30", LocalDate.of(2025, 10, 3)),
                TckFixtures.simpleCase("LP/BULK/32", LocalDate.of(2025, 10, 4)));
        long entriesBefore = StoreSnapshot.auditOf(backend).size();

        assertThatThrownBy(() -> store.cases().saveAll(batch))
                .isInstanceOfSatisfying(DuplicateException.class, e -> assertThat(e.key()).isEqualTo("LP/BULK/30"));

        for (TraffickingCase c : batch) {
            assertThat(store.cases().find(c.id())).isEmpty();
        }
        assertThat(StoreSnapshot.auditOf(backend)).hasSize((int) entriesBefore);
        assertThat(store.cases().count(CaseQuery.all())).isEqualTo(1);
        assertThat(store.cases().findByNumber(stored.number()).map(TraffickingCase::id)).contains(stored.id());
    }

    @Test
    public void saveAllOfMeetingsNamesTheInvalidOneByItsIndex() {
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        CoordinationMeeting lawful = world.meeting(national.id(), LocalDate.of(2026, 2, 10),
                TckWorld.followUp("Laporan", world.polda.id(), LocalDate.of(2026, 3, 1)));
        CoordinationMeeting early = world.meeting(national.id(), LocalDate.of(2026, 2, 10),
                TckWorld.followUp("Laporan", world.polda.id(), LocalDate.of(2026, 2, 1)));

        assertThatThrownBy(() -> store.meetings().saveAll(List.of(lawful, early)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::ruleId, Violation::path)
                        .contains(tuple("MEETING-FOLLOWUP-DUE", "[1].decisions[1].followUp.due")));
        assertThat(store.meetings().find(lawful.id())).isEmpty();
        assertThat(store.meetings().saveAll(List.of(lawful))).extracting(sv -> sv.stored().version()).containsExactly(1L);
    }

    /** The same task force as first formed in 2019 (governor's decree, head of Dinas PPPA as daily chair). */
    private static TaskForce formedIn2019(TaskForce tf) {
        TaskForce old = TckWorld.withDailyChair(tf, Official.of(Position.HEAD_OF_DINAS_PPPA, "Nurhayati"));
        return new TaskForce(old.id(), old.version(), old.name(), old.level(), old.jurisdiction(), old.chair(),
                old.dailyChair(), old.subTaskForces(), old.members(),
                Decree.draft("255/DPPPA/2019").sign(LocalDate.of(2019, 4, 8), old.chair()), old.status(),
                old.parent(), old.legalBasis(), old.history());
    }

    /** The write fails with a {@link ValidationException} holding {@code ruleId}, naming the aggregate. */
    protected void assertRefused(Runnable write, String ruleId, String entityType, Object id) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations()).extracting(Violation::ruleId).contains(ruleId);
            assertThat(e).hasMessageContaining(entityType + " " + id);
        });
    }
}
