package id.gugus.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.base.Throwables;
import id.gugus.cases.CaseCursor;
import id.gugus.error.ValidationException;
import id.gugus.store.AuditLog;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #16, item 9: a cursor is capped ({@link PageRequest#MAX_CURSOR_LENGTH}) and never echoed
 * whole. Whatever text is handed in as a cursor, the answer is one {@link ValidationException}
 * (PAGE-CURSOR, at {@code page.after}) whose whole exception chain stays short.
 */
class CursorProperties {
    /** What any refusal of a cursor may weigh, its whole chain of causes included. */
    private static final int MAX_ERROR_TEXT = 400;

    @Property
    void aCursorOverTheCapIsRefusedBeforeAnyQuery(@ForAll("overTheCap") String cursor) {
        assertRefusedBriefly(cursor, c -> new PageRequest(10, c), 1);
    }

    @Property
    void anyTextThatNoQueryWroteIsRefusedByBothKindsOfCursor(@ForAll("garbage") String cursor) {
        assertRefusedBriefly(cursor, CaseCursor::decode, 0);
        assertRefusedBriefly(cursor, AuditLog::parseCursor, 0);
    }

    @Property
    void everyCursorTheLibraryWritesIsAcceptedAndReadBack(@ForAll("positions") CaseCursor position,
            @ForAll("sequences") long sequence) {
        String cursor = position.encode();
        assertThat(new PageRequest(10, cursor).after()).isEqualTo(cursor);
        assertThat(CaseCursor.decode(cursor)).isEqualTo(position);
        assertThat(AuditLog.parseCursor(new PageRequest(10, Long.toString(sequence)).after())).isEqualTo(sequence);
    }

    @Example
    void aMegabyteCursorGivesAShortMessage() {
        String huge = "2026-01-01_" + "x".repeat(1 << 20);
        ValidationException e = (ValidationException) catchThrowable(() -> new PageRequest(10, huge));
        assertThat(e.getMessage()).isEqualTo("[PAGE-CURSOR] page.after: A cursor is at most 200 characters; this one has"
                + " 1,048,587 (‘2026-01-01_xxxxxxxxxxxxxxxxxxxxxxxxxxxxx…’).");
    }

    private static void assertRefusedBriefly(String cursor, Consumer<String> use, int variant) {
        Throwable thrown = catchThrowable(() -> use.accept(cursor));
        assertThat(thrown).as("cursor of %s characters", cursor.length()).isInstanceOf(ValidationException.class);
        Violation v = ((ValidationException) thrown).violations().get(0);
        assertThat(v.ruleId()).isEqualTo("PAGE-CURSOR");
        assertThat(v.path()).isEqualTo("page.after");
        String chain = Throwables.getCausalChain(thrown).stream().map(t -> String.valueOf(t.getMessage()))
                .reduce("", String::concat);
        assertThat(chain.length()).isLessThan(MAX_ERROR_TEXT);
        if (cursor.length() > Texts.ECHO) {
            assertThat(chain).doesNotContain(cursor);
        }
        assertThat(chain).doesNotContain("\n", "\r", "\u2028", "\u202e", "\u200b", "\ufeff");
        assertThat(v.messageEn()).startsWith(variant == 0 ? "‘" : "A cursor is at most");
    }

    @Provide
    Arbitrary<String> overTheCap() {
        return Arbitraries.strings().all().ofMinLength(PageRequest.MAX_CURSOR_LENGTH + 1).ofMaxLength(5000);
    }

    /** Random text, forged shapes close to a real cursor, and hostile characters. */
    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(PageRequest.MAX_CURSOR_LENGTH);
        Arbitrary<String> nearly = Arbitraries.of("2026-02-30_" + UUID.randomUUID(), "2026-01-01_not-a-uuid", "_", "",
                "2026-01-01", "-1", "9223372036854775808", "12\n34", "1\u2028[ACCESS-SCOPE] forged", "\u202e1234",
                "+2026-01-01_" + UUID.randomUUID(), "2026-01-01_" + UUID.randomUUID() + "\u0000");
        return Arbitraries.oneOf(any, nearly).filter(s -> !isSequence(s) && !isCaseCursor(s));
    }

    @Provide
    Arbitrary<CaseCursor> positions() {
        return Combinators.combine(Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay()),
                Arbitraries.create(UUID::randomUUID)).as((day, id) -> new CaseCursor(LocalDate.ofEpochDay(day), id));
    }

    @Provide
    Arbitrary<Long> sequences() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE);
    }

    private static boolean isSequence(String s) {
        try {
            return Long.parseLong(s) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isCaseCursor(String s) {
        try {
            CaseCursor.decode(s);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }
}
