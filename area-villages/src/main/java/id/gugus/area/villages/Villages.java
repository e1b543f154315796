package id.gugus.area.villages;

import com.google.common.collect.ImmutableList;
import id.gugus.jurisdiction.AreaCsvLoader;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Every village (desa, kelurahan, desa adat) of Indonesia: the 83,762 rows of the official
 * Kemendagri list as published in idn-area-data 4.0.1, shipped in this jar under the Open
 * Database License (see {@code id/gugus/area/villages/ATTRIBUTION.md} and {@code LICENSE.md}
 * beside it, and keep them with any copy you convey).
 *
 * <p>gugus-core bundles the levels above (provinces, regencies and cities, districts) and a
 * village is stored under its district, so import the bundled tree first, or everything at once:
 *
 * <pre>{@code
 * store.jurisdictions().importDirectory(JurisdictionDirectory.bundled());
 * store.jurisdictions().importAll(Villages.load());
 * // or, in one call:
 * store.jurisdictions().importAll(Villages.withBundledTree());
 * }</pre>
 *
 * <p>Each call reads the file again (about 3 MB of text) and keeps nothing: import once.
 */
public final class Villages {
    /** The class-path resource read by {@link #load()}. */
    public static final String RESOURCE = "/id/gugus/area/villages/villages.csv";

    private Villages() {}

    /** All 83,762 villages, in the order of the file (by code). */
    public static List<Jurisdiction> load() {
        InputStream stream = Villages.class.getResourceAsStream(RESOURCE);
        if (stream == null) {
            // Only a repackaged jar can lose it; say which file, not a NullPointerException.
            throw new IllegalStateException("village file missing from the class path: " + RESOURCE);
        }
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return AreaCsvLoader.villages(in, "villages.csv");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + RESOURCE, e);
        }
    }

    /** The villages inside {@code area} (a province, regency or district), by code. */
    public static List<Jurisdiction> in(JurisdictionCode area) {
        Objects.requireNonNull(area, "area");
        return load().stream().filter(v -> area.contains(v.code())).collect(ImmutableList.toImmutableList());
    }

    /**
     * The whole area tree, parents first: the provinces, regencies, cities and districts bundled
     * in gugus-core, then every village (91,599 areas).
     */
    public static List<Jurisdiction> withBundledTree() {
        return ImmutableList.<Jurisdiction>builder().addAll(AreaCsvLoader.bundled()).addAll(load()).build();
    }
}
