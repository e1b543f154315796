package id.gugus.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import id.gugus.report.table.CountTable;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of a task force: its header, the task forces of its subtree and their compliance,
 * its action plans, the follow-ups of its meetings, and the tables of cases and victims (see
 * {@link ReportTables} for which). In a published report the tables are after disclosure
 * control: a suppressed number holds no value. Renderers ({@code id.gugus.report.render}) turn
 * it into HTML, XLSX, CSV, JSON or text in Indonesian or English.
 *
 * @param areaNames the name of every area code the report shows
 */
public record Report(
        ReportHeader header,
        ImmutableList<TaskForceLine> taskForces,
        ImmutableList<PlanSummary> plans,
        FollowUpSummary followUps,
        ImmutableList<CountTable> tables,
        ImmutableSortedMap<String, String> areaNames) {
    public Report {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(followUps, "followUps");
        taskForces = ImmutableList.copyOf(taskForces);
        plans = ImmutableList.copyOf(plans);
        tables = ImmutableList.copyOf(tables);
        areaNames = ImmutableSortedMap.copyOf(areaNames);
    }

    public Optional<CountTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The name of an area code, or the code itself when unknown. */
    public String areaName(String code) {
        return areaNames.getOrDefault(code, code);
    }

    Report withTables(ImmutableList<CountTable> others, ReportHeader newHeader) {
        return new Report(newHeader, taskForces, plans, followUps, others, areaNames);
    }

    static ImmutableSortedMap<String, String> names(Map<String, String> names) {
        return ImmutableSortedMap.copyOf(names);
    }
}
