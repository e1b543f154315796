package id.gugus.benchmarks;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What one benchmark run does, read from system properties {@code gugus.bench.*} (an absent or
 * blank property takes its default). The defaults are the README's moderate run: 20,000 cases per
 * database, about a quarter of an hour on two cores for the three databases and memory.
 *
 * @param targets where to run: {@code h2} (a file), {@code postgres}, {@code mariadb}, {@code memory}
 * @param cases cases stored per database, on each side (Gugus and the hand-written baseline)
 * @param warmUp cases registered one unit each before any is measured, and operations of every
 *     other kind run unmeasured before its measured rounds
 * @param singles cases registered one unit of work each, measured
 * @param unit cases per unit of work in the bulk registration that fills the database up to {@code cases}
 * @param reads measured page reads (each side, each kind of reader)
 * @param rollUps measured province roll-ups
 * @param updates measured optimistic updates (each on another case)
 * @param memoryCases cases in the in-memory store
 * @param largeCases cases of the extra PostgreSQL run (page and roll-up only); 0: no such run
 * @param villages whether the 83,762 villages of gugus-area-villages are imported with the bundled tree (91,599
 *     areas in all, as in issue #11's measurements); false: the bundled tree only (7,837 areas)
 * @param workDir where the H2 files go (deleted after the run)
 * @param seed the seed of the synthetic cases: the same seed, the same cases
 */
public record BenchmarkSettings(ImmutableList<Target> targets, int cases, int warmUp, int singles, int unit, int reads,
        int rollUps, int updates, int memoryCases, int largeCases, boolean villages, Path workDir, long seed) {

    /** Where a run takes place. */
    public enum Target {
        H2, POSTGRES, MARIADB, MEMORY;

        static Target parse(String name) {
            for (Target t : values()) {
                if (t.name().equals(name.trim().toUpperCase(Locale.ROOT))) {
                    return t;
                }
            }
            throw new IllegalArgumentException(PREFIX + "targets: '" + name.trim() + "' is not one of "
                    + Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    static final String PREFIX = "gugus.bench.";
    /** The largest size any setting takes: ten million cases is ten times the largest run. */
    static final int MAX = 10_000_000;

    public BenchmarkSettings {
        targets = ImmutableList.copyOf(targets);
        Objects.requireNonNull(workDir, "workDir");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(PREFIX + "targets: name at least one of h2, postgres, mariadb, memory");
        }
        if (warmUp + singles + unit > cases) {
            throw new IllegalArgumentException(PREFIX + "cases (" + cases + ") must hold the warm-up (" + warmUp
                    + "), the single registrations (" + singles + ") and at least one bulk unit (" + unit + ")");
        }
        if (updates > cases) {
            throw new IllegalArgumentException(PREFIX + "updates (" + updates + ") must not exceed "
                    + PREFIX + "cases (" + cases + "): each update moves another case");
        }
    }

    /** The settings of the running JVM's system properties. */
    public static BenchmarkSettings fromSystemProperties() {
        return from(System::getProperty);
    }

    /**
     * The settings named by {@code property} (a property name to its value, null if absent).
     *
     * @throws IllegalArgumentException naming the property, the rule and the value it refuses
     */
    public static BenchmarkSettings from(UnaryOperator<String> property) {
        Reader r = new Reader(property);
        return new BenchmarkSettings(
                r.targets("targets", List.of(Target.H2, Target.POSTGRES, Target.MARIADB, Target.MEMORY)),
                r.count("cases", 20_000, 1),
                r.count("warmUp", 200, 0),
                r.count("singles", 1_000, 0),
                r.count("unit", 500, 1),
                r.count("reads", 200, 1),
                r.count("rollUps", 50, 1),
                r.count("updates", 1_000, 0),
                r.count("memoryCases", 100_000, 0),
                r.count("largeCases", 0, 0),
                r.flag("villages", true),
                r.path("workDir") == null ? Path.of("target", "bench") : r.path("workDir"),
                r.seed("seed", 11));
    }

    /** Reads and checks one property at a time. */
    private record Reader(UnaryOperator<String> property) {
        private String value(String name) {
            String v = property.apply(PREFIX + name);
            return v == null || v.isBlank() ? null : v.trim();
        }

        int count(String name, int fallback, int min) {
            String v = value(name);
            if (v == null) {
                return fallback;
            }
            String digits = v.replace("_", "").replace(",", "");
            try {
                int n = Integer.parseInt(digits);
                if (n >= min && n <= MAX) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below, with the rule and the value
            }
            throw new IllegalArgumentException(PREFIX + name + " must be a whole number from " + min + " to " + MAX
                    + ", was '" + v + "'");
        }

        long seed(String name, long fallback) {
            String v = value(name);
            if (v == null) {
                return fallback;
            }
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PREFIX + name + " must be a whole number (a 64-bit seed), was '" + v + "'", e);
            }
        }

        boolean flag(String name, boolean fallback) {
            String v = value(name);
            if (v == null) {
                return fallback;
            }
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException(PREFIX + name + " must be true or false, was '" + v + "'");
        }

        Path path(String name) {
            String v = value(name);
            return v == null ? null : Path.of(v);
        }

        ImmutableList<Target> targets(String name, List<Target> fallback) {
            String v = value(name);
            if (v == null) {
                return ImmutableList.copyOf(fallback);
            }
            Set<Target> chosen = new LinkedHashSet<>();
            List<String> parts = new ArrayList<>(Arrays.asList(v.split(",")));
            parts.removeIf(String::isBlank);
            for (String part : parts) {
                chosen.add(Target.parse(part));
            }
            return ImmutableList.copyOf(chosen);
        }
    }
}
