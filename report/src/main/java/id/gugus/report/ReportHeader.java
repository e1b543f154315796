package id.gugus.report;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whose report, over what, and how it may be used.
 *
 * @param internal true for an unsuppressed report, for use inside the task force only; every
 *     page and sheet of it says so
 * @param k the smallest count published (the policy's), for the reader's note
 * @param combinedFrom the jurisdictions whose exchange files were added up into this report; empty if none
 */
public record ReportHeader(
        JurisdictionCode jurisdiction,
        String name,
        ReportLevel level,
        Period period,
        LocalDate asOf,
        boolean internal,
        int k,
        int protection,
        ImmutableList<JurisdictionCode> combinedFrom) {
    public ReportHeader {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        combinedFrom = combinedFrom == null ? ImmutableList.of() : ImmutableList.copyOf(combinedFrom);
    }
}
