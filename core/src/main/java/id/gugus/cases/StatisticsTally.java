package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import java.time.Year;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The reference semantics of case statistics: the group key of a case or victim under each
 * {@link Dimension}, how cases and victims are counted, and the order of the rows. A back-end
 * that counts in its own way (SQL {@code GROUP BY}) must give the same numbers; one that holds
 * the cases itself can tally them here, inside the store.
 *
 * <p>Keys ({@link StatisticsKey}): {@code PROVINCE} and {@code ORIGIN_PROVINCE} the province
 * code ({@code 61}), {@code REGENCY} and {@code ORIGIN_REGENCY} the regency or city code
 * ({@code 61.71}) — an area above that level, or none, is the unknown key; {@code SEX},
 * {@code AGE_BAND}, {@code EXPLOITATION_TYPE}, {@code TRAFFICKING_STATUS}, {@code CONTROL_METHOD},
 * {@code LABOUR_SECTOR} and {@code RECRUITER_RELATION} the enum constant ({@code AGE_13_17});
 * {@code CITIZENSHIP} and {@code DESTINATION_COUNTRY} the ISO alpha-3 code; {@code YEAR} the
 * year ({@code 2025}). A victim without age, origin, purpose, trafficking determination, control
 * method, labour sector or recruiter relation, and a case without a place of
 * exploitation, count under the {@link StatisticsKey#unknown unknown key}. A back-end grouping
 * by text reads keys back with {@link StatisticsKey#parse} (SQL {@code NULL}: unknown).
 *
 * <p>Counting: the query selects cases; a victim-level dimension then groups every victim of
 * those cases. A group's {@code victims} are the distinct victims in it, its {@code cases} the
 * distinct cases with at least one of them. A victim with two purposes counts once under each.
 * Grouped only by case-level dimensions, a case counts in its one group with all its victims.
 */
public final class StatisticsTally {
    private StatisticsTally() {}

    /** Refuses a missing first dimension and the same dimension twice. */
    public static void checkDimensions(Dimension first, Dimension second) {
        Objects.requireNonNull(first, "first");
        if (first == second) {
            throw new IllegalArgumentException("statistics cannot be grouped by " + first + " twice");
        }
    }

    /** The key of a case under a case-level dimension. */
    public static StatisticsKey caseKey(Dimension dimension, TraffickingCase c) {
        return switch (dimension) {
            case PROVINCE, REGENCY -> areaKey(dimension, c.registeredIn());
            case DESTINATION_COUNTRY -> c.route().exploitation() == null
                    ? StatisticsKey.unknown(dimension) : StatisticsKey.of(dimension, c.route().exploitation().country());
            case YEAR -> StatisticsKey.of(dimension, Year.from(c.reportedOn()));
            default -> throw new IllegalArgumentException(dimension + " is a victim-level dimension");
        };
    }

    /**
     * The keys of a victim under a victim-level dimension: one, or one per value of a set
     * (purposes, control methods, labour sectors, recruiter relations).
     */
    public static Set<StatisticsKey> victimKeys(Dimension dimension, Victim v) {
        return switch (dimension) {
            case ORIGIN_PROVINCE, ORIGIN_REGENCY -> ImmutableSet.of(areaKey(dimension, v.origin()));
            case SEX -> ImmutableSet.of(StatisticsKey.of(dimension, v.sex()));
            case AGE_BAND -> ImmutableSet.of(ageBandKey(v));
            case CITIZENSHIP -> ImmutableSet.of(StatisticsKey.of(dimension, v.citizenship()));
            case EXPLOITATION_TYPE -> eachOrUnknown(dimension, v.elements().purposes());
            case TRAFFICKING_STATUS -> ImmutableSet.of(v.traffickingStatus() == null
                    ? StatisticsKey.unknown(dimension) : StatisticsKey.of(dimension, v.traffickingStatus().status()));
            case CONTROL_METHOD -> eachOrUnknown(dimension, v.controlMethods());
            case LABOUR_SECTOR -> eachOrUnknown(dimension, v.exploitation().sectors());
            case RECRUITER_RELATION -> eachOrUnknown(dimension, v.recruiterRelations());
            default -> throw new IllegalArgumentException(dimension + " is a case-level dimension");
        };
    }

    /** Keys of a victim (or of its case, for a case-level dimension). */
    public static Set<StatisticsKey> keys(Dimension dimension, TraffickingCase c, Victim v) {
        return dimension.isVictimLevel() ? victimKeys(dimension, v) : ImmutableSet.of(caseKey(dimension, c));
    }

    /** Counts {@code matching} (cases that already satisfy the query) by one or two dimensions. */
    public static Statistics tally(Iterable<TraffickingCase> matching, Dimension first, Dimension second) {
        checkDimensions(first, second);
        boolean byVictim = first.isVictimLevel() || (second != null && second.isVictimLevel());
        Map<Cell, long[]> counts = new HashMap<>();
        for (TraffickingCase c : matching) {
            if (byVictim) {
                Map<Cell, Integer> victimsPerCell = new HashMap<>();
                for (Victim v : c.victims()) {
                    for (Cell cell : cells(first, second, c, v)) {
                        victimsPerCell.merge(cell, 1, Integer::sum);
                    }
                }
                victimsPerCell.forEach((cell, victims) -> add(counts, cell, victims));
            } else {
                add(counts, new Cell(caseKey(first, c), second == null ? null : caseKey(second, c)), c.victims().size());
            }
        }
        ImmutableList<Statistics.Row> rows = counts.entrySet().stream()
                .map(e -> new Statistics.Row(e.getKey().first(), e.getKey().second(), e.getValue()[0], e.getValue()[1]))
                .collect(ImmutableList.toImmutableList());
        return sorted(new Statistics(first, second, rows));
    }

    /** The same statistics with rows in the documented order (see {@link #rowOrder}). */
    public static Statistics sorted(Statistics statistics) {
        return new Statistics(statistics.first(), statistics.second(),
                ImmutableList.sortedCopyOf(rowOrder(statistics.first(), statistics.second()), statistics.rows()));
    }

    /**
     * Rows by first key, then second key, each in the order of {@link StatisticsKey}: enum
     * constants as declared, codes and years by text, the unknown key last.
     */
    public static Comparator<Statistics.Row> rowOrder(Dimension first, Dimension second) {
        Comparator<Statistics.Row> byFirst = Comparator.comparing(Statistics.Row::first);
        return second == null ? byFirst
                : byFirst.thenComparing(Statistics.Row::second, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private static List<Cell> cells(Dimension first, Dimension second, TraffickingCase c, Victim v) {
        ImmutableList.Builder<Cell> cells = ImmutableList.builder();
        for (StatisticsKey a : keys(first, c, v)) {
            if (second == null) {
                cells.add(new Cell(a, null));
            } else {
                for (StatisticsKey b : keys(second, c, v)) {
                    cells.add(new Cell(a, b));
                }
            }
        }
        return cells.build();
    }

    private static void add(Map<Cell, long[]> counts, Cell cell, long victims) {
        long[] count = counts.computeIfAbsent(cell, k -> new long[2]);
        count[0]++;
        count[1] += victims;
    }

    private static StatisticsKey areaKey(Dimension dimension, JurisdictionCode code) {
        Level level = dimension.areaLevel().orElseThrow();
        if (code == null || code.level().compareTo(level) < 0) {
            return StatisticsKey.unknown(dimension);
        }
        return StatisticsKey.of(dimension, code.ancestorAt(level));
    }

    /** One key per value of a victim's set (a purpose, a control method...), or unknown if it is empty. */
    private static Set<StatisticsKey> eachOrUnknown(Dimension dimension, Set<?> values) {
        // A loop, not a stream: this runs for every victim counted (a third of a roll-up in memory, issue #11).
        if (values.isEmpty()) {
            return ImmutableSet.of(StatisticsKey.unknown(dimension));
        }
        if (values.size() == 1) {
            return ImmutableSet.of(StatisticsKey.of(dimension, values.iterator().next()));
        }
        ImmutableSet.Builder<StatisticsKey> keys = ImmutableSet.builderWithExpectedSize(values.size());
        for (Object value : values) {
            keys.add(StatisticsKey.of(dimension, value));
        }
        return keys.build();
    }

    private static StatisticsKey ageBandKey(Victim v) {
        OptionalInt age = v.ageWhenTrafficked();
        return age.isPresent() && age.getAsInt() >= 0
                ? StatisticsKey.of(Dimension.AGE_BAND, AgeBand.of(age.getAsInt()))
                : StatisticsKey.unknown(Dimension.AGE_BAND);
    }

    private record Cell(StatisticsKey first, StatisticsKey second) {}
}
