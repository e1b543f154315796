package id.gugus.examples.kalbar;

import id.gugus.area.villages.Villages;
import id.gugus.jurisdiction.AreaCsvLoader;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import id.gugus.store.GugusStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Step 1: the real area tree. The 38 provinces, 514 regencies and cities and 7,285 districts
 * bundled in gugus-core, and the villages of Kalimantan Barat from gugus-area-villages (all
 * 83,762 with {@code --all-villages}: they take a while to import and the story needs none
 * outside the province), or from the {@code villages.csv} that {@code --areas} names. A store
 * that already holds them is left as it is.
 */
final class LoadJurisdictions {
    private LoadJurisdictions() {}

    /** @return the number of areas stored afterwards */
    static long run(GugusStore store, Optional<Path> villagesFile, boolean allVillages, Console out) {
        out.step("The real jurisdictions (Kemendagri codes, idn-area-data, ODbL)");
        JurisdictionDirectory bundled = JurisdictionDirectory.bundled();
        long before = store.jurisdictions().count();
        if (before >= bundled.size()) {
            out.line("found %,d areas already stored: nothing to import", before);
        } else {
            store.jurisdictions().importDirectory(bundled);
            out.line("imported the bundled tree: %s", describe(bundled.all()));
        }
        if (villagesFile.isEmpty()) {
            loadVillages(store, Villages.load(), "gugus-area-villages", allVillages, out);
        } else if (Files.isRegularFile(villagesFile.get())) {
            loadVillages(store, AreaCsvLoader.villages(villagesFile.get()), villagesFile.get().toString(), allVillages, out);
        } else {
            out.line("no villages file at %s: villages skipped (districts are the finest level used here)",
                    villagesFile.get());
        }
        long stored = store.jurisdictions().count();
        JurisdictionCode kalbar = KalbarAreas.PROVINCE;
        out.line("%s %s: %d regencies and cities, %d districts", kalbar,
                store.jurisdictions().get(kalbar).name(), KalbarAreas.regencies(store).size(),
                store.jurisdictions().subtree(kalbar).stream().filter(j -> j.level() == Level.DISTRICT).count());
        return stored;
    }

    private static void loadVillages(GugusStore store, List<Jurisdiction> source, String from, boolean all, Console out) {
        List<Jurisdiction> villages = source.stream()
                .filter(v -> all || KalbarAreas.PROVINCE.contains(v.code()))
                .toList();
        String which = String.format(Locale.ROOT, "%,d villages%s", villages.size(), all ? "" : " of Kalimantan Barat");
        // The import is one unit of work: its last village present means an earlier run stored them all.
        if (!villages.isEmpty() && store.jurisdictions().exists(villages.get(villages.size() - 1).code())) {
            out.line("found the %s already stored", which);
            return;
        }
        store.jurisdictions().importAll(villages);
        out.line("imported %s from %s%s", which, from, all ? "" : " (--all-villages for every province)");
    }

    private static String describe(List<Jurisdiction> areas) {
        long provinces = areas.stream().filter(a -> a.level() == Level.PROVINCE).count();
        long regencies = areas.stream().filter(a -> a.level() == Level.REGENCY).count();
        long districts = areas.stream().filter(a -> a.level() == Level.DISTRICT).count();
        return String.format(Locale.ROOT, "%d provinces, %,d regencies and cities, %,d districts", provinces, regencies, districts);
    }
}
