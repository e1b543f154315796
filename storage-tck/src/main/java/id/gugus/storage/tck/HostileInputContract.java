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
import org.junit.jupiter.api.Test;

/**
 * Hostile and careless input through the public API (issue #16): values at and beyond the bounds
 * of the model, text that some databases would change, dates at the ends of time, forged
 * cursors, and what refusals show. Every store must answer exactly as the others: keep what it
 * accepts exactly, refuse the rest with the library's own exceptions ({@link GugusException},
 * never an {@link ArithmeticException}, a {@code DateTimeException} or an
 * {@link IllegalArgumentException} of its own), change nothing when it refuses, and never let a
 * message carry a character that could forge or hide a line.
 */
public abstract class HostileInputContract extends SecurityContract {

    /**
     * Text that is well-formed Unicode but that a careless store changes: bidi overrides,
     * zero-width characters, a BOM inside, line and paragraph separators, combining marks,
     * noncharacters, private-use and supplementary characters, the replacement character.
     */
    public static final List<String> HOSTILE_TEXT = List.of(
            "\u202eevil\u202c \u2066isolate\u2069",
            "zero\u200bwidth\u200c\u200djoiner \ufeffbom",
            "line\u2028separator\u2029paragraph",
            "e\u0301 a\u0308 \u0928\u093f combining",
            "\ufffe\uffff\ufdd0 noncharacters \ufffd",
            "\udb80\udc00 \udbff\udfff private use",
            "𠜎 😀 👩‍👧 🇮🇩 𝕏 supplementary",
            "'\"\\%_;-- quotes");

    // ---- item 2: decimals ------------------------------------------------------------

    /** Decimals on the edges of the bound are kept by value, and every figure computed from them is the same after a read. */
    @Test
    public void decimalsAtTheBoundRoundTripAndComputeTheSame() {
        TckWorld world = seedWorld();
        ActionPlan ran = store.actionPlans().save(world.nationalPlan());
        Period period = ran.period();
        List<BigDecimal> edges = List.of(new BigDecimal("999999999999999.9999"), new BigDecimal("0.0001"),
                new BigDecimal("1E+14"), new BigDecimal("123456789012345"), new BigDecimal("1.5000000"), new BigDecimal("7"));
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < ran.activities().size(); i++) {
            Activity a = ran.activities().get(i);
            BigDecimal target = edges.get(i % edges.size());
            BigDecimal realised = edges.get((i + 1) % edges.size());
            activities.add(new Activity(a.title(), a.cluster(), a.responsible(), a.targetGroups(),
                    new Indicator(a.indicator().description(), a.indicator().unit(), target), a.schedule(), a.budget(),
                    ImmutableList.of(new ProgressReport(period, realised), new ProgressReport(period, realised))));
        }
        ActionPlan saved = store.actionPlans().save(TckWorld.withActivities(ran, activities));

