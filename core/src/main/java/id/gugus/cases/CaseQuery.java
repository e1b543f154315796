package id.gugus.cases;

import com.google.common.collect.ImmutableSet;
import id.gugus.common.CountryCode;
import id.gugus.common.Dates;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A filter over cases; every criterion is optional (null or empty means "any") and all given
 * criteria must hold, and the order of the results: {@link CaseOrder#OLDEST_FIRST} (report date,
 * then case id) unless {@link #newestFirst()} asks for the reverse. Counts and statistics ignore
 * the order.
 *
 * @param within cases registered in this area or any area under it
 * @param statuses cases in one of these statuses
 * @param exploitationType cases with a victim exploited this way
 * @param destination cases whose route ends (exploitation) in this country
 * @param reportedFrom reported on or after this date (a date before {@link Dates#EARLIEST} is taken as it)
 * @param reportedTo reported on or before this date (a date after {@link Dates#LATEST} is taken as it); before
 *     {@code reportedFrom}, nothing matches
 * @param hasChildVictim cases that do (true) or do not (false) have a victim who was a child
 * @param order the order of the results; null means {@link CaseOrder#OLDEST_FIRST}
 */
public record CaseQuery(
        JurisdictionCode within,
        ImmutableSet<CaseStatus> statuses,
        ExploitationType exploitationType,
        CountryCode destination,
        LocalDate reportedFrom,
        LocalDate reportedTo,
        Boolean hasChildVictim,
        CaseOrder order) {

    public CaseQuery {
        statuses = statuses == null ? ImmutableSet.of() : ImmutableSet.copyOf(statuses);
        // No stored case is reported outside Dates' range: a bound beyond it selects the same
        // cases as one on it, and every store can bind it (LocalDate.MIN fits no database).
        reportedFrom = Dates.clamp(reportedFrom);
        reportedTo = Dates.clamp(reportedTo);
        order = order == null ? CaseOrder.OLDEST_FIRST : order;
    }

    /** Every case, oldest report first. */
    public static CaseQuery all() {
        return new CaseQuery(null, ImmutableSet.of(), null, null, null, null, null, CaseOrder.OLDEST_FIRST);
    }

    public CaseQuery within(JurisdictionCode area) {
        return new CaseQuery(Objects.requireNonNull(area), statuses, exploitationType, destination, reportedFrom,
                reportedTo, hasChildVictim, order);
    }

    public CaseQuery withStatus(CaseStatus... any) {
        return new CaseQuery(within, ImmutableSet.copyOf(any), exploitationType, destination, reportedFrom, reportedTo,
                hasChildVictim, order);
    }

    public CaseQuery withExploitation(ExploitationType type) {
        return new CaseQuery(within, statuses, type, destination, reportedFrom, reportedTo, hasChildVictim, order);
    }

    public CaseQuery withDestination(CountryCode country) {
        return new CaseQuery(within, statuses, exploitationType, country, reportedFrom, reportedTo, hasChildVictim,
                order);
    }

    public CaseQuery reportedBetween(LocalDate from, LocalDate to) {
        return new CaseQuery(within, statuses, exploitationType, destination, from, to, hasChildVictim, order);
    }

    public CaseQuery withChildVictim(boolean present) {
        return new CaseQuery(within, statuses, exploitationType, destination, reportedFrom, reportedTo, present, order);
    }

    /** The same filter with the newest report first: report date, then id, both descending. */
    public CaseQuery newestFirst() {
        return ordered(CaseOrder.NEWEST_FIRST);
    }

    /** The same filter with its results in {@code order}. */
    public CaseQuery ordered(CaseOrder order) {
        return new CaseQuery(within, statuses, exploitationType, destination, reportedFrom, reportedTo, hasChildVictim,
                Objects.requireNonNull(order, "order"));
    }

    /** Whether a case satisfies this filter (the order plays no part): the reference semantics every store must match. */
    public boolean matches(TraffickingCase c) {
        if (within != null && !within.contains(c.registeredIn())) {
            return false;
        }
        if (!statuses.isEmpty() && !statuses.contains(c.status())) {
            return false;
        }
        if (exploitationType != null
                && c.victims().stream().noneMatch(v -> v.elements().purposes().contains(exploitationType))) {
            return false;
        }
        if (destination != null
                && (c.route().exploitation() == null || !c.route().exploitation().country().equals(destination))) {
            return false;
        }
        if (reportedFrom != null && c.reportedOn().isBefore(reportedFrom)) {
            return false;
        }
        if (reportedTo != null && c.reportedOn().isAfter(reportedTo)) {
            return false;
        }
        return hasChildVictim == null || hasChildVictim == c.hasChildVictim();
    }
}
