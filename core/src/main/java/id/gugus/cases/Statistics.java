package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * Counts of cases and of victims grouped by one or two dimensions, computed by the store.
 * Keys are the enum name, code or year as text, or {@link #UNKNOWN}; rows come sorted by key.
 */
public record Statistics(Dimension first, Dimension second, ImmutableList<Row> rows) {
    public static final String UNKNOWN = "UNKNOWN";

    public Statistics {
        Objects.requireNonNull(first, "first");
        rows = ImmutableList.copyOf(Objects.requireNonNull(rows, "rows"));
    }

    /**
     * One group: distinct cases with at least one matching victim (or matching as a whole, for a
     * case-level dimension), and the matching victims.
     *
     * @param second null when grouped by one dimension
     */
    public record Row(String first, String second, long cases, long victims) {
        public Row {
            Objects.requireNonNull(first, "first");
        }
    }

    public long totalVictims() {
        return rows.stream().mapToLong(Row::victims).sum();
    }
}
