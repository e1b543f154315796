package id.gugus.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * {@link AreaCsvLoader#villages(java.io.Reader, String)}, the reader the village artifact uses, on
 * generated files written by a CSV writer: names with commas, quotes, apostrophes and non-ASCII
 * letters come back exactly, and every row whose district column disagrees with
 * its code is reported, by line, with nothing else.
 */
class AreaCsvLoaderProperties {
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema VILLAGES = CsvSchema.builder()
            .addColumn("code").addColumn("district_code").addColumn("name").build().withHeader();
    private static final List<Jurisdiction> DISTRICTS = JurisdictionDirectory.bundled().all().stream()
            .filter(a -> a.level() == Level.DISTRICT).toList();

    @Property(tries = 300)
    void writtenVillagesReadBackExactly(@ForAll("villages") @Size(max = 30) List<Jurisdiction> villages)
            throws JsonProcessingException {
        Map<JurisdictionCode, Jurisdiction> unique = new LinkedHashMap<>();
        villages.forEach(v -> unique.putIfAbsent(v.code(), v));
        List<Jurisdiction> rows = List.copyOf(unique.values());

        List<Jurisdiction> read = AreaCsvLoader.villages(new StringReader(csv(rows, Map.of())), "generated.csv");

        assertThat(read).containsExactlyElementsOf(rows);
    }

    @Property(tries = 300)
    void everyRowUnderAnotherDistrictIsReportedByLineAndNoOther(
            @ForAll("villages") @Size(min = 1, max = 30) List<Jurisdiction> villages, @ForAll("flags") List<Boolean> moved) {
        Map<Integer, String> wrongDistrict = new TreeMap<>();
        for (int i = 0; i < villages.size(); i++) {
            if (i < moved.size() && moved.get(i)) {
                wrongDistrict.put(i, otherDistrict(villages.get(i)));
            }
        }

        if (wrongDistrict.isEmpty()) {
            assertThat(AreaCsvLoader.villages(new StringReader(csv(villages, wrongDistrict)), "generated.csv"))
                    .hasSameSizeAs(villages);
            return;
        }
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> AreaCsvLoader.villages(new StringReader(csv(villages, wrongDistrict)), "generated.csv"));

        // Line 1 is the header, row i is on line i + 2.
        List<String> expectedPaths = new ArrayList<>();
        wrongDistrict.keySet().forEach(i -> expectedPaths.add("generated.csv:" + (i + 2)));
        assertThat(e.violations()).extracting(Violation::ruleId).containsOnly("JUR-PARENT");
        assertThat(e.violations()).extracting(Violation::path).containsExactlyElementsOf(expectedPaths);
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.messageEn()).contains("but its code says parent"));
    }

    private static String otherDistrict(Jurisdiction village) {
        String own = village.parent().orElseThrow().value();
        return DISTRICTS.stream().map(d -> d.code().value()).filter(c -> !c.equals(own)).findFirst().orElseThrow();
    }

    private static String csv(List<Jurisdiction> rows, Map<Integer, String> districtOverride) {
        List<Map<String, String>> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Jurisdiction v = rows.get(i);
            lines.add(Map.of("code", v.code().value(),
                    "district_code", districtOverride.getOrDefault(i, v.parent().orElseThrow().value()),
                    "name", v.name()));
        }
        try {
            return CSV.writer(VILLAGES).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Provide
    Arbitrary<List<Jurisdiction>> villages() {
        Arbitrary<String> code = Combinators.combine(
                        Arbitraries.of(DISTRICTS), Arbitraries.integers().between(1, 3), Arbitraries.integers().between(1, 999))
                .as((district, kind, serial) -> String.format("%s.%d%03d", district.code().value(), kind, serial));
        // Letters of real names and what trips a naive reader: separators, quotes, apostrophes.
        Arbitrary<String> name = Arbitraries.strings().withChars("aAzZ ,\"'’éŋ-.").ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.isBlank());
        return Combinators.combine(code, name).as(Jurisdiction::of).list();
    }

    @Provide
    Arbitrary<List<Boolean>> flags() {
        return Arbitraries.of(true, false, false).list().ofMaxSize(30);
    }
}
