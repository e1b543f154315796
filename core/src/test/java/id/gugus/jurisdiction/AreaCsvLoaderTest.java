package id.gugus.jurisdiction;

import static id.gugus.validation.ViolationAssert.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule JUR-PARENT and the CSV reading of {@link AreaCsvLoader}, on small in-memory files. */
class AreaCsvLoaderTest {
    private static List<Jurisdiction> regencies(String csv) throws IOException {
        return AreaCsvLoader.parse(new StringReader(csv), "regencies.csv", Level.REGENCY, "province_code");
    }

    @Test
    void rowsWhoseParentAgreesWithTheCodeLoad() throws IOException {
        List<Jurisdiction> rows = regencies("code,province_code,name\n61.71,61,Kota Pontianak\n61.72,61,\"Kota \"\"Singkawang\"\", Kalbar\"\n");

        assertThat(rows).containsExactly(Jurisdiction.of("61.71", "Kota Pontianak"),
                Jurisdiction.of("61.72", "Kota \"Singkawang\", Kalbar"));
    }

    @Test
    void aParentColumnThatDisagreesWithTheCodeBreaksJurParent() {
        assertViolation(() -> regencies("code,province_code,name\n61.71,61,Kota Pontianak\n61.72,62,Kota Singkawang\n"),
                "JUR-PARENT", "regencies.csv:3",
                "Wilayah 61.72 diberi induk '62', padahal kodenya menunjukkan induk '61'.",
                "Area 61.72 is given parent '62', but its code says parent '61'.");
    }

    @Test
    void aMissingParentColumnBreaksJurParent() {
        assertViolation(() -> regencies("code,name\n61.71,Kota Pontianak\n"), "JUR-PARENT", "regencies.csv:2",
                "Wilayah 61.71 diberi induk '', padahal kodenya menunjukkan induk '61'.",
                "Area 61.71 is given parent '', but its code says parent '61'.");
    }

    @Test
    void aRowAtTheWrongLevelBreaksJurParent() {
        assertViolation(() -> regencies("code,province_code,name\n61.71.01,61.71,Pontianak Selatan\n"),
                "JUR-PARENT", "regencies.csv:2",
                "Wilayah 61.71.01 diberi tingkat 'REGENCY', padahal kodenya menunjukkan tingkat 'DISTRICT'.",
                "Area 61.71.01 is given level 'REGENCY', but its code says level 'DISTRICT'.");
    }

    @Test
    void everyBadRowIsReportedTogether() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> regencies("""
                code,province_code,name
                61.71,62,Kota Pontianak
                61.7,61,Kota Singkawang
                61.01,61,
                61,61,Kalimantan Barat
                61.02,61,Kabupaten Mempawah
                """));

        assertThat(e.violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("JUR-PARENT", "regencies.csv:2"),
                org.assertj.core.groups.Tuple.tuple("JUR-CODE-FORMAT", "regencies.csv:3.code"),
                org.assertj.core.groups.Tuple.tuple("TEXT-REQUIRED", "regencies.csv:4.jurisdiction.name"),
                org.assertj.core.groups.Tuple.tuple("JUR-PARENT", "regencies.csv:5"));
        assertThat(e.violations().get(1).messageEn())
                .isEqualTo("'61.7' is not a Kemendagri area code (expected ID, 61, 61.71, 61.71.01 or 61.71.01.1001).");
    }

    @Test
    void aRowWithoutACodeIsAnEmptyCode() {
        assertViolation(() -> AreaCsvLoader.parse(new StringReader("name\nKalimantan Barat\n"), "provinces.csv", Level.PROVINCE, null),
                "JUR-CODE-FORMAT", "provinces.csv:2",
                "'' bukan kode wilayah Kemendagri (seharusnya ID, 61, 61.71, 61.71.01 atau 61.71.01.1001).",
                "'' is not a Kemendagri area code (expected ID, 61, 61.71, 61.71.01 or 61.71.01.1001).");
    }

    @Test
    void villagesHaveDistrictParents() throws IOException {
        List<Jurisdiction> villages = AreaCsvLoader.parse(new StringReader(
                "code,district_code,name\n91.03.01.3007,91.03.01,Desa Adat Yoboi\n53.07.01.2021,53.07.01,Regapu’u\n"),
                "villages.csv", Level.VILLAGE, "district_code");

        assertThat(villages).extracting(Jurisdiction::kind).containsExactly(AreaKind.DESA_ADAT, AreaKind.DESA);
        assertThat(villages.get(1).name()).isEqualTo("Regapu’u");
    }

    @Test
    void aMissingFileIsAnIoError(@TempDir Path dir) {
        Path missing = dir.resolve("villages.csv");

        UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class, () -> AreaCsvLoader.villages(missing));

        assertThat(e).hasMessageContaining("villages.csv");
    }
}
