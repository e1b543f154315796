package id.gugus.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * How a query over an area is narrowed to an actor's scope: whatever the scope and the area
 * asked for, the query sees exactly the areas inside both, and is skipped only when there are none.
 */
class AccessScopeProperties {
    /** Codes at every level, in two provinces, with subtrees that nest, touch and miss each other. */
    private static final List<JurisdictionCode> UNIVERSE = Stream.of("61", "61.01", "61.01.01", "61.01.01.2001",
            "61.01.02", "61.71", "61.71.01", "61.72", "61.72.01", "62", "62.01", "62.01.01")
            .map(JurisdictionCode::of).toList();

    @Provide
    Arbitrary<JurisdictionCode> scopes() {
        return Arbitraries.of(withNational());
    }

    /** An area asked for; null stands for "everywhere". */
    @Provide
    Arbitrary<JurisdictionCode> requests() {
        return Arbitraries.of(withNational()).injectNull(0.15);
    }

    private static List<JurisdictionCode> withNational() {
        return Stream.concat(Stream.of(JurisdictionCode.NATIONAL), UNIVERSE.stream()).toList();
    }

    @Property
    void aQuerySeesExactlyTheAreasInsideBothItsAreaAndTheScope(
            @ForAll("scopes") JurisdictionCode scope, @ForAll("requests") JurisdictionCode requested) {
        AccessDecision access = decisionFor(scope);
        List<JurisdictionCode> inBoth = UNIVERSE.stream()
                .filter(c -> scope.contains(c) && (requested == null || requested.contains(c)))
                .toList();

        assertThat(access.overlapsScope(requested)).isEqualTo(!inBoth.isEmpty());
        if (!inBoth.isEmpty()) {
            JurisdictionCode visible = access.visiblePartOf(requested);
            List<JurisdictionCode> seen = UNIVERSE.stream().filter(c -> visible == null || visible.contains(c)).toList();
            assertThat(seen).isEqualTo(inBoth);
        }
    }

    @Property
    void anAreaIsInScopeExactlyWhenTheScopeContainsIt(
            @ForAll("scopes") JurisdictionCode scope, @ForAll("requests") JurisdictionCode area) {
        assertThat(decisionFor(scope).inScope(area))
                .isEqualTo(area == null ? scope.equals(JurisdictionCode.NATIONAL) : scope.contains(area));
    }

    private static AccessDecision decisionFor(JurisdictionCode scope) {
        Actor actor = Actor.of("dp3a/case-worker", scope, Role.CASE_WORKER);
        FakeBackend backend = new FakeBackend();
        return new AccessDecision(actor, new AuditTrail(backend.audit(), Clock.systemUTC(), actor, new UnitsOfWork(backend)));
    }
}
