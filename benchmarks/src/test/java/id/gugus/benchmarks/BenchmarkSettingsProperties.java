package id.gugus.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.benchmarks.BenchmarkSettings.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

/**
 * The settings parser: what a person types after {@code -Dgugus.bench.} is read as meant (digits
 * with or without thousands separators, names in any case), and anything else is refused with a
 * message naming the property, the rule and the value, before a single case is written.
 */
class BenchmarkSettingsProperties {
    private static BenchmarkSettings parse(Map<String, String> given) {
        Map<String, String> properties = new HashMap<>();
        given.forEach((k, v) -> properties.put(BenchmarkSettings.PREFIX + k, v));
        return BenchmarkSettings.from(properties::get);
    }

    @Example
    void withNothingSetEveryDefaultHolds() {
        BenchmarkSettings s = parse(Map.of());

        assertThat(s.targets()).containsExactly(Target.H2, Target.POSTGRES, Target.MARIADB, Target.MEMORY);
        assertThat(s.cases()).isEqualTo(20_000);
        assertThat(s.memoryCases()).isEqualTo(100_000);
        assertThat(s.largeCases()).isZero();
        assertThat(s.villages()).isTrue();
    }

    @Property
    void aCaseCountIsReadWithOrWithoutSeparators(@ForAll @IntRange(min = 1_700, max = BenchmarkSettings.MAX) int cases,
            @ForAll("separators") String separator) {
        String written = String.format(Locale.ROOT, "%,d", cases).replace(",", separator);

        assertThat(parse(Map.of("cases", written)).cases()).isEqualTo(cases);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", ",", "_");
    }

    @Property
    void aCountThatIsNoWholeNumberIsRefusedNamingPropertyAndValue(@ForAll("notCounts") String value) {
        assertThatThrownBy(() -> parse(Map.of("reads", value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gugus.bench.reads")
                .hasMessageContaining("whole number from 1 to")
                .hasMessageContaining("'" + value.trim() + "'");
    }

    @Provide
    Arbitrary<String> notCounts() {
        Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> tooSmall = Arbitraries.integers().between(Integer.MIN_VALUE + 1, 0).map(String::valueOf);
        Arbitrary<String> tooLarge = Arbitraries.longs().between(BenchmarkSettings.MAX + 1L, Long.MAX_VALUE).map(String::valueOf);
        Arbitrary<String> decimals = Arbitraries.doubles().between(0.5, 1e6).ofScale(2).map(d -> String.format(Locale.ROOT, "%.2f", d));
        return Arbitraries.oneOf(words, tooSmall, tooLarge, decimals);
    }

    @Property
    void targetsAreReadInTheOrderGivenInAnyCase(@ForAll @Size(min = 1, max = 4) @UniqueElements List<Target> targets,
            @ForAll boolean upper) {
        String written = targets.stream().map(t -> upper ? t.name() : t.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" , "));

        assertThat(parse(Map.of("targets", written)).targets()).containsExactlyElementsOf(targets);
    }

    @Property
    void anUnknownTargetIsRefusedNamingItAndTheKnownOnes(@ForAll("unknownTargets") String name) {
        assertThatThrownBy(() -> parse(Map.of("targets", "h2," + name)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gugus.bench.targets")
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining("h2, postgres, mariadb, memory");
    }

    @Provide
    Arbitrary<String> unknownTargets() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10)
                .filter(s -> List.of(Target.values()).stream().noneMatch(t -> t.name().equalsIgnoreCase(s)));
    }

    @Property
    void casesTooFewForTheWarmUpSinglesAndOneUnitAreRefused(@ForAll @IntRange(min = 0, max = 5_000) int warmUp,
            @ForAll @IntRange(min = 0, max = 5_000) int singles, @ForAll @IntRange(min = 1, max = 5_000) int unit) {
        int tooFew = warmUp + singles + unit - 1;
        if (tooFew < 1) {
            return;
        }
        assertThatThrownBy(() -> parse(Map.of("cases", String.valueOf(tooFew), "warmUp", String.valueOf(warmUp),
                "singles", String.valueOf(singles), "unit", String.valueOf(unit), "updates", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gugus.bench.cases (" + tooFew + ")");
    }

    @Property
    void villagesAreSwitchedByTrueOrFalseInAnyCase(@ForAll boolean on, @ForAll boolean upper) {
        String written = upper ? String.valueOf(on).toUpperCase(Locale.ROOT) : String.valueOf(on);

        assertThat(parse(Map.of("villages", written)).villages()).isEqualTo(on);
    }

    @Property
    void villagesSetToAnythingElseAreRefused(@ForAll("notFlags") String value) {
        assertThatThrownBy(() -> parse(Map.of("villages", value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gugus.bench.villages must be true or false, was '" + value + "'");
    }

    @Provide
    Arbitrary<String> notFlags() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false"));
    }

    @Example
    void moreUpdatesThanCasesAreRefused() {
        assertThatThrownBy(() -> parse(Map.of("cases", "2000", "updates", "2001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gugus.bench.updates (2001)");
    }

    @Example
    void blankPropertiesTakeTheirDefaults() {
        BenchmarkSettings s = parse(Map.of("cases", " ", "targets", "", "villages", ""));

        assertThat(s.cases()).isEqualTo(20_000);
        assertThat(s.targets()).hasSize(4);
        assertThat(s.villages()).isTrue();
    }
}
