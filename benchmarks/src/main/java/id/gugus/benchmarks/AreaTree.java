package id.gugus.benchmarks;

import id.gugus.area.villages.Villages;
import id.gugus.jurisdiction.AreaCsvLoader;
import id.gugus.jurisdiction.Jurisdiction;
import java.util.List;

/**
 * The areas the benchmark imports: the tree bundled in gugus-core (provinces, regencies,
 * districts), with the 83,762 villages of gugus-area-villages unless told otherwise.
 */
final class AreaTree {
    private AreaTree() {}

    static List<Jurisdiction> load(boolean villages) {
        return villages ? Villages.withBundledTree() : AreaCsvLoader.bundled();
    }
}
