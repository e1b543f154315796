package id.gugus.report;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.StatisticsKey;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import id.gugus.report.table.Cell;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.store.GugusStore;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adds the reports of regencies (or provinces) that run installations of their own up into the
 * report of the province (or the nation): the receiver's own figures from its store, plus every
 * received exchange file. Tables add cell by cell, areas mapped to the receiver's level (a
 * regency's rows become its province's in the national report); task forces and overdue
 * follow-ups are listed together and follow-up counts added; the plans are the receiver's own.
 *
 * <p>Received files hold published tables only. A number suppressed in any file leaves the sum
 * unknown, so it is suppressed in the combined report too; then disclosure control runs on the
 * combined tables as on any report. Where nothing was suppressed, the sum is exact: it equals the
 * report of one store holding all the data.
 */
public final class RollUp {
    private RollUp() {}

    /**
     * The combined, published report.
     *
     * @throws ValidationException listing every refused file at once: a changed checksum
     *     ({@code EXCHANGE-CHECKSUM}), another period ({@code EXCHANGE-PERIOD}), a jurisdiction not
     *     below the receiver's ({@code EXCHANGE-SCOPE}), a second file of one jurisdiction
     *     ({@code EXCHANGE-DUPLICATE}), a jurisdiction whose cases the receiver's store holds too
     *     ({@code EXCHANGE-OVERLAP})
     */
    public static PublishedReport combine(GugusStore store, ReportRequest request, List<ExchangeFile> received) {
        Report own = ReportMaker.figures(store, request);
        List<Violation> refused = new ArrayList<>();
        Set<JurisdictionCode> seen = new HashSet<>();
        for (int i = 0; i < received.size(); i++) {
            ExchangeFile f = received.get(i);
            String path = "files[" + i + "]";
            Violation tampered = f.verify();
            if (tampered != null) {
                refused.add(new Violation(tampered.ruleId(), tampered.severity(), path + ".sha256", tampered.messageId(),
                        tampered.messageEn()));
                continue;
            }
            if (!f.period().equals(request.period())) {
                refused.add(Violation.of(ExchangeRule.PERIOD, path + ".period", f.jurisdiction().value(), f.period(),
                        request.period()));
            }
            if (!request.jurisdiction().contains(f.jurisdiction()) || request.jurisdiction().equals(f.jurisdiction())) {
                refused.add(Violation.of(ExchangeRule.SCOPE, path + ".jurisdiction", f.jurisdiction().value(),
                        request.jurisdiction().value()));
            } else if (holdsCasesOf(own, f.jurisdiction(), request.level().areaLevel())) {
                refused.add(Violation.of(ExchangeRule.OVERLAP, path + ".jurisdiction", f.jurisdiction().value()));
            }
            if (!seen.add(f.jurisdiction())) {
                refused.add(Violation.of(ExchangeRule.DUPLICATE, path + ".jurisdiction", f.jurisdiction().value()));
            }
        }
        if (!refused.isEmpty()) {
            throw new ValidationException(Violations.of(refused));
        }
        Report sum = add(own, received.stream().map(ExchangeFile::report).toList());
        return ReportMaker.publish(sum, request);
    }

    private static boolean holdsCasesOf(Report own, JurisdictionCode area, Level level) {
        String key = CaseTally.areaKey(area, level);
        return own.table(ReportTables.CASES_BY_REGISTRATION).map(t -> {
            int row = t.rowKeys().indexOf(key);
            return row >= 0 && t.at(Position.cell(row, 0)).published() > 0;
        }).orElse(false);
    }

    /**
     * The receiver's figures plus the parts, before any disclosure control of the sum: tables
     * cell by cell (unknown where a part's number is suppressed), task forces, follow-ups.
     */
    static Report add(Report own, List<Report> parts) {
        Level level = own.header().level().areaLevel();
        Map<String, String> names = new TreeMap<>(own.areaNames());
        List<TaskForceLine> taskForces = new ArrayList<>(own.taskForces());
        int open = own.followUps().open();
        int overdue = own.followUps().overdue();
        int done = own.followUps().doneInPeriod();
        List<FollowUpSummary.Overdue> items = new ArrayList<>(own.followUps().overdueItems());
        for (Report part : parts) {
            part.areaNames().forEach(names::putIfAbsent);
            taskForces.addAll(part.taskForces());
            open += part.followUps().open();
            overdue += part.followUps().overdue();
            done += part.followUps().doneInPeriod();
            items.addAll(part.followUps().overdueItems());
        }
        taskForces.sort(Comparator.comparing(TaskForceLine::jurisdiction));
        items.sort(Comparator.comparing(FollowUpSummary.Overdue::due).thenComparing(o -> o.host().value())
                .thenComparing(FollowUpSummary.Overdue::task));
        ImmutableList.Builder<CountTable> tables = ImmutableList.builder();
        for (CountTable mine : own.tables()) {
            List<CountTable> theirs = parts.stream().map(p -> p.table(mine.id()).orElseThrow(() ->
                    ValidationException.invalidValue(ExchangeRule.FORMAT, "tables", p.header().jurisdiction(),
                            "no table " + mine.id()))).toList();
            tables.add(addTables(mine, theirs, level));
        }
        ReportHeader h = own.header();
        ReportHeader header = new ReportHeader(h.jurisdiction(), h.name(), h.level(), h.period(), h.asOf(), h.internal(),
                h.k(), h.protection(), parts.stream().map(p -> p.header().jurisdiction()).sorted()
                        .collect(ImmutableList.toImmutableList()));
        return new Report(header, ImmutableList.copyOf(taskForces), own.plans(), new FollowUpSummary(open, overdue, done, ImmutableList.copyOf(items)),
                tables.build(), Report.names(names));
    }

