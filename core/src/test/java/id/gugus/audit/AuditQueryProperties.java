package id.gugus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.jurisdiction.JurisdictionCode;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link AuditQuery#matches}, the reference semantics every store's audit query must follow:
 * each criterion alone, and all of them together as their conjunction. Values come from small
 * pools so that entries and criteria often meet, at the edges of the time range too; that is
 * what edge cases would add, so jqwik's own are off.
 */
class AuditQueryProperties {
    private static final Instant T0 = Instant.parse("2026-03-15T00:00:00Z");
    private static final String[] ACTORS = {"system", "viewer@61", "case-worker@61.71"};
    private static final String[] TYPES = {"Case", "Agency", "TaskForce"};
    private static final String[] IDS = {"a", "b", "c"};
    private static final String[] AREAS = {"ID", "61", "61.71", "61.71.02", "61.01", "53", "53.71"};

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.integers().between(0, 6).map(h -> T0.plus(Duration.ofHours(h)));
    }

    @Provide
    Arbitrary<AuditEntry> entries() {
        Arbitrary<AuditOutcome> outcomes = Arbitraries.of(AuditOutcome.class);
        return Combinators.combine(instants(), Arbitraries.of(ACTORS), Arbitraries.of(AuditAction.class),
                        Arbitraries.of(TYPES), Arbitraries.of(IDS).injectNull(0.2), Arbitraries.of(AREAS), outcomes)
                .as((at, actor, action, type, id, area, outcome) -> new AuditEntry(1, at, actor, action, type, id, 1,
                        JurisdictionCode.of(area), outcome, outcome == AuditOutcome.DENIED ? "ACCESS-SCOPE" : null));
    }

    @Provide
    Arbitrary<AuditQuery> queries() {
        return Builders.withBuilder(AuditQuery::all)
                .use(Arbitraries.of(ACTORS)).withProbability(0.4).in((q, a) -> q.byActor(a))
                .use(Arbitraries.of(TYPES)).withProbability(0.4).in((q, t) -> q.forType(t))
                .use(Arbitraries.of(IDS)).withProbability(0.3).in((q, id) -> q.forAggregate(q.aggregateType() == null ? "Case" : q.aggregateType(), id))
                .use(Combinators.combine(instants(), Arbitraries.integers().between(0, 4)).as((from, hours) ->
                        new Instant[] {from, from.plus(Duration.ofHours(hours))}))
                .withProbability(0.4).in((q, range) -> q.between(range[0], range[1]))
                .use(Arbitraries.of(AREAS)).withProbability(0.4).in((q, area) -> q.within(JurisdictionCode.of(area)))
                .build();
    }

    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
    void aQueryMatchesExactlyTheEntriesThatMeetEveryCriterion(@ForAll("queries") AuditQuery q,
            @ForAll("entries") AuditEntry e) {
        boolean actor = q.actorId() == null || q.actorId().equals(e.actorId());
        boolean type = q.aggregateType() == null || q.aggregateType().equals(e.aggregateType());
        boolean id = q.aggregateId() == null || q.aggregateId().equals(e.aggregateId());
        boolean from = q.from() == null || !e.at().isBefore(q.from());
        boolean to = q.to() == null || e.at().isBefore(q.to());
        boolean within = q.within() == null || q.within().contains(e.jurisdiction());
        assertThat(q.matches(e)).isEqualTo(actor && type && id && from && to && within);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void theTimeRangeHoldsItsStartButNotItsEnd(@ForAll("instants") Instant from, @ForAll("instants") Instant to,
            @ForAll("entries") AuditEntry e) {
        if (to.isBefore(from)) {
            assertThatThrownBy(() -> AuditQuery.all().between(from, to)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        boolean inside = !e.at().isBefore(from) && e.at().isBefore(to);
        assertThat(AuditQuery.all().between(from, to).matches(e)).isEqualTo(inside);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void aSubtreeHoldsItsOwnAreaAndEveryAreaUnderIt(@ForAll("entries") AuditEntry e) {
        assertThat(AuditQuery.all().within(e.jurisdiction()).matches(e)).isTrue();
        assertThat(AuditQuery.all().within(JurisdictionCode.NATIONAL).matches(e)).isTrue();
        e.jurisdiction().parent().ifPresent(parent -> assertThat(AuditQuery.all().within(parent).matches(e)).isTrue());
        assertThat(AuditQuery.all().within(JurisdictionCode.of("62")).matches(e)).isFalse();
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void addingACriterionNeverFindsMore(@ForAll("queries") AuditQuery q, @ForAll("entries") AuditEntry e,
            @ForAll("actors") String actor, @ForAll("areas") String area) {
        assertThat(AuditQuery.all().matches(e)).isTrue();
        if (q.actorId() == null && q.byActor(actor).matches(e)) {
            assertThat(q.matches(e)).isTrue();
        }
        if (q.within() == null && q.within(JurisdictionCode.of(area)).matches(e)) {
            assertThat(q.matches(e)).isTrue();
        }
    }

    @Provide
    Arbitrary<String> actors() {
        return Arbitraries.of(ACTORS);
    }

    @Provide
    Arbitrary<String> areas() {
        return Arbitraries.of(AREAS);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void eachBuilderSetsItsCriterionAndKeepsTheOthers(@ForAll("queries") AuditQuery q) {
        AuditQuery byActor = q.byActor("someone");
        assertThat(byActor).isEqualTo(new AuditQuery("someone", q.aggregateType(), q.aggregateId(), q.from(), q.to(), q.within()));
        AuditQuery forType = q.forType("Meeting");
        assertThat(forType).isEqualTo(new AuditQuery(q.actorId(), "Meeting", null, q.from(), q.to(), q.within()));
        AuditQuery within = q.within(JurisdictionCode.of("61"));
        assertThat(within).isEqualTo(new AuditQuery(q.actorId(), q.aggregateType(), q.aggregateId(), q.from(), q.to(),
                JurisdictionCode.of("61")));
    }
}
