package id.gugus.benchmarks;

import id.gugus.cases.CaseId;
import id.gugus.cases.TraffickingCase;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.List;

/**
 * The operations the benchmark times, done once through Gugus ({@link GugusWorkload}) and once
 * by the hand-written JDBC program ({@link RawJdbcWorkload}) on the same server and data.
 */
interface CaseWorkload {
    /** Stores the areas in one transaction. */
    void importAreas(List<Jurisdiction> areas);

    /** Registers one case in a transaction of its own. */
    void register(TraffickingCase c);

    /** Registers the cases in one transaction. */
    void registerAll(List<TraffickingCase> cases);

    /** The first page of the cases registered in the area's subtree, in (report date, id) order: their ids. */
    List<CaseId> page(JurisdictionCode area, int size);

    /** Cases and victims registered in the province, by regency and exploitation type. */
    RollUp rollUp(JurisdictionCode province);

    /**
     * Moves the case, stored at version 1 as {@code registered}, from reported to inquiry, with
     * the optimistic check that nobody changed it meanwhile.
     */
    void advance(TraffickingCase registered);

    /**
     * What a roll-up found, enough to tell that both sides counted the same: the number of
     * groups, and the sums of their case and victim counts.
     */
    record RollUp(int groups, long cases, long victims) {}
}
