package id.gugus.jurisdiction;

import static id.gugus.validation.ViolationAssert.assertViolation;
import static id.gugus.validation.ViolationAssert.thrownViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.validation.Violation;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule JUR-CODE-FORMAT and what a code tells by itself (docs/jurisdictions.md). */
class JurisdictionCodeTest {
    private static final String FORMAT_ID = " bukan kode wilayah Kemendagri (seharusnya ID, 61, 61.71, 61.71.01 atau 61.71.01.1001).";
    private static final String FORMAT_EN = " is not a Kemendagri area code (expected ID, 61, 61.71, 61.71.01 or 61.71.01.1001).";

    @ParameterizedTest
    @CsvSource({
            "ID,            NATIONAL, COUNTRY",
            "61,            PROVINCE, PROVINCE",
            "61.01,         REGENCY,  KABUPATEN",
            "61.69,         REGENCY,  KABUPATEN",
            "61.71,         REGENCY,  KOTA",
            "61.99,         REGENCY,  KOTA",
            "61.71.01,      DISTRICT, KECAMATAN",
            "61.71.01.1001, VILLAGE,  KELURAHAN",
            "11.01.01.2001, VILLAGE,  DESA",
            "91.03.01.3007, VILLAGE,  DESA_ADAT"})
    void aWellFormedCodeGivesItsLevelAndKind(String code, Level level, AreaKind kind) {
        JurisdictionCode parsed = JurisdictionCode.of(code);

        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.toString()).isEqualTo(code);
        assertThat(parsed.level()).isEqualTo(level);
        assertThat(parsed.kind()).isEqualTo(kind);
    }

    @Test
    void aMalformedCodeBreaksJurCodeFormatWithBothMessages() {
        assertViolation(() -> JurisdictionCode.of("61.7"), "JUR-CODE-FORMAT", "code", "'61.7'" + FORMAT_ID, "'61.7'" + FORMAT_EN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 61", "61 ", "id", "Id", "0", "6", "00", "01", "61.", ".61", "61..01", "61.1", "61.001",
            "61.00", "61.70", "61.71.0", "61.71.00", "61.71.001", "61.71.01.0000", "61.71.01.001", "61.71.01.10010",
            "61.71.01.4001", "61.71.01.9999", "61.71.01.1001.1", "61,71", "61-71", "６１", "٦١", "ID.61"})
    void theseAreNotCodes(String raw) {
        Violation v = thrownViolation(() -> JurisdictionCode.of(raw));

        assertViolation(v, "JUR-CODE-FORMAT", "code", "'" + raw + "'" + FORMAT_ID, "'" + raw + "'" + FORMAT_EN);
    }

    @Test
    void theEchoedValueIsCappedAndHasNoControlCharacters() {
        Violation v = thrownViolation(() -> JurisdictionCode.of("9".repeat(100)));
        assertThat(v.messageEn()).isEqualTo("'" + "9".repeat(40) + "…'" + FORMAT_EN);

        Violation control = thrownViolation(() -> JurisdictionCode.of("61\n\u0000"));
        assertThat(control.messageId()).isEqualTo("'61??'" + FORMAT_ID);
    }

    @Test
    void nullIsAProgrammingErrorNotAFormatViolation() {
        assertThatThrownBy(() -> JurisdictionCode.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void parentsClimbOneLevelAtATime() {
        JurisdictionCode village = JurisdictionCode.of("61.71.01.1001");

        assertThat(village.parent()).contains(JurisdictionCode.of("61.71.01"));
        assertThat(JurisdictionCode.of("61.71.01").parent()).contains(JurisdictionCode.of("61.71"));
        assertThat(JurisdictionCode.of("61.71").parent()).contains(JurisdictionCode.of("61"));
        assertThat(JurisdictionCode.of("61").parent()).contains(JurisdictionCode.NATIONAL);
        assertThat(JurisdictionCode.NATIONAL.parent()).isEqualTo(Optional.empty());
    }

    @Test
    void ancestorsAtEachLevel() {
        JurisdictionCode village = JurisdictionCode.of("61.71.01.1001");

        assertThat(village.ancestorAt(Level.NATIONAL)).isEqualTo(JurisdictionCode.NATIONAL);
        assertThat(village.ancestorAt(Level.PROVINCE)).isEqualTo(JurisdictionCode.of("61"));
        assertThat(village.ancestorAt(Level.REGENCY)).isEqualTo(JurisdictionCode.of("61.71"));
        assertThat(village.ancestorAt(Level.DISTRICT)).isEqualTo(JurisdictionCode.of("61.71.01"));
        assertThat(village.ancestorAt(Level.VILLAGE)).isEqualTo(village);
        assertThatThrownBy(() -> JurisdictionCode.of("61").ancestorAt(Level.DISTRICT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void containsIsTheSubtreeRelation() {
        JurisdictionCode kalbar = JurisdictionCode.of("61");

        assertThat(kalbar.contains(kalbar)).isTrue();
        assertThat(kalbar.contains(JurisdictionCode.of("61.71.01.1001"))).isTrue();
        assertThat(kalbar.contains(JurisdictionCode.of("62"))).isFalse();
        assertThat(JurisdictionCode.of("61.71").contains(JurisdictionCode.of("61"))).isFalse();
        assertThat(JurisdictionCode.of("61.10").contains(JurisdictionCode.of("61.01"))).isFalse();
        assertThat(JurisdictionCode.NATIONAL.contains(JurisdictionCode.of("94.01"))).isTrue();
        assertThat(JurisdictionCode.NATIONAL.contains(JurisdictionCode.NATIONAL)).isTrue();
    }

    @Test
    void aSubtreeIsOneRangeOfCodes() {
        assertThat(JurisdictionCode.of("61").subtreeUpperBound()).isEqualTo("61/");
        assertThat(JurisdictionCode.of("61.71").subtreeUpperBound()).isEqualTo("61.71/");
        assertThat(JurisdictionCode.NATIONAL.subtreeUpperBound()).isEqualTo("ID/");
        assertThat("61.99.99.3999").isLessThan("61/");
        assertThat("62").isGreaterThan("61/");
    }

    @Test
    void codesSortByText() {
        assertThat(JurisdictionCode.of("61").compareTo(JurisdictionCode.of("61.01"))).isNegative();
        assertThat(JurisdictionCode.of("61.72").compareTo(JurisdictionCode.of("61.71.01"))).isPositive();
    }
}
