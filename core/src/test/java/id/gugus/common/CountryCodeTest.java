package id.gugus.common;

import static id.gugus.validation.ViolationAssert.assertViolation;
import static id.gugus.validation.ViolationAssert.thrownViolation;
import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule COUNTRY-CODE: ISO 3166-1 alpha-3 codes only. */
class CountryCodeTest {
    private static final String MESSAGE_ID = " bukan kode negara ISO 3166-1 alpha-3.";
    private static final String MESSAGE_EN = " is not an ISO 3166-1 alpha-3 country code.";

    @ParameterizedTest
    @ValueSource(strings = {"IDN", "KHM", "MYS", "MMR", "LAO", "PHL", "THA", "SAU", "ARE", "TWN", "HKG", "TLS"})
    void destinationsOfTheStoryAreCountries(String code) {
        assertThat(CountryCode.of(code).value()).isEqualTo(code);
        assertThat(CountryCode.of(code)).hasToString(code);
    }

    @Test
    void indonesiaIsKnown() {
        assertThat(CountryCode.INDONESIA.isIndonesia()).isTrue();
        assertThat(CountryCode.of("KHM").isIndonesia()).isFalse();
    }

    @Test
    void anUnknownCodeBreaksCountryCode() {
        assertViolation(() -> CountryCode.of("XYZ"), "COUNTRY-CODE", "country", "'XYZ'" + MESSAGE_ID, "'XYZ'" + MESSAGE_EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "idn", "Idn", "ID", "IND0", "INDO", " IDN", "IDN ", "RI", "WNI", "360"})
    void alpha2NumericAndLowerCaseCodesAreRefused(String raw) {
        assertViolation(() -> CountryCode.of(raw), "COUNTRY-CODE", "country", "'" + raw + "'" + MESSAGE_ID, "'" + raw + "'" + MESSAGE_EN);
    }

    @Test
    void theEchoedValueIsCappedAndHasNoControlCharacters() {
        Violation v = thrownViolation(() -> CountryCode.of("A".repeat(1000) + "\u0000"));
        assertThat(v.messageEn()).isEqualTo("'" + "A".repeat(40) + "…'" + MESSAGE_EN);
        assertThat(thrownViolation(() -> CountryCode.of("ID\u0007")).messageId()).isEqualTo("'ID?'" + MESSAGE_ID);
    }

    @Property
    void anyTextIsACountryOrBreaksCountryCode(@ForAll("countryLike") String text) {
        try {
            CountryCode code = CountryCode.of(text);
            assertThat(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)).contains(code.value());
        } catch (ValidationException e) {
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("COUNTRY-CODE");
                assertThat(v.path()).isEqualTo("country");
                assertThat(v.messageEn()).endsWith(MESSAGE_EN);
                assertThat(v.messageId()).endsWith(MESSAGE_ID);
            });
        }
    }

    @Provide
    Arbitrary<String> countryLike() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(3),
                Arbitraries.strings().ofMaxLength(50));
    }
}
