package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The keys that find one person recorded in two cases (issue #6): a name as different officers
 * write it (case, accents, spacing, punctuation) gives the same key; another birth date, or
 * another name, gives another.
 */
class VictimIdentityProperties {
    private static final LocalDate BORN = LocalDate.of(1999, 5, 5);
    private static final List<String> WORDS = List.of("siti", "nurhaliza", "wulandari", "kusumaningtyas", "agus",
            "setiawan", "dewi", "anggraini", "yohanes", "marlina", "putu", "made");
    /** Letters an officer may type with an accent; each strips back to the plain letter. */
    private static final String ACCENTED_A = "áàâäã";

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4);
    }

    /** The name as another officer might write it: other case, accents on a, other separators. */
    private static String writtenElsewhere(List<String> words, long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder out = new StringBuilder(random.nextBoolean() ? "  " : "");
        String[] separators = {" ", "  ", "\t", " - ", ". ", ", ", "_"};
        for (int i = 0; i < words.size(); i++) {
            for (char c : words.get(i).toCharArray()) {
                char letter = c == 'a' && random.nextInt(3) == 0 ? ACCENTED_A.charAt(random.nextInt(ACCENTED_A.length())) : c;
                out.append(random.nextBoolean() ? Character.toUpperCase(letter) : letter);
            }
            if (i < words.size() - 1) {
                out.append(separators[random.nextInt(separators.length)]);
            }
        }
        return out.append(random.nextBoolean() ? " " : "").toString();
    }

    private static Victim named(String name, LocalDate born) {
        return CaseFixtures.adult().personal(PersonalData.named(name)).birthDate(born).build();
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void aNameWrittenDifferentlyGivesTheSameKey(@ForAll("names") List<String> words, @ForAll long seed) {
        String plain = String.join(" ", words);
        String elsewhere = writtenElsewhere(words, seed);
        assertThat(VictimIdentity.nameKey(named(elsewhere, BORN))).as(elsewhere)
                .isEqualTo(VictimIdentity.nameKey(named(plain, BORN)))
                .contains("name:" + plain + "|" + BORN);
    }

    @Property(edgeCases = EdgeCasesMode.MIXIN)
    void anotherBirthDateOrAnotherNameGivesAnotherKey(@ForAll("names") List<String> words,
            @ForAll("names") List<String> other, @ForAll @IntRange(min = 1, max = 20000) int days) {
        String name = String.join(" ", words);
        assertThat(VictimIdentity.nameKey(named(name, BORN.minusDays(days))))
                .isNotEqualTo(VictimIdentity.nameKey(named(name, BORN)));
        if (!other.equals(words)) {
            assertThat(VictimIdentity.nameKey(named(String.join(" ", other), BORN)))
                    .isNotEqualTo(VictimIdentity.nameKey(named(name, BORN)));
        }
    }

    @Property
    void normalisingTwiceChangesNothing(@ForAll String text) {
        String once = VictimIdentity.normalise(text);
        assertThat(VictimIdentity.normalise(once)).isEqualTo(once);
        assertThat(once).isEqualTo(once.trim()).doesNotContain("  ").isEqualTo(once.toLowerCase(Locale.ROOT));
    }

    @Property
    void withoutANameOrABirthDateThereIsNoNameKey(@ForAll("separators") String noLetters) {
        assertThat(VictimIdentity.nameKey(named(noLetters, BORN))).isEmpty();
        assertThat(VictimIdentity.nameKey(named("Siti Rahmawati", null))).isEmpty();
        assertThat(VictimIdentity.nameKey(CaseFixtures.adult().personal(PersonalData.NONE).build())).isEmpty();
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.strings().withChars(" -.,_'\t/").ofMinLength(1).ofMaxLength(6);
    }

    @Property
    void theNikKeyIsTheNik(@ForAll("niks") String nik) {
        Victim v = CaseFixtures.adult().nik(Nik.of(nik)).build();
        assertThat(VictimIdentity.nikKey(v)).contains("nik:" + nik);
        assertThat(VictimIdentity.nikKey(v.toBuilder().personal(PersonalData.named("Siti")).build())).isEmpty();
    }

    @Provide
    Arbitrary<String> niks() {
        return Combinators.combine(CaseArbitraries.districts(), Arbitraries.strings().numeric().ofLength(10))
                .as((district, rest) -> district.value().replace(".", "") + rest);
    }
}
