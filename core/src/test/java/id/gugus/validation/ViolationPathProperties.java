package id.gugus.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseRule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A violation put under a parent path keeps everything but its path, which reads as one path from the parent. */
class ViolationPathProperties {
    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> segment = Combinators.combine(name, Arbitraries.integers().between(-1, 5))
                .as((n, i) -> i < 0 ? n : n + "[" + i + "]");
        Arbitrary<String> dotted = segment.list().ofMinSize(1).ofMaxSize(4).map(s -> String.join(".", s));
        Arbitrary<String> indexed = Combinators.combine(Arbitraries.integers().between(0, 9), dotted)
                .as((i, rest) -> "[" + i + "]." + rest);
        return Arbitraries.oneOf(dotted, indexed, Arbitraries.just(""));
    }

    @Property
    void underAParentThePathIsTheParentThenTheOldPath(@ForAll("paths") String path, @ForAll @IntRange(max = 999) int index) {
        Violation v = Violation.of(CaseRule.ELEMENTS, path, 0);
        String parent = "[" + index + "]";

        Violation moved = v.under(parent);

        assertThat(moved.path()).isEqualTo(path.isEmpty() ? parent
                : path.startsWith("[") ? parent + path : parent + "." + path);
        assertThat(moved).usingRecursiveComparison().ignoringFields("path").isEqualTo(v);
        assertThat(Violations.of(v).under(parent).all()).containsExactly(moved);
    }
}
