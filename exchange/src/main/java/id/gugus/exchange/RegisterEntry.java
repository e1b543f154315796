package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.gugus.cases.Act;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Means;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.Sex;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.common.CountryCode;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;

/**
 * One row of a register as read: its cells, the values they stand for (null where a cell is
 * empty or unreadable), and the problems of reading it. A row with problems is never built into
 * a case. Redacted in {@code toString}: it holds a victim's personal data.
 */
record RegisterEntry(
        int row,
        ImmutableMap<RegisterColumn, RegisterCell> cells,
        ImmutableList<ImportProblem> problems,
        CaseNumber number,
        LocalDate reportedOn,
        JurisdictionCode registeredIn,
        CaseStatus status,
        String closingReason,
        PersonalData personal,
        Sex sex,
        LocalDate birthDate,
        Integer age,
        CountryCode citizenship,
        JurisdictionCode origin,
        LocalDate traffickedOn,
        ImmutableSet<Act> acts,
        ImmutableSet<Means> means,
        ImmutableSet<ExploitationType> purposes,
        CountryCode destination,
        RecruitmentChannel channel,
        Platform platform,
        RestitutionHead restitutionHead,
        Rupiah restitution,
        String suspectName,
        ImmutableSet<SuspectRole> suspectRoles,
        SuspectKind suspectKind) {

    /** The text of a cell, empty if the row has none there. */
    String text(RegisterColumn column) {
        return cells.getOrDefault(column, RegisterCell.EMPTY).text();
    }

    @Override
    public String toString() {
        return "RegisterEntry[row=" + row + ", problems=" + problems.size() + "]";
    }
}
