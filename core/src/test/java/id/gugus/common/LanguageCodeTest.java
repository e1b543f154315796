package id.gugus.common;

import static id.gugus.validation.ViolationAssert.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.error.ValidationException;
import java.util.Locale;
import java.util.MissingResourceException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule LANGUAGE-CODE: ISO 639-2 codes (terminology or bibliographic) or ISO 639-1, lower case. */
class LanguageCodeTest {
    private static final String MESSAGE_ID =
            " bukan kode bahasa ISO 639-2 (tiga huruf kecil, misalnya ind) maupun ISO 639-1 (dua huruf, misalnya id).";
    private static final String MESSAGE_EN =
            " is not an ISO 639-2 language code (three lower-case letters, such as ind) nor an ISO 639-1 one (two, such as id).";

    @ParameterizedTest
    @CsvSource({"ind,ind", "id,ind", "in,ind", "iw,heb", "msa,msa", "may,msa", "ms,msa", "zh,zho", "chi,zho", "khm,khm", "km,khm",
            "day,day", "mad,mad", "ban,ban", "bug,bug", "jv,jav", "fil,fil", "tl,tgl"})
    void everySpellingGivesTheTerminologyCode(String written, String terminology) {
        assertThat(LanguageCode.of(written).value()).isEqualTo(terminology);
        assertThat(LanguageCode.of(written)).isEqualTo(LanguageCode.of(terminology)).hasToString(terminology);
    }

    @Test
    void indonesianIsKnown() {
        assertThat(LanguageCode.of("id").isIndonesian()).isTrue();
        assertThat(LanguageCode.of("msa").isIndonesian()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "IND", "Id", "indo", "bahasa", "indonesia", "qaa", "qaa-qtz", " ind", "ind ", "xx", "jawa"})
    void otherTextsAreRefused(String raw) {
        assertViolation(() -> LanguageCode.of(raw), "LANGUAGE-CODE", "language", "'" + raw + "'" + MESSAGE_ID,
                "'" + raw + "'" + MESSAGE_EN);
    }

    @Test
    void theConstructorTakesOnlyTheTerminologyCode() {
        assertViolation(() -> new LanguageCode("may"), "LANGUAGE-CODE", "language", "'may'" + MESSAGE_ID, "'may'" + MESSAGE_EN);
    }

    /** The JDK's own table of ISO 639-1 to ISO 639-2/T is the oracle for every two-letter code. */
    @Property
    void aTwoLetterCodeGivesTheSameThreeLetterCodeAsTheJdk(@ForAll("jdkLanguages") String alpha2) {
        String iso3;
        try {
            iso3 = Locale.forLanguageTag(alpha2).getISO3Language();
        } catch (MissingResourceException e) {
            return;
        }
        // The JDK still gives Moldavian's mol, which ISO 639-2 merged into Romanian (ron) in 2008.
        assertThat(LanguageCode.of(alpha2).value()).isEqualTo(iso3.equals("mol") ? "ron" : iso3);
    }

    @Property
    void anyTextIsALanguageOrBreaksLanguageCode(@ForAll("languageLike") String text) {
        try {
            LanguageCode code = LanguageCode.of(text);
            assertThat(code.value()).matches("[a-z]{3}");
            assertThat(LanguageCode.of(code.value())).isEqualTo(code);
        } catch (ValidationException e) {
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("LANGUAGE-CODE");
                assertThat(v.path()).isEqualTo("language");
                assertThat(v.messageEn()).endsWith(MESSAGE_EN);
                assertThat(v.messageId()).endsWith(MESSAGE_ID);
            });
        }
    }

    @Provide
    Arbitrary<String> jdkLanguages() {
        return Arbitraries.of(Locale.getISOLanguages());
    }

    @Provide
    Arbitrary<String> languageLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(3),
                Arbitraries.strings().ofMaxLength(20));
    }
}
