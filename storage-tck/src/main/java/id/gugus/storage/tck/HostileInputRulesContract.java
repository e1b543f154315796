package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckActors.CASE_WORKER_NTT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Restitution;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.Dates;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.common.Period;
import id.gugus.common.Rupiah;
import id.gugus.error.AccessDeniedException;
import id.gugus.error.GugusException;
import id.gugus.error.ValidationException;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.Decision;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.Activity;
import id.gugus.plan.Budget;
import id.gugus.plan.FundingSource;
import id.gugus.plan.Indicator;
import id.gugus.plan.PlanRealisation;
import id.gugus.plan.ProgressReport;
import id.gugus.security.AccessRule;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForce;
import id.gugus.validation.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile and careless input, the store's side (issue #16): what it refuses, and how. A total of
 * budgets beyond {@link Rupiah#MAX}, a date no store keeps, a forged cursor, a negative version,
 * a redacted copy saved back: each is refused by its rule, access first where access applies
 * (refused and audited), and nothing is stored. A refusal shows nothing that could forge or hide
 * a line; an answer derived from personal data reveals nothing outside the actor's scope.
 * {@link HostileInputContract} is the back-end's side.
 */
@Tag(TckTags.STORE_RULE)
@Tag(TckTags.HOSTILE_INPUT)
public abstract class HostileInputRulesContract extends SecurityContract {

    /** Budgets adding up to exactly {@link Rupiah#MAX} are kept and summed; one rupiah more is refused, nothing stored. */
    @Test
    public void budgetsUpToTheBoundAreSummedAndATotalBeyondItIsRefused() {
        TckWorld world = seedWorld();
        ActionPlan ran = world.nationalPlan();
        int n = ran.activities().size();
        ActionPlan atTheBound = withBudgets(ran, n, Rupiah.MAX / n, Rupiah.MAX - (Rupiah.MAX / n) * (n - 1));
        ActionPlan saved = store.actionPlans().save(atTheBound).stored();
        assertThat(PlanRealisation.of(store.actionPlans().get(saved.id())).totalBudget()).isEqualTo(Rupiah.of(Rupiah.MAX));

        ActionPlan beyond = withBudgets(world.nationalPlan(), n, Rupiah.MAX, Rupiah.MAX);
        assertRefusedAndNothingStored(() -> store.actionPlans().save(beyond), "PLAN-BUDGET-TOTAL", "activities");
        ActionPlan oneMore = withBudgets(saved, n, Rupiah.MAX / n, Rupiah.MAX - (Rupiah.MAX / n) * (n - 1) + 1);
        assertRefusedAndNothingStored(() -> store.actionPlans().save(oneMore), "PLAN-BUDGET-TOTAL", "activities");
    }

    /** A date no store keeps is refused by rule DATE-RANGE before anything is stored. */
    @Test
    public void datesOutsideTheRangeAreRefusedAndNothingIsStored() {
        seedWorld();
        for (LocalDate date : List.of(LocalDate.MIN, LocalDate.of(0, 12, 31), LocalDate.of(-5, 1, 1))) {
            TraffickingCase c = TckFixtures.simpleCase("LP/HOSTILE/DATE", LocalDate.of(2025, 6, 1));
            TraffickingCase reported = new TraffickingCase(c.id(), 0, c.number(), c.registeredIn(), date, c.status(),
                    null, ImmutableList.of(), c.suspects(), c.route(), ImmutableList.of());
            assertRefusedAndNothingStored(() -> store.cases().save(reported), "DATE-RANGE", "reportedOn");
            Victim v = c.victims().get(0);
            Victim born = v.toBuilder().birthDate(date).build();
            assertRefusedAndNothingStored(() -> store.cases().save(TckFixtures.withVictims(c, List.of(born))),
                    "DATE-RANGE", "victims[0].birthDate");
        }
        assertThat(catchThrowable(() -> Period.of(LocalDate.of(0, 1, 1), LocalDate.of(2025, 1, 1))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("[DATE-RANGE]");
    }

    /** A refusal naming hostile text (a case number) shows it on one line with nothing hidden; so does every audit field. */
    @Test
    public void refusalsAndAuditEntriesShowNothingThatCouldForgeALine() {
        seedWorld();
        TraffickingCase c = store.cases().save(TckFixtures.simpleCase("LP/1\n[ACCESS-SCOPE] forged\u2028\u202eevil\u200b",
                LocalDate.of(2025, 6, 1))).stored();
        AccessDeniedException denied = (AccessDeniedException) catchThrowable(
                () -> as(CASE_WORKER_NTT).cases().findByNumber(c.number()));
        assertThat(denied).isNotNull();
        for (String message : List.of(denied.getMessage(), denied.getMessage(java.util.Locale.forLanguageTag("id")))) {
            assertShowsNoHiddenOrBreakingCharacter(message);
        }
        for (AuditEntry e : audit()) {
            assertShowsNoHiddenOrBreakingCharacter(e.actorId() + e.aggregateType() + e.jurisdiction() + e.rule());
            if (!e.aggregateType().equals("Case")) {
                assertShowsNoHiddenOrBreakingCharacter(String.valueOf(e.aggregateId()));
            }
        }
    }

    /**
     * A negative version, in a save or a delete, of a stored aggregate or a new one, is refused
     * access first (audited as a DENIED entry) when the actor may not make the call, and then,
     * for one that may, a {@link ValidationException} naming the version. Nothing is stored.
     */
    @Test
    public void negativeVersionsAreRefusedAccessFirstThenByTheVersionRule() {
        TckWorld world = seedWorld();
        TraffickingCase stored = store.cases().save(TckPeople.caseWith("LP/HOSTILE/VERSION", TckFixtures.KOTA_PONTIANAK,
                TckPeople.victim())).stored();
        TraffickingCase fresh = TckPeople.caseWith("LP/HOSTILE/VERSION/2", TckFixtures.KOTA_PONTIANAK, TckPeople.victim());
        Agency agency = store.agencies().save(Agency.create("Dinas Sosial Provinsi", AgencyType.SOCIAL_AFFAIRS, TckFixtures.KALBAR));
        for (long version : new long[] {-1, Long.MIN_VALUE}) {
            for (TraffickingCase c : List.of(stored, fresh)) {
                TraffickingCase forged = c.withVersion(version);
                assertDenied(TckActors.VIEWER_KALBAR, AccessRule.PERMISSION, AuditAction.UPDATE, "Case", c.id(),
                        s -> s.cases().save(forged));
                assertDenied(CASE_WORKER_NTT, AccessRule.SCOPE, AuditAction.UPDATE, "Case", c.id(), s -> s.cases().save(forged));
                assertRefusedAndNothingStored(() -> as(TckActors.CASE_WORKER_PONTIANAK).cases().save(forged),
                        "VERSION-NEGATIVE", "version");
                assertDenied(TckActors.VIEWER_KALBAR, AccessRule.PERMISSION, AuditAction.DELETE, "Case", c.id(),
                        s -> s.cases().delete(c.id(), version));
                assertRefusedAndNothingStored(() -> as(TckActors.CASE_WORKER_PONTIANAK).cases().delete(c.id(), version),
                        "VERSION-NEGATIVE", "version");
            }
            assertDenied(CASE_WORKER_NTT, AccessRule.SCOPE, AuditAction.DELETE, "Case", stored.id(),
                    s -> s.cases().delete(stored.id(), version));
            Agency forgedAgency = agency.withVersion(version);
            assertDenied(TckActors.COORDINATOR_PONTIANAK, AccessRule.SCOPE, AuditAction.UPDATE, "Agency", agency.id(),
                    s -> s.agencies().save(forgedAgency));
            assertRefusedAndNothingStored(() -> as(TckActors.COORDINATOR_KALBAR).agencies().save(forgedAgency),
                    "VERSION-NEGATIVE", "version");
            ActionPlan plan = world.nationalPlan().withVersion(version);
            assertRefusedAndNothingStored(() -> store.actionPlans().save(plan), "VERSION-NEGATIVE", "version");
        }
        // The same from JSON: a document is no way around the rule.
        String json = id.gugus.json.GugusJson.writeWithPersonalData(stored).replace("\"version\":1", "\"version\":-1");
        TraffickingCase read = id.gugus.json.GugusJson.read(json, TraffickingCase.class);
        assertDenied(CASE_WORKER_NTT, AccessRule.SCOPE, AuditAction.UPDATE, "Case", stored.id(), s -> s.cases().save(read));
        assertRefusedAndNothingStored(() -> store.cases().save(read), "VERSION-NEGATIVE", "version");
    }

    /**
     * A copy read without the personal-data permission, saved back by someone who may write
     * cases, is refused (CASE-PERSONAL-DATA-ERASED at each person's path) and erases nothing,
     * changed or not; a copy read with the permission saves.
     */
    @Test
    public void aRedactedCopySavedBackIsRefusedAndErasesNothing() {
        seedWorld();
        TraffickingCase stored = store.cases().save(TckPeople.caseWith("LP/HOSTILE/REDACTED", TckFixtures.KOTA_PONTIANAK,
                TckPeople.victim(), TckPeople.sameNik())).stored();
        TraffickingCase redacted = as(TckActors.ADMINISTRATOR_KALBAR).cases().get(stored.id());
        assertThat(redacted.holdsPersonalData()).isFalse();
        List<TraffickingCase> copies = List.of(redacted, TckFixtures.advanced(redacted, id.gugus.cases.CaseStatus.INQUIRY),
                redacted.withVictim(TckFixtures.victim(id.gugus.cases.Sex.MALE, 30, TckPeople.TRAFFICKED_ON,
                        TckFixtures.SAMBAS, id.gugus.cases.ExploitationType.FORCED_LABOUR)));
        for (TraffickingCase copy : copies) {
            for (String path : List.of("victims[0].personal", "victims[1].personal", "suspects[0].personal")) {
                assertRefusedAndNothingStored(() -> as(TckActors.CASE_WORKER_KALBAR).cases().save(copy),
                        "CASE-PERSONAL-DATA-ERASED", path);
            }
        }
        assertThat(store.cases().get(stored.id())).isEqualTo(stored);
        TraffickingCase seen = as(TckActors.CASE_WORKER_KALBAR).cases().get(stored.id());
        assertThat(as(TckActors.CASE_WORKER_KALBAR).cases().save(TckFixtures.advanced(seen, id.gugus.cases.CaseStatus.INQUIRY))
                .stored()
                .holdsPersonalData()).isTrue();
    }

    /**
     * A case worker registers a probe case with a NIK: the duplicate report and the NIK search
     * answer exactly the same, with the same audit entries, whether or not that NIK is a victim
     * elsewhere in the country. An actor with national scope sees across scopes.
     */
    @Test
    public void answersDerivedFromPersonalDataRevealNothingOutsideTheScope() {
        seedWorld();
        TraffickingCase elsewhere = store.cases().save(TckPeople.caseWith("LP/HOSTILE/ELSEWHERE", TckFixtures.KOTA_KUPANG,
                TckPeople.victim())).stored();
        GugusStore prober = as(TckActors.CASE_WORKER_PONTIANAK);
        TraffickingCase probe = prober.cases().save(TckPeople.caseWith("LP/HOSTILE/PROBE", TckFixtures.KOTA_PONTIANAK,
                TckPeople.sameNik())).stored();
        Nik nik = Nik.of(TckPeople.VICTIM_NIK);

        List<Object> withVictimElsewhere = probeAnswers(prober, nik);
        assertThat(as(TckActors.CASE_WORKER_NATIONAL).cases().duplicateVictims()).as("national scope sees across")
                .flatExtracting(id.gugus.cases.DuplicateVictims::victims).extracting(id.gugus.cases.VictimInCase::caseId)
                .contains(elsewhere.id(), probe.id());
        store.cases().delete(elsewhere.id(), elsewhere.version());
        List<Object> withoutVictimElsewhere = probeAnswers(prober, nik);

        assertThat(withVictimElsewhere).isEqualTo(withoutVictimElsewhere);
        assertThat(withVictimElsewhere.get(0)).as("no duplicate group of one case").isEqualTo(List.of());
    }

    /** A forged cursor is refused (PAGE-CURSOR) with a short message that shows nothing hidden. */
    @Test
    public void forgedCursorsAreRefusedBriefly() {
        SevenCases seven = SevenCases.seed(store);
        String forged = "2025-01-01_" + "\u2028[ACCESS-SCOPE] forged line ".repeat(5);
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> store.cases().query(CaseQuery.all(), new PageRequest(10, forged)),
                () -> store.cases().query(CaseQuery.all(), new PageRequest(10, "+10000-01-01_" + seven.a.id())),
                () -> store.auditLog().query(AuditQuery.all(), new PageRequest(10, forged)),
                () -> store.auditLog().query(AuditQuery.all(), new PageRequest(10, "99999999999999999999")),
                () -> store.cases().query(CaseQuery.all(), new PageRequest(10, "x".repeat(1 << 20))))) {
            Throwable e = catchThrowable(call);
            assertThat(e).isInstanceOf(ValidationException.class).hasMessageStartingWith("[PAGE-CURSOR] page.after");
            String chain = Throwables.getCausalChain(e).stream().map(t -> String.valueOf(t.getMessage()))
                    .reduce("", String::concat);
            assertThat(chain.length()).isLessThan(400);
            assertShowsNoHiddenOrBreakingCharacter(chain);
        }
    }

    /** The duplicate report, the NIK search and the audit entries each wrote (time and sequence left out). */
    private List<Object> probeAnswers(GugusStore prober, Nik nik) {
        List<Object> answers = new ArrayList<>();
        StoreSnapshot before = snapshot();
        answers.add(prober.cases().duplicateVictims());
        answers.add(prober.cases().withVictimNik(nik));
        answers.add(snapshot().auditSince(before).stream().map(e -> List.of(e.actorId(), e.action(), e.aggregateType(),
                String.valueOf(e.aggregateId()), e.jurisdiction(), e.outcome())).toList());
        return answers;
    }

    /** {@code call} is refused with {@code ruleId} at {@code path}, and nothing stored changed. */
    protected void assertRefusedAndNothingStored(ThrowingCallable call, String ruleId, String path) {
        StoreSnapshot before = snapshot();
        Throwable e = catchThrowable(call);
        assertThat(e).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e).violations()).extracting(Violation::ruleId, Violation::path)
                .contains(org.assertj.core.groups.Tuple.tuple(ruleId, path));
        assertThat(snapshot().data()).as("stored data after a refusal").isEqualTo(before.data());
    }

    /** No control, format (bidi, zero-width, BOM), separator, surrogate, private-use or unassigned character. */
    protected static void assertShowsNoHiddenOrBreakingCharacter(String shown) {
        shown.codePoints().forEach(c -> assertThat(Character.getType(c)).as("U+%04X in: %s", c, shown)
                .isNotIn((int) Character.CONTROL, (int) Character.FORMAT, (int) Character.LINE_SEPARATOR,
                        (int) Character.PARAGRAPH_SEPARATOR, (int) Character.SURROGATE, (int) Character.PRIVATE_USE,
                        (int) Character.UNASSIGNED));
    }

    /** The plan with the budgets of its {@code n} activities set: {@code each}, and {@code last} for the last one. */
    private static ActionPlan withBudgets(ActionPlan plan, int n, long each, long last) {
        ActionPlan budgeted = plan;
        for (int i = 0; i < n; i++) {
            Activity a = plan.activities().get(i);
            budgeted = budgeted.replaceActivity(i, new Activity(a.title(), a.cluster(), a.responsible(), a.targetGroups(),
                    a.indicator(), a.schedule(), new Budget(Rupiah.of(i == n - 1 ? last : each), FundingSource.APBN),
                    a.progress()));
        }
        return budgeted;
    }
}
