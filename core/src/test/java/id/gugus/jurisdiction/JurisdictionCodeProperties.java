package id.gugus.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The code parser and the tree relations it gives, on any text and on generated codes. */
class JurisdictionCodeProperties {
    private static final JurisdictionDirectory BUNDLED = JurisdictionDirectory.bundled();

    @Property(tries = 3000)
    void anyTextParsesOrBreaksJurCodeFormat(@ForAll("codeLikeText") String text) {
        assertParsesOrRefused(text);
    }

    @Property
    void anyUnicodeTextParsesOrBreaksJurCodeFormat(@ForAll String text) {
        assertParsesOrRefused(text);
    }

    private static void assertParsesOrRefused(String text) {
        try {
            JurisdictionCode code = JurisdictionCode.of(text);
            assertThat(code.value()).isEqualTo(text);
            assertThat(JurisdictionCode.of(code.toString())).isEqualTo(code);
        } catch (ValidationException e) {
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("JUR-CODE-FORMAT");
                assertThat(v.path()).isEqualTo("code");
            });
            assertThat(e.violations()).extracting(Violation::messageEn).singleElement().asString()
                    .endsWith(" is not a Kemendagri area code (expected ID, 61, 61.71, 61.71.01 or 61.71.01.1001).");
        }
    }

    /**
     * The parser reads segments by position, not by splitting: on digit-and-dot text it accepts
     * exactly what the segment rules accept, read here by splitting, and a code's level is its
     * number of segments.
     */
    @Property(tries = 3000)
    void aCodeIsAcceptedExactlyWhenItsSegmentsAreWellFormed(@ForAll("segmentedText") String text) {
        String[] parts = text.split("\\.", -1);
        boolean wellFormed = parts.length <= 4 && parts[0].matches("[1-9][0-9]")
                && (parts.length < 2 || parts[1].matches("[0-9]{2}") && !parts[1].equals("00") && !parts[1].equals("70"))
                && (parts.length < 3 || parts[2].matches("[0-9]{2}") && !parts[2].equals("00"))
                && (parts.length < 4 || parts[3].matches("[1-3][0-9]{3}"));
        boolean parsed;
        try {
            JurisdictionCode code = JurisdictionCode.of(text);
            parsed = true;
            assertThat(code.level().ordinal()).as(text).isEqualTo(parts.length);
            for (int depth = 1; depth <= parts.length; depth++) {
                assertThat(code.ancestorAt(Level.values()[depth]).value())
                        .isEqualTo(String.join(".", java.util.Arrays.copyOf(parts, depth)));
            }
        } catch (ValidationException e) {
            parsed = false;
        }
        assertThat(parsed).as(text).isEqualTo(wellFormed);
    }

    @Property
    void theParentIsOneLevelUpAndContainsTheCode(@ForAll("codes") JurisdictionCode code) {
        JurisdictionCode parent = code.parent().orElseThrow();

        assertThat(parent.level().ordinal()).isEqualTo(code.level().ordinal() - 1);
        assertThat(parent.contains(code)).isTrue();
        assertThat(code.contains(parent)).isFalse();
        assertThat(parent.level().child()).isEqualTo(code.level());
    }

    @Property
    void everyAncestorContainsTheCodeAndAncestorAtFollowsTheParentChain(@ForAll("codes") JurisdictionCode code) {
        List<JurisdictionCode> chain = new ArrayList<>();
        for (Optional<JurisdictionCode> at = Optional.of(code); at.isPresent(); at = at.get().parent()) {
            chain.add(at.get());
        }

        assertThat(chain).hasSize(code.level().ordinal() + 1);
        assertThat(chain.get(chain.size() - 1)).isEqualTo(JurisdictionCode.NATIONAL);
        for (JurisdictionCode ancestor : chain) {
            assertThat(ancestor.contains(code)).as(ancestor + " contains " + code).isTrue();
            assertThat(code.ancestorAt(ancestor.level())).isEqualTo(ancestor);
        }
    }

    /** The promise range scans rely on: in the subtree exactly when inside [code, upper bound). */
    @Property
    void containsIsTheCodeRange(@ForAll("codes") JurisdictionCode a, @ForAll("codes") JurisdictionCode b) {
        assertRangeAgrees(a, b);
        assertRangeAgrees(b.ancestorAt(Level.values()[Math.max(1, b.level().ordinal() - 1)]), b);
    }

    private static void assertRangeAgrees(JurisdictionCode a, JurisdictionCode b) {
        boolean inRange = a.value().compareTo(b.value()) <= 0 && b.value().compareTo(a.subtreeUpperBound()) < 0;
        assertThat(a.contains(b)).as(a + " contains " + b).isEqualTo(inRange);
    }

    @Property
    void aBundledSubtreeIsEveryAreaTheCodeContains(@ForAll("bundledCodes") JurisdictionCode code) {
        List<Jurisdiction> expected = BUNDLED.all().stream().filter(j -> code.contains(j.code())).toList();

        assertThat(BUNDLED.subtree(code)).isEqualTo(expected);
        assertThat(BUNDLED.children(code)).isEqualTo(
                expected.stream().filter(j -> j.parent().orElseThrow().equals(code)).toList());
    }

    /** One to five segments of one to four digits, zeros and the regency gap often among them. */
    @Provide
    Arbitrary<String> segmentedText() {
        Arbitrary<String> segment = Arbitraries.oneOf(Arbitraries.of("00", "70", "0000", "1000", "01", "61", "71", "2001"),
                Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(4));
        return segment.list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join(".", parts));
    }

    @Provide
    Arbitrary<String> codeLikeText() {
        return Arbitraries.strings().withChars("0123456789.ID 3").ofMaxLength(16);
    }

    /** Well-formed codes below the national root: province, regency or city, district, village. */
    @Provide
    Arbitrary<JurisdictionCode> codes() {
        Arbitrary<String> province = Arbitraries.integers().between(10, 99).map(String::valueOf);
        Arbitrary<String> regency = Arbitraries.integers().between(1, 99).filter(n -> n != 70).map(n -> String.format("%02d", n));
        Arbitrary<String> district = Arbitraries.integers().between(1, 99).map(n -> String.format("%02d", n));
        Arbitrary<String> village = Arbitraries.integers().between(1001, 3999).filter(n -> n % 1000 != 0 || n > 1000)
                .map(String::valueOf);
        Arbitrary<Integer> depth = Arbitraries.integers().between(1, 4);
        return Combinators.combine(province, regency, district, village, depth).as((p, r, d, v, n) -> {
            String[] parts = {p, r, d, v};
            return JurisdictionCode.of(String.join(".", java.util.Arrays.copyOf(parts, n)));
        });
    }

    @Provide
    Arbitrary<JurisdictionCode> bundledCodes() {
        return Arbitraries.oneOf(
                Arbitraries.of(BUNDLED.all()).map(Jurisdiction::code),
                Arbitraries.just(JurisdictionCode.NATIONAL));
    }
}
