package id.gugus.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The results of a run: per place (a database, memory), one line per operation with Gugus's
 * figure, the baseline's, their ratio and issue #11's target. Printed as each place finishes, and
 * at the end as one Markdown table (operations down, places across) for the README.
 */
final class Report {
    /** How a ratio reads: a rate (Gugus / baseline, higher is better) or a latency (Gugus / baseline, lower is better). */
    enum Kind {
        RATE, LATENCY, ABSOLUTE
    }

    /**
     * One operation's result.
     *
     * @param gugus Gugus's figure in {@code unit}
     * @param raw the baseline's figure, or NaN where there is none (in memory)
     * @param target the bound on the ratio (a rate, a latency) or on Gugus's figure (absolute); NaN: none
     */
    record Line(String operation, Kind kind, double gugus, double raw, String unit, double target) {
        double ratio() {
            return gugus / raw;
        }

        /** Whether the target is met; null if there is none. */
        Boolean met() {
            if (Double.isNaN(target)) {
                return null;
            }
            return switch (kind) {
                case RATE -> ratio() >= target;
                case LATENCY -> ratio() <= target;
                case ABSOLUTE -> gugus <= target;
            };
        }

        String figures() {
            return Double.isNaN(raw) ? number(gugus) + " " + unit : number(gugus) + " vs " + number(raw) + " " + unit;
        }

        String ratioText() {
            if (Double.isNaN(raw)) {
                return "";
            }
            return kind == Kind.LATENCY ? String.format(Locale.ROOT, "%.1fx slower", ratio())
                    : String.format(Locale.ROOT, "%.2fx", ratio());
        }

        String targetText() {
            if (Double.isNaN(target)) {
                return "";
            }
            String bound = switch (kind) {
                case RATE -> ">= " + number(target) + "x";
                case LATENCY -> "<= " + number(target) + "x";
                case ABSOLUTE -> "<= " + number(target) + " " + unit;
            };
            return bound + (met() ? " (met)" : " (not met)");
        }
    }

    private final Map<String, List<Line>> byPlace = new LinkedHashMap<>();
    private final PrintStream out;

    Report(PrintStream out) {
        this.out = out;
    }

    void add(String place, Line line) {
        byPlace.computeIfAbsent(place, p -> new ArrayList<>()).add(line);
        out.printf(Locale.ROOT, "  %-68s %-30s %-14s %s%n", line.operation(), line.figures(), line.ratioText(), line.targetText());
    }

    /** Operations down, places across; each cell the ratio with both figures, or Gugus's figure alone. */
    void printSummary() {
        Set<String> operations = new LinkedHashSet<>();
        byPlace.values().forEach(lines -> lines.forEach(l -> operations.add(l.operation())));
        List<String> places = List.copyOf(byPlace.keySet());
        out.println();
        out.println("| operation | " + String.join(" | ", places) + " |");
        out.println("| --- |" + " --- |".repeat(places.size()));
        for (String operation : operations) {
            StringBuilder row = new StringBuilder("| " + operation + " |");
            for (String place : places) {
                Line line = byPlace.get(place).stream().filter(l -> l.operation().equals(operation)).findFirst().orElse(null);
                row.append(' ').append(line == null ? "" : cell(line)).append(" |");
            }
            out.println(row);
        }
    }

    private static String cell(Line line) {
        String ratio = line.ratioText();
        String cell = ratio.isEmpty() ? line.figures() : ratio + " (" + line.figures() + ")";
        Boolean met = line.met();
        return met == null ? cell : cell + (met ? " ✓" : " ✗");
    }

    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (value >= 0.1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
