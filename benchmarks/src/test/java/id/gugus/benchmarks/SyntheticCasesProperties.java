package id.gugus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseValidator;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import id.gugus.validation.Violations;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The benchmark's cases: each one a case the store accepts, the same for the same seed and number
 * (so both sides store identical data), and shaped as the roll-up comparison needs.
 */
class SyntheticCasesProperties {
    private static final JurisdictionDirectory AREAS = JurisdictionDirectory.bundled();

    @Property(tries = 300)
    void everyCasePassesTheStoresValidation(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2_000_000) int i) {
        TraffickingCase c = new SyntheticCases(seed).nth(i);

        Violations violations = CaseValidator.validate(c, SyntheticCases.TODAY);

        assertThat(violations.hasErrors()).as("case %d of seed %d: %s", i, seed, violations).isFalse();
    }

    @Property(tries = 100)
    void theSameSeedAndNumberGiveTheSameCase(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2_000_000) int i) {
        assertThat(new SyntheticCases(seed).nth(i)).isEqualTo(new SyntheticCases(seed).nth(i));
    }

    @Property(tries = 300)
    void everyVictimHasOnePurposeAndComesFromAKnownDistrictOfTheRegisteringProvince(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2_000_000) int i) {
        TraffickingCase c = new SyntheticCases(seed).nth(i);
        JurisdictionCode province = c.registeredIn().ancestorAt(Level.PROVINCE);

        assertThat(AREAS.contains(c.registeredIn())).isTrue();
        assertThat(c.victims()).hasSizeBetween(1, 3);
        for (Victim v : c.victims()) {
            assertThat(v.elements().purposes()).hasSize(1);
            assertThat(v.origin().level()).isEqualTo(Level.DISTRICT);
            assertThat(AREAS.contains(v.origin())).isTrue();
            assertThat(province.contains(v.origin())).isTrue();
            assertThat(v.personal().shownName()).isNotBlank();
        }
    }
}
