package id.gugus.examples.kalbar;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The scenario's command line. Few flags, parsed by hand.
 *
 * @param storage where the data goes: an embedded H2 file (default), memory, or a JDBC URL
 * @param dataDir the directory of the H2 file
 * @param jdbcUrl the database of {@link Storage#JDBC_URL}
 * @param areasDir a folder whose {@code villages.csv} (columns {@code code,district_code,name})
 *     replaces the villages of gugus-area-villages; null for those
 * @param allVillages load the villages of every province, not only Kalimantan Barat's
 */
public record ScenarioOptions(
        Storage storage, Path dataDir, String jdbcUrl, String user, String password, Path areasDir,
        boolean allVillages, boolean help) {

    public enum Storage {
        H2_FILE,
        MEMORY,
        JDBC_URL
    }

    public static final Path DEFAULT_DATA_DIR = Path.of("gugus-data");

    public static String usage() {
        return """
                Usage: KalbarScenario [options]
                  Plays the Kalimantan Barat story (docs/story.md) through the Gugus API and
                  prints the provincial report. Runs again on the same database: it reports what it
                  finds and writes nothing twice.

                  (no option)          embedded H2 database in ./gugus-data (created if missing)
                  --data-dir DIR       embedded H2 database in DIR
                  --memory             in-memory store, gone when the program ends
                  --jdbc-url URL       any database Gugus supports, e.g.
                                         jdbc:postgresql://127.0.0.1:5432/test
                                         jdbc:mariadb://127.0.0.1:3306/test
                  --user USER          database user for --jdbc-url
                  --password PASSWORD  database password for --jdbc-url
                  --areas DIR          villages from DIR/villages.csv instead of those of
                                       gugus-area-villages (skipped if the file is missing)
                  --all-villages       load the villages of every province, not only Kalimantan Barat
                  --help               this text
                """;
    }

    /** @throws IllegalArgumentException for an unknown flag, a missing value or two storages */
    public static ScenarioOptions parse(String... args) {
        Storage storage = null;
        Path dataDir = null;
        String url = null;
        String user = null;
        String password = null;
        Path areas = null;
        boolean allVillages = false;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--help", "-h" -> help = true;
                case "--memory" -> storage = only(storage, Storage.MEMORY);
                case "--data-dir" -> {
                    storage = only(storage, Storage.H2_FILE);
                    dataDir = Path.of(value(args, ++i, flag));
                }
                case "--jdbc-url" -> {
                    storage = only(storage, Storage.JDBC_URL);
                    url = value(args, ++i, flag);
                }
                case "--user" -> user = value(args, ++i, flag);
                case "--password" -> password = value(args, ++i, flag);
                case "--areas" -> areas = Path.of(value(args, ++i, flag));
                case "--all-villages" -> allVillages = true;
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        if ((user != null || password != null) && storage != Storage.JDBC_URL) {
            throw new IllegalArgumentException("--user and --password go with --jdbc-url");
        }
        storage = storage == null ? Storage.H2_FILE : storage;
        dataDir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
        return new ScenarioOptions(storage, dataDir, url, user, password, areas, allVillages, help);
    }

    /**
     * The villages file {@code --areas} names, if any; without it the villages come from the
     * gugus-area-villages artifact on the class path.
     */
    public Optional<Path> villagesFile() {
        return Optional.ofNullable(areasDir).map(folder -> folder.resolve("villages.csv").normalize());
    }

    private static Storage only(Storage chosen, Storage next) {
        if (chosen != null && chosen != next) {
            throw new IllegalArgumentException("choose one storage: --memory, --data-dir or --jdbc-url");
        }
        return next;
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
