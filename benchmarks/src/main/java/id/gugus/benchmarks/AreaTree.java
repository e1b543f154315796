package id.gugus.benchmarks;

import com.google.common.collect.ImmutableList;
import id.gugus.jurisdiction.AreaCsvLoader;
import id.gugus.jurisdiction.Jurisdiction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The areas the benchmark imports: the tree bundled in gugus-core (provinces, regencies,
 * districts), plus the villages of a CSV file ({@code code,district_code,name}, as in idn-area-data)
 * when one is named.
 */
final class AreaTree {
    private AreaTree() {}

    static List<Jurisdiction> load(Path villages) {
        ImmutableList.Builder<Jurisdiction> all = ImmutableList.<Jurisdiction>builder().addAll(AreaCsvLoader.bundled());
        if (villages != null) {
            if (!Files.isRegularFile(villages)) {
                throw new IllegalArgumentException(BenchmarkSettings.PREFIX + "villages: no such file: " + villages);
            }
            all.addAll(AreaCsvLoader.villages(villages));
        }
        return all.build();
    }
}
