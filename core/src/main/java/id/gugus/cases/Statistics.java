package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * Counts of cases and of victims grouped by one or two dimensions, computed by the store. Each
 * row is keyed by typed values ({@link StatisticsKey}: an area code, a sex, an age band...), the
 * unknown key included; rows come sorted by key (see {@link StatisticsKey} for the order).
 *
 * <pre>{@code
 * for (Statistics.Row row : store.cases().statistics(query, Dimension.AGE_BAND).rows()) {
 *     String band = row.first().ageBand().map(AgeBand::name).orElse("unknown age");
 *     ...
 * }
 * }</pre>
 *
 * @param second null when grouped by one dimension
 */
public record Statistics(Dimension first, Dimension second, ImmutableList<Row> rows) {

    /** @throws IllegalArgumentException if a row's keys are not of these dimensions */
    public Statistics {
        Objects.requireNonNull(first, "first");
        rows = ImmutableList.copyOf(Objects.requireNonNull(rows, "rows"));
        for (Row row : rows) {
            if (row.first().dimension() != first
                    || (second == null ? row.second() != null : row.second() == null || row.second().dimension() != second)) {
                throw new IllegalArgumentException("a row keyed " + row.first() + ", " + row.second()
                        + " is not a row of statistics by " + first + (second == null ? "" : ", " + second));
            }
        }
    }

    /**
     * One group: distinct cases with at least one matching victim (or matching as a whole, for a
     * case-level dimension), and the matching victims.
     *
     * @param first the key under the first dimension
     * @param second the key under the second dimension; null when grouped by one dimension
     */
    public record Row(StatisticsKey first, StatisticsKey second, long cases, long victims) {
        public Row {
            Objects.requireNonNull(first, "first");
        }
    }

    public long totalVictims() {
        return rows.stream().mapToLong(Row::victims).sum();
    }
}
