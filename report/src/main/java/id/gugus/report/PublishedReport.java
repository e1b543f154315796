package id.gugus.report;

import com.google.common.collect.ImmutableList;
import id.gugus.report.disclosure.TableSuppression;
import java.util.Objects;

/**
 * A report fit to publish, and, for the producer's own records only, how many numbers of each
 * table were suppressed as primary (below k) or secondary. Publish {@link #report()} alone: the
 * split would tell readers which suppressed numbers lie below k.
 */
public record PublishedReport(Report report, ImmutableList<TableSuppression> suppression) {
    public PublishedReport {
        Objects.requireNonNull(report, "report");
        suppression = ImmutableList.copyOf(suppression);
    }
}
