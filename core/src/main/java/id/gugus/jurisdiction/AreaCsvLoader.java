package id.gugus.jurisdiction;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import id.gugus.error.ValidationException;
import id.gugus.validation.ViolationCollector;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the official area files ({@code provinces.csv}, {@code regencies.csv},
 * {@code districts.csv}, {@code villages.csv}: Kemendagri codes via idn-area-data, ODbL) with
 * Jackson's CSV parser: names hold quoted commas, doubled quotes and non-ASCII letters. Each
 * row's parent column must agree with its code (rule {@code JUR-PARENT}); every bad row of a
 * file is reported together.
 */
public final class AreaCsvLoader {
    /** Classpath folder of the bundled provinces, regencies and districts. */
    public static final String BUNDLED_FOLDER = "/id/gugus/jurisdiction/idn-area/";

    // Arguments of JUR-PARENT: which of the row's facts disagrees with its code; the bundles
    // word them per language ({1,choice,...}).
    private static final int MISMATCHED_LEVEL = 0;
    private static final int MISMATCHED_PARENT = 1;

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema HEADER = CsvSchema.emptySchema().withHeader();

    private AreaCsvLoader() {}

    /** Provinces, regencies/cities and districts shipped inside gugus-core, parents first. */
    public static List<Jurisdiction> bundled() {
        ImmutableList.Builder<Jurisdiction> all = ImmutableList.builder();
        all.addAll(readResource("provinces.csv", Level.PROVINCE, null));
        all.addAll(readResource("regencies.csv", Level.REGENCY, "province_code"));
        all.addAll(readResource("districts.csv", Level.DISTRICT, "regency_code"));
        return all.build();
    }

    public static List<Jurisdiction> provinces(Path file) {
        return read(file, Level.PROVINCE, null);
    }

    public static List<Jurisdiction> regencies(Path file) {
        return read(file, Level.REGENCY, "province_code");
    }

    public static List<Jurisdiction> districts(Path file) {
        return read(file, Level.DISTRICT, "regency_code");
    }

    /**
     * Villages are not bundled here (83,762 rows): the caller names the file, or takes them all
     * from the gugus-area-villages artifact ({@code Villages.load()}).
     */
    public static List<Jurisdiction> villages(Path file) {
        return read(file, Level.VILLAGE, "district_code");
    }

    /**
     * Villages from text in the layout of {@code villages.csv} ({@code code,district_code,name}),
     * such as a class-path resource; {@code source} names it in the paths of violations
     * ({@code source:line}). The reader is read to its end and closed.
     */
    public static List<Jurisdiction> villages(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        try {
            return parse(in, source, Level.VILLAGE, "district_code");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read area file " + source, e);
        }
    }

    /**
     * All four files of a folder laid out like idn-area-data's data directory
     * ({@code provinces.csv}, {@code regencies.csv}, {@code districts.csv}, {@code villages.csv}),
     * parents first.
     */
    public static List<Jurisdiction> folder(Path folder) {
        return ImmutableList.<Jurisdiction>builder()
                .addAll(provinces(folder.resolve("provinces.csv")))
                .addAll(regencies(folder.resolve("regencies.csv")))
                .addAll(districts(folder.resolve("districts.csv")))
                .addAll(villages(folder.resolve("villages.csv")))
                .build();
    }

    private static List<Jurisdiction> read(Path file, Level level, String parentColumn) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.getFileName().toString(), level, parentColumn);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read area file " + file, e);
        }
    }

    private static List<Jurisdiction> readResource(String name, Level level, String parentColumn) {
        InputStream stream = AreaCsvLoader.class.getResourceAsStream(BUNDLED_FOLDER + name);
        if (stream == null) {
            throw new IllegalStateException("bundled area file missing: " + BUNDLED_FOLDER + name);
        }
        try (Reader in = new java.io.InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return parse(in, name, level, parentColumn);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled area file " + name, e);
        }
    }

    static List<Jurisdiction> parse(Reader in, String source, Level level, String parentColumn) throws IOException {
        ImmutableList.Builder<Jurisdiction> rows = ImmutableList.builder();
        ViolationCollector problems = new ViolationCollector();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class).with(HEADER).readValues(in)) {
            int line = 1;
            while (it.hasNext()) {
                line++;
                Map<String, String> row = it.next();
                String path = source + ":" + line;
                try {
                    Jurisdiction area = Jurisdiction.of(row.get("code"), row.get("name"));
                    String expectedParent = area.parent().map(JurisdictionCode::value).orElse("");
                    if (area.level() != level) {
                        problems.add(JurisdictionRule.PARENT_MISMATCH, path, area.code(), MISMATCHED_LEVEL, level, area.level());
                    } else if (parentColumn != null && !expectedParent.equals(row.get(parentColumn))) {
                        problems.add(JurisdictionRule.PARENT_MISMATCH, path, area.code(), MISMATCHED_PARENT,
                                Objects.toString(row.get(parentColumn), ""), expectedParent);
                    } else {
                        rows.add(area);
                    }
                } catch (ValidationException e) {
                    problems.addAll(path, new id.gugus.validation.Violations(e.violations()));
                } catch (NullPointerException e) {
                    // No code column in this row: reported as an empty code, in either language.
                    problems.add(JurisdictionRule.CODE_FORMAT, path, "");
                }
            }
        }
        ValidationException.throwIfErrors(problems.result());
        return rows.build();
    }
}
