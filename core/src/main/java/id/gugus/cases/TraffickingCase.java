package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.store.Aggregate;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A trafficking-in-persons case (perkara TPPO), registered by a jurisdiction: its victims and
 * suspects, route, and its progress through criminal procedure (DESIGN §4).
 *
 * @param closingReason why the case was closed; null unless closed
 * @param statusHistory every status change, oldest first
 */
public record TraffickingCase(
        CaseId id,
        long version,
        CaseNumber number,
        JurisdictionCode registeredIn,
        LocalDate reportedOn,
        CaseStatus status,
        String closingReason,
        ImmutableList<Victim> victims,
        ImmutableList<Suspect> suspects,
        Route route,
        ImmutableList<StatusChange> statusHistory)
        implements Aggregate<CaseId, TraffickingCase> {

    public TraffickingCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(registeredIn, "registeredIn");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(route, "route");
        victims = ImmutableList.copyOf(Objects.requireNonNull(victims, "victims"));
        suspects = ImmutableList.copyOf(Objects.requireNonNull(suspects, "suspects"));
        statusHistory = ImmutableList.copyOf(Objects.requireNonNull(statusHistory, "statusHistory"));
    }

    @Override
    public TraffickingCase withVersion(long version) {
        return new TraffickingCase(id, version, number, registeredIn, reportedOn, status, closingReason, victims,
                suspects, route, statusHistory);
    }

    public boolean hasChildVictim() {
        return victims.stream().anyMatch(Victim::wasChild);
    }
}