    /** Cell-wise sum, rows matched by key (areas mapped to {@code level}); rows only a part has are added. */
    private static CountTable addTables(CountTable mine, List<CountTable> theirs, Level level) {
        boolean areas = mine.rowAxis().equals(ReportTables.AREA);
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(mine.rowKeys());
        for (CountTable t : theirs) {
            for (String key : t.rowKeys()) {
                String mapped = areas ? mapArea(key, level) : key;
                if (!keys.contains(mapped)) {
                    keys.add(mapped);
                }
            }
        }
        if (areas || mine.rowAxis().equals(ReportTables.COUNTRY)) {
            // Codes in code order, as a report on one store lists them.
            keys = new ArrayList<>(CaseTally.sortedKeys(keys, List.of()));
        } else if (!mine.rowKeys().containsAll(keys)) {
            List<String> extra = keys.stream().filter(k -> !mine.rowKeys().contains(k)).sorted(CaseTally.keyOrder()).toList();
            keys = new ArrayList<>(mine.rowKeys());
            keys.addAll(extra);
        }
        for (int r = 0; r < keys.size(); r++) {
            rowOf.put(keys.get(r), r);
        }
        int columns = mine.columnKeys().size();
        Long[][] cells = new Long[keys.size()][columns];
        Long[] rowTotals = new Long[keys.size()];
        Long[] columnTotals = new Long[columns];
        Long[] total = new Long[1];
        List<CountTable> all = new ArrayList<>(theirs);
        all.add(0, mine);
        boolean twoWay = !mine.rowTotals().isEmpty();
        for (int r = 0; r < keys.size(); r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = 0L;
            }
            rowTotals[r] = 0L;
        }
        for (int c = 0; c < columns; c++) {
            columnTotals[c] = 0L;
        }
        total[0] = 0L;
        for (CountTable t : all) {
            for (int r = 0; r < t.rowKeys().size(); r++) {
                int to = rowOf.get(areas ? mapArea(t.rowKeys().get(r), level) : t.rowKeys().get(r));
                for (int c = 0; c < columns; c++) {
                    cells[to][c] = plus(cells[to][c], t.at(Position.cell(r, c)));
                }
                if (twoWay) {
                    rowTotals[to] = plus(rowTotals[to], t.at(Position.rowTotal(r)));
                }
            }
            if (twoWay) {
                for (int c = 0; c < columns; c++) {
                    columnTotals[c] = plus(columnTotals[c], t.at(Position.columnTotal(c)));
                }
            }
            if (t.total() != null) {
                total[0] = plus(total[0], t.total());
            }
        }
        ImmutableList<String> rowKeys = ImmutableList.copyOf(keys);
        return new CountTable(mine.id(), mine.shape(), mine.rowAxis(), mine.columnAxis(), rowKeys, mine.columnKeys(),
                mine.columnUnits(), mine.totalOf(),
                java.util.Arrays.stream(cells).map(row -> java.util.Arrays.stream(row).map(Cell::new)
                        .collect(ImmutableList.toImmutableList())).collect(ImmutableList.toImmutableList()),
                twoWay ? java.util.Arrays.stream(rowTotals).map(Cell::new).collect(ImmutableList.toImmutableList())
                        : ImmutableList.of(),
                twoWay ? java.util.Arrays.stream(columnTotals).map(Cell::new).collect(ImmutableList.toImmutableList())
                        : ImmutableList.of(),
                mine.total() == null ? null : new Cell(total[0]));
    }

    private static Long plus(Long sum, Cell cell) {
        return sum == null || cell.isSuppressed() ? null : sum + cell.published();
    }

    private static String mapArea(String key, Level level) {
        return key.equals(StatisticsKey.UNKNOWN_TEXT) ? key : CaseTally.areaKey(JurisdictionCode.of(key), level);
    }
}