        ActionPlan read = store.actionPlans().get(saved.id());
        assertSameContent(read, saved);
        assertThat(PlanRealisation.of(read)).isEqualTo(PlanRealisation.of(saved));
    }

    // ---- item 3: money ---------------------------------------------------------------

    /** Budgets adding up to exactly {@link Rupiah#MAX} are kept and summed; one rupiah more is refused, nothing stored. */
    @Test
    public void budgetsUpToTheBoundAreSummedAndATotalBeyondItIsRefused() {
        TckWorld world = seedWorld();
        ActionPlan ran = world.nationalPlan();
        int n = ran.activities().size();
        ActionPlan atTheBound = withBudgets(ran, n, Rupiah.MAX / n, Rupiah.MAX - (Rupiah.MAX / n) * (n - 1));
        ActionPlan saved = store.actionPlans().save(atTheBound);
        assertThat(PlanRealisation.of(store.actionPlans().get(saved.id())).totalBudget()).isEqualTo(Rupiah.of(Rupiah.MAX));

        ActionPlan beyond = withBudgets(world.nationalPlan(), n, Rupiah.MAX, Rupiah.MAX);
        assertRefusedAndNothingStored(() -> store.actionPlans().save(beyond), "PLAN-BUDGET-TOTAL", "activities");
        ActionPlan oneMore = withBudgets(saved, n, Rupiah.MAX / n, Rupiah.MAX - (Rupiah.MAX / n) * (n - 1) + 1);
        assertRefusedAndNothingStored(() -> store.actionPlans().save(oneMore), "PLAN-BUDGET-TOTAL", "activities");
    }

    /** Restitution at the bound is kept exactly. */
    @Test
    public void restitutionAtTheBoundRoundTrips() {
        seedWorld();
        TraffickingCase c = TckFixtures.simpleCase("LP/HOSTILE/MONEY", LocalDate.of(2025, 6, 1));
        Victim v = c.victims().get(0);
        Victim claiming = new Victim(v.id(), v.personal(), v.sex(), v.birthDate(), v.recordedAge(), v.citizenship(),
                v.origin(), v.traffickedOn(), v.elements(), v.controlMethods(), v.recruitmentChannel(), v.platform(),
                ImmutableList.of(Restitution.claim(RestitutionHead.LOST_PROPERTY_OR_INCOME, Rupiah.of(Rupiah.MAX)),
                        Restitution.claim(RestitutionHead.SUFFERING, Rupiah.of(Rupiah.MAX))),
                v.services(), v.referrals());
        TraffickingCase saved = store.cases().save(TckFixtures.withVictims(c, List.of(claiming)));
        assertSameContent(store.cases().get(saved.id()), saved);
    }

    // ---- item 6: text ----------------------------------------------------------------

    /** Well-formed but hostile text is kept exactly in every text column, sealed or not, and found again by it. */
    @Test
    public void hostileButWellFormedTextIsKeptExactlyEverywhere() {
        TckWorld world = seedWorld();
        TaskForce national = store.taskForces().save(world.nationalTaskForce());
        int n = 0;
        for (String text : HOSTILE_TEXT) {
            n++;
            Agency agency = store.agencies().save(Agency.create("Dinas " + text, AgencyType.OTHER, TckFixtures.KALBAR));
            assertThat(store.agencies().get(agency.id()).name()).as("agency name").isEqualTo("Dinas " + text);

            TraffickingCase c = TckFixtures.simpleCase("LP/" + n + "/" + text, LocalDate.of(2025, 1, n));
            Victim v = c.victims().get(0);
            Victim named = v.withPersonal(new PersonalData("Korban " + text, null,
                    "+62 " + text, "Jalan " + text));
            TraffickingCase saved = store.cases().save(TckFixtures.withSuspects(TckFixtures.withVictims(c, List.of(named)),
                    List.of(TckFixtures.recruiter("Tersangka " + text))));
            assertThat(store.cases().get(saved.id())).as("case with %s", text).isEqualTo(saved);
            assertThat(store.cases().findByNumber(saved.number())).as("by number").contains(saved);

            CoordinationMeeting meeting = TckWorld.withDecisions(world.meeting(national.id(), LocalDate.of(2025, 2, n)),
                    List.of(new Decision("Keputusan " + text, null)));
            meeting = store.meetings().save(new CoordinationMeeting(meeting.id(), 0, "Rapat " + text, meeting.date(),
                    "Aula " + text, meeting.host(), meeting.participants(), meeting.decisions()));
            assertThat(store.meetings().get(meeting.id())).as("meeting").isEqualTo(meeting);
        }
    }

    // ---- item 8: dates ---------------------------------------------------------------

    /**
     * Counts, statistics and pages over any range of report dates, the ends of time and reversed
     * ranges included, are what {@link CaseQuery#matches} says, on every store.
     */
    @Test
    public void queriesOverAnyRangeOfDatesAnswerAsTheReference() {
        SevenCases seven = SevenCases.seed(store);
        List<TraffickingCase> all = seven.inQueryOrder();
        LocalDate[] ends = {LocalDate.MIN, LocalDate.of(-1, 12, 31), Dates.EARLIEST, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 7, 20), Dates.LATEST, LocalDate.of(10_000, 1, 1), LocalDate.MAX};
        for (LocalDate from : ends) {
            for (LocalDate to : ends) {
                CaseQuery query = CaseQuery.all().reportedBetween(from, to);
                List<TraffickingCase> expected = all.stream().filter(query::matches).toList();
                String range = from + ".." + to;
                assertThat(onlyLibraryExceptions(() -> store.cases().count(query))).as(range).isEqualTo(expected.size());
                Statistics byYear = onlyLibraryExceptions(() -> store.cases().statistics(query, Dimension.YEAR));
                assertThat(byYear.rows().stream().mapToLong(Statistics.Row::cases).sum()).as(range).isEqualTo(expected.size());
                Page<TraffickingCase> page = onlyLibraryExceptions(() -> store.cases().query(query, PageRequest.first(3)));
                assertThat(page.items()).as(range).containsExactlyElementsOf(expected.subList(0, Math.min(3, expected.size())));
            }
        }
        Instant[] instants = {Instant.MIN, Instant.EPOCH, time.instant(), Instant.MAX};
        for (Instant from : instants) {
            for (Instant to : instants) {
                if (!to.isBefore(from)) {
                    AuditQuery query = AuditQuery.all().between(from, to);
                    List<AuditEntry> expected = audit().stream().filter(query::matches).toList();
                    assertThat(onlyLibraryExceptions(() -> StoreSnapshot.all(p -> store.auditLog().query(query, p))))
                            .as(from + ".." + to).isEqualTo(expected);
                }
            }
        }
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

    // ---- item 9: cursors -------------------------------------------------------------

    /** Cursors of the right form at the ends of time page as the reference; forged ones are refused briefly. */
    @Test
    public void cursorsAtTheEdgesPageAndForgedOnesAreRefusedBriefly() {
        SevenCases seven = SevenCases.seed(store);
        assertThat(store.cases().query(CaseQuery.all(), new PageRequest(10,
                "0001-01-01_00000000-0000-0000-0000-000000000000")).items()).containsExactlyElementsOf(seven.inQueryOrder());
        assertThat(store.cases().query(CaseQuery.all(), new PageRequest(10,
                "9999-12-31_ffffffff-ffff-ffff-ffff-ffffffffffff")).items()).isEmpty();
        assertThat(store.auditLog().query(AuditQuery.all(), new PageRequest(10, Long.toString(Long.MAX_VALUE))).items())
                .isEmpty();
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

    // ---- item 10: what refusals and the audit log show ----------------------------------

    /** A refusal naming hostile text (a case number) shows it on one line with nothing hidden; so does every audit field. */
    @Test
    public void refusalsAndAuditEntriesShowNothingThatCouldForgeALine() {
        seedWorld();
        TraffickingCase c = store.cases().save(TckFixtures.simpleCase("LP/1\n[ACCESS-SCOPE] forged\u2028\u202eevil\u200b",
                LocalDate.of(2025, 6, 1)));
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

    // ---- item 1: negative versions ---------------------------------------------------

    /**
     * A negative version, in a save or a delete, of a stored aggregate or a new one, is refused
     * access first (audited as a DENIED entry) when the actor may not make the call, and then,
     * for one that may, a {@link ValidationException} naming the version. Nothing is stored.
     */
    @Test
    public void negativeVersionsAreRefusedAccessFirstThenByTheVersionRule() {
        TckWorld world = seedWorld();
        TraffickingCase stored = store.cases().save(TckPeople.caseWith("LP/HOSTILE/VERSION", TckFixtures.KOTA_PONTIANAK,
                TckPeople.victim()));
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

    // ---- item 11: redacted copies ----------------------------------------------------

    /**
     * A copy read without the personal-data permission, saved back by someone who may write
     * cases, is refused (CASE-PERSONAL-DATA-ERASED at each person's path) and erases nothing,
     * changed or not; a copy read with the permission saves.
     */
    @Test
    public void aRedactedCopySavedBackIsRefusedAndErasesNothing() {
        seedWorld();
        TraffickingCase stored = store.cases().save(TckPeople.caseWith("LP/HOSTILE/REDACTED", TckFixtures.KOTA_PONTIANAK,
                TckPeople.victim(), TckPeople.sameNik()));
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
                .holdsPersonalData()).isTrue();
    }

    // ---- item 12: answers derived from personal data -----------------------------------

    /**
     * A case worker registers a probe case with a NIK: the duplicate report and the NIK search
     * answer exactly the same, with the same audit entries, whether or not that NIK is a victim
     * elsewhere in the country. An actor with national scope sees across scopes.
     */
    @Test
    public void answersDerivedFromPersonalDataRevealNothingOutsideTheScope() {
        seedWorld();
        TraffickingCase elsewhere = store.cases().save(TckPeople.caseWith("LP/HOSTILE/ELSEWHERE", TckFixtures.KOTA_KUPANG,
                TckPeople.victim()));
        GugusStore prober = as(TckActors.CASE_WORKER_PONTIANAK);
        TraffickingCase probe = prober.cases().save(TckPeople.caseWith("LP/HOSTILE/PROBE", TckFixtures.KOTA_PONTIANAK,
                TckPeople.sameNik()));
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

    // ---- helpers ---------------------------------------------------------------------

    /** Runs {@code call}: a result, or a library exception; anything else fails the contract. */
    protected static <T> T onlyLibraryExceptions(Supplier<T> call) {
        try {
            return call.get();
        } catch (GugusException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AssertionError("only exceptions of id.gugus.error may escape a store, got " + e, e);
        }
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

    private static ActionPlan withBudgets(ActionPlan plan, int n, long each, long last) {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Activity a = plan.activities().get(i);
            activities.add(new Activity(a.title(), a.cluster(), a.responsible(), a.targetGroups(), a.indicator(),
                    a.schedule(), new Budget(Rupiah.of(i == n - 1 ? last : each), FundingSource.APBN), a.progress()));
        }
        return TckWorld.withActivities(plan, activities);
    }
}
