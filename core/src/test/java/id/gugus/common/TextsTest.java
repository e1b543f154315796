package id.gugus.common;

import static id.gugus.validation.ViolationAssert.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules TEXT-REQUIRED and TEXT-FORMAT of bounded free text. */
class TextsTest {
    private static final String TOO_LONG_ID = "Teks lebih panjang dari 200 karakter.";
    private static final String TOO_LONG_EN = "The text is longer than 200 characters.";
    private static final String CONTROL_ID = "Teks mengandung karakter kontrol (hanya baris baru dan tab yang diperbolehkan).";
    private static final String CONTROL_EN = "The text contains a control character (only line breaks and tabs are allowed).";

    @Test
    void presentTextIsReturnedAsGiven() {
        assertThat(Texts.required("Dinas PPPA \"Kalbar\" 🧒🏽", "agency.name", Texts.SHORT)).isEqualTo("Dinas PPPA \"Kalbar\" 🧒🏽");
        assertThat(Texts.optional(null, "personal.name", Texts.SHORT)).isNull();
        assertThat(Texts.optional("  ", "personal.name", Texts.SHORT)).isEqualTo("  ");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
    void aMissingOrBlankRequiredTextBreaksTextRequired(String blank) {
        assertViolation(() -> Texts.required(blank, "agency.name", Texts.SHORT), "TEXT-REQUIRED", "agency.name",
                "Nilai wajib diisi.", "A value is required.");
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() {
        String emoji200 = "🧒".repeat(200);

        assertThat(Texts.required(emoji200, "agency.name", Texts.SHORT)).isEqualTo(emoji200);
        assertViolation(() -> Texts.required(emoji200 + "a", "agency.name", Texts.SHORT), "TEXT-FORMAT", "agency.name",
                TOO_LONG_ID, TOO_LONG_EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Siti\u0000", "a\rb", "\u001b[31mred", "bell\u0007", "del\u007f", "c1\u0085"})
    void controlCharactersBreakTextFormat(String text) {
        assertViolation(() -> Texts.optional(text, "personal.address", Texts.SHORT), "TEXT-FORMAT", "personal.address",
                CONTROL_ID, CONTROL_EN);
    }

    @Test
    void anEchoShowsTheStartOfAValueOnOneLineWithNothingHidden() {
        assertThat(Texts.echo("LP/B/1\n[ACCESS-SCOPE] forged\u2028\u202eevil\u200b\ufeff")).isEqualTo(
                "LP/B/1?[ACCESS-SCOPE] forged??evil??");
        assertThat(Texts.echo("😀".repeat(50))).isEqualTo("😀".repeat(40) + "…");
        assertThat(Texts.echo("a\ud800b")).isEqualTo("a?b");
        assertThat(Texts.echo(null)).isEqualTo("null");
    }

    @Test
    void newlinesAndTabsAreText() {
        assertThat(Texts.optional("Jl. Ahmad Yani\n\tNo. 1", "personal.address", Texts.LONG)).contains("\n");
    }

    @Test
    void theMessageNeverRepeatsTheText() {
        assertViolation(() -> Texts.optional("Siti Aminah\u0000", "personal.name", 50), "TEXT-FORMAT", "personal.name",
                CONTROL_ID, CONTROL_EN);
        assertViolation(() -> Texts.optional("Siti Aminah".repeat(5), "personal.name", 50), "TEXT-FORMAT", "personal.name",
                "Teks lebih panjang dari 50 karakter.", "The text is longer than 50 characters.");
    }
}
