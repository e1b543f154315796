package id.gugus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableSet;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.Violation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #16, item 10: an actor id is plain ASCII (rule ACTOR-ID), so nothing written to the audit
 * log or to a refusal under it can break a line, reverse the text or hide a character, and
 * {@code system} is the application's alone.
 */
class ActorIdProperties {
    private static final JurisdictionCode KALBAR = JurisdictionCode.of("61");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String PUNCTUATION = "._@:+/-";

    @Property
    void everyIdOfTheAlphabetIsAnActor(@ForAll("ids") String id, @ForAll Role role) {
        assertThat(Actor.of(id, KALBAR, role).id()).isEqualTo(id);
    }

    @Property
    void anyOtherCharacterAnywhereIsRefused(@ForAll("ids") String id, @ForAll("hostile") String bad,
            @ForAll("positions") int at) {
        int cut = at % (id.length() + 1);
        String forged = id.substring(0, cut) + bad + id.substring(cut);
        Violation v = refusal(forged);
        assertThat(v.ruleId()).isEqualTo("ACTOR-ID");
        assertThat(v.path()).isEqualTo("actor.id");
        // The id is shown, but nothing of it that could break or disguise the message.
        assertThat((v.messageEn() + v.messageId()).codePoints()).allSatisfy(c -> assertThat(Character.getType(c))
                .isNotIn((int) Character.CONTROL, (int) Character.FORMAT, (int) Character.LINE_SEPARATOR,
                        (int) Character.PARAGRAPH_SEPARATOR, (int) Character.SURROGATE, (int) Character.PRIVATE_USE,
                        (int) Character.UNASSIGNED));
    }

    @Property
    void theSystemIdIsReservedInAnyCase(@ForAll("systemSpellings") String id, @ForAll Role role) {
        Assume.that(!(id.equals("system") && role == Role.SYSTEM));
        Violation v = refusal(() -> Actor.of(id, JurisdictionCode.NATIONAL, role));
        assertThat(v.ruleId()).isEqualTo("ACTOR-ID");
        assertThat(v.messageEn()).isEqualTo("The actor id ‘" + id + "’ is reserved for the application itself (Actor.SYSTEM).");
    }

    @Example
    void onlyTheSystemItselfIsCalledSystem() {
        assertThat(new Actor("system", ImmutableSet.of(Role.SYSTEM), JurisdictionCode.NATIONAL)).isEqualTo(Actor.SYSTEM);
        assertThat(refusal(() -> new Actor("system", ImmutableSet.of(Role.SYSTEM), KALBAR)).ruleId()).isEqualTo("ACTOR-ID");
        assertThat(refusal(() -> new Actor("System", ImmutableSet.of(Role.SYSTEM), JurisdictionCode.NATIONAL)).ruleId())
                .isEqualTo("ACTOR-ID");
        assertThat(Actor.national("system-backup", Role.ADMINISTRATOR).id()).isEqualTo("system-backup");
    }

    @Example
    void theIdsOfTheIssueAreRefused() {
        for (String id : new String[] {"siti\nadmin", "siti\u2028admin", "\u202esiti", "si\u200bti", "\ufeffsiti",
                "siti rahayu", "-siti", "siti\u0000", "ѕіtі"}) {
            assertThat(refusal(id).ruleId()).as(id).isEqualTo("ACTOR-ID");
        }
        assertThat(refusal("x".repeat(201)).ruleId()).isEqualTo("ACTOR-ID");
        assertThat(Actor.of("x".repeat(200), KALBAR, Role.VIEWER).id()).hasSize(200);
    }

    private static Violation refusal(String id) {
        return refusal(() -> Actor.of(id, KALBAR, Role.CASE_WORKER));
    }

    private static Violation refusal(Runnable build) {
        ValidationException e = catchThrowableOfType(ValidationException.class, build::run);
        assertThat(e).isNotNull();
        return e.violations().get(0);
    }

    @Provide
    Arbitrary<String> ids() {
        return Combinators.combine(Arbitraries.strings().withChars(ALPHABET).ofLength(1),
                Arbitraries.strings().withChars(ALPHABET + PUNCTUATION).ofMaxLength(60)).as(String::concat)
                .filter(s -> !s.equalsIgnoreCase("system"));
    }

    /** Characters outside the alphabet: controls, separators, format characters, non-ASCII letters, spaces. */
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<Character> named = Arbitraries.of('\n', '\r', '\t', '\u0000', '\u0085', '\u2028', '\u2029', '\u202e',
                '\u202d', '\u2066', '\u200b', '\u200c', '\u200d', '\ufeff', ' ', '\u00a0', '"', '\'', '\\', '[', ']',
                'é', 'і', '\ud800');
        Arbitrary<Character> any = Arbitraries.chars().filter(c -> ALPHABET.indexOf(c) < 0 && PUNCTUATION.indexOf(c) < 0);
        return Arbitraries.oneOf(named, any).map(String::valueOf);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 100);
    }

    @Provide
    Arbitrary<String> systemSpellings() {
        return Arbitraries.of("system", "SYSTEM", "System", "sYsTeM", "systeM");
    }
}
