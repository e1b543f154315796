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
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile and careless input, the back-end's side (issue #16): values at the bounds of the model
 * ({@link id.gugus.common.Decimals}, {@link Rupiah#MAX}), text that some databases would change
 * (bidi overrides, zero-width characters, a BOM, separators, noncharacters, private use,
 * supplementary characters), report dates at the ends of time and reversed ranges, cursors at
 * the edges. Every store must keep what the model accepts exactly, answer every query as
 * {@link CaseQuery#matches} and {@link AuditQuery#matches} say, and let only the library's own
 * exceptions ({@link GugusException}) escape, never an {@code ArithmeticException}, a
 * {@code DateTimeException} or an {@code IllegalArgumentException} of its own.
 * {@link HostileInputRulesContract} is the store's side: what it refuses.
 */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.HOSTILE_INPUT)
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

    /** Decimals on the edges of the bound are kept by value, and every figure computed from them is the same after a read. */
    @Test
    public void decimalsAtTheBoundRoundTripAndComputeTheSame() {
        TckWorld world = seedWorld();
        ActionPlan ran = store.actionPlans().save(world.nationalPlan()).stored();
        Period period = ran.period();
        List<BigDecimal> edges = List.of(new BigDecimal("999999999999999.9999"), new BigDecimal("0.0001"),
                new BigDecimal("1E+14"), new BigDecimal("123456789012345"), new BigDecimal("1.5000000"), new BigDecimal("7"));
        ActionPlan atTheEdges = ran;
        for (int i = 0; i < ran.activities().size(); i++) {
            Activity a = ran.activities().get(i);
            BigDecimal target = edges.get(i % edges.size());
            BigDecimal realised = edges.get((i + 1) % edges.size());
            atTheEdges = atTheEdges.replaceActivity(i, new Activity(a.title(), a.cluster(), a.responsible(),
                    a.targetGroups(), new Indicator(a.indicator().description(), a.indicator().unit(), target),
                    a.schedule(), a.budget(),
                    ImmutableList.of(new ProgressReport(period, realised), new ProgressReport(period, realised))));
        }
        ActionPlan saved = store.actionPlans().save(atTheEdges).stored();

        ActionPlan read = store.actionPlans().get(saved.id());
        assertSameContent(read, saved);
        assertThat(PlanRealisation.of(read)).isEqualTo(PlanRealisation.of(saved));
    }

    /** Restitution at the bound is kept exactly. */
    @Test
    public void restitutionAtTheBoundRoundTrips() {
        seedWorld();
        TraffickingCase c = TckFixtures.simpleCase("LP/HOSTILE/MONEY", LocalDate.of(2025, 6, 1));
        Victim v = c.victims().get(0);
        Victim claiming = new Victim(v.id(), v.personal(), v.sex(), v.gender(), v.birthDate(), v.recordedAge(),
                v.citizenship(), v.otherCitizenships(), v.origin(), v.traffickedOn(), v.traffickingStatus(), v.elements(),
                v.controlMethods(), v.exploitation(), v.recruiterRelations(), v.recruitmentChannel(), v.platform(),
                ImmutableList.of(Restitution.claim(RestitutionHead.LOST_PROPERTY_OR_INCOME, Rupiah.of(Rupiah.MAX)),
                        Restitution.claim(RestitutionHead.SUFFERING, Rupiah.of(Rupiah.MAX))),
                v.services(), v.referrals(), v.consents(), v.background(), v.death());
        TraffickingCase saved = store.cases().save(TckFixtures.withVictims(c, List.of(claiming))).stored();
        assertSameContent(store.cases().get(saved.id()), saved);
    }

    /** Well-formed but hostile text is kept exactly in every text column, sealed or not, and found again by it. */
    @Test
    public void hostileButWellFormedTextIsKeptExactlyEverywhere() {
        TckWorld world = seedWorld();
        TaskForce national = store.taskForces().save(world.nationalTaskForce()).stored();
        int n = 0;
        for (String text : HOSTILE_TEXT) {
            n++;
            Agency agency = store.agencies().save(Agency.create("Dinas " + text, AgencyType.OTHER, TckFixtures.KALBAR));
            assertThat(store.agencies().get(agency.id()).name()).as("agency name").isEqualTo("Dinas " + text);

            TraffickingCase c = TckFixtures.simpleCase("LP/" + n + "/" + text, LocalDate.of(2025, 1, n));
            Victim v = c.victims().get(0);
            Victim named = v.withPersonal(PersonalData.of("Korban " + text, null,
                    "+62 " + text, "Jalan " + text));
            TraffickingCase saved = store.cases().save(TckFixtures.withSuspects(TckFixtures.withVictims(c, List.of(named)),
                    List.of(TckFixtures.recruiter("Tersangka " + text)))).stored();
            assertThat(store.cases().get(saved.id())).as("case with %s", text).isEqualTo(saved);
            assertThat(store.cases().findByNumber(saved.number())).as("by number").contains(saved);

            CoordinationMeeting meeting = store.meetings().save(world.meeting(national.id(), LocalDate.of(2025, 2, n))
                    .withTitle("Rapat " + text).withVenue("Aula " + text).withDecision("Keputusan " + text)).stored();
            assertThat(store.meetings().get(meeting.id())).as("meeting").isEqualTo(meeting);
        }
    }

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

    /** Cursors of the right form at the ends of time page as the reference. */
    @Test
    public void cursorsAtTheEdgesOfTimePageAsTheReference() {
        SevenCases seven = SevenCases.seed(store);
        assertThat(store.cases().query(CaseQuery.all(), new PageRequest(10,
                "0001-01-01_00000000-0000-0000-0000-000000000000")).items()).containsExactlyElementsOf(seven.inQueryOrder());
        assertThat(store.cases().query(CaseQuery.all(), new PageRequest(10,
                "9999-12-31_ffffffff-ffff-ffff-ffff-ffffffffffff")).items()).isEmpty();
        assertThat(store.auditLog().query(AuditQuery.all(), new PageRequest(10, Long.toString(Long.MAX_VALUE))).items())
                .isEmpty();
    }

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
}
