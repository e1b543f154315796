package id.gugus.report;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.AgeBand;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.Dimension;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.Restitution;
import id.gugus.cases.Sex;
import id.gugus.cases.StatisticsKey;
import id.gugus.cases.StatisticsTally;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Unit;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Counts the cases of a report, one case at a time, into its tables. All tables come from one
 * pass over the same cases, so their shared totals agree exactly (separate queries could each
 * see a different set of cases while others are being registered). Keys are the text form of
 * the keys of {@link StatisticsTally} ({@link StatisticsKey#text()}), so these counts equal the
 * store's statistics.
 */
final class CaseTally {
    private final Level areaLevel;
    private final ImmutableList<String> areasBelow;
    private final Map<String, long[]> victimsByRegistration = new HashMap<>();
    private final Map<String, long[]> casesByRegistration = new HashMap<>();
    private final Map<String, long[]> byOrigin = new HashMap<>();
    private final Map<String, long[]> byAgeAndSex = new HashMap<>();
    private final Map<String, long[]> byCitizenship = new HashMap<>();
    private final Map<String, long[]> byExploitation = new HashMap<>();
    private final Map<String, long[]> byDestination = new HashMap<>();
    private final Map<String, long[]> byRecruitment = new HashMap<>();
    private final Map<String, long[]> byStatus = new HashMap<>();
    private final long[] restitution = new long[4];
    private long victims;
    private long cases;

    /**
     * @param areaLevel the level of the areas in the tables
     * @param areasBelow areas shown even without a case (the regencies of a province), as keys
     */
    CaseTally(Level areaLevel, Collection<String> areasBelow) {
        this.areaLevel = areaLevel;
        this.areasBelow = ImmutableList.copyOf(areasBelow);
    }

    void add(TraffickingCase c) {
        cases++;
        String registered = areaKey(c.registeredIn(), areaLevel);
        count(casesByRegistration, registered, 1);
        count(byStatus, c.status().name(), 1);
        String destination = StatisticsTally.caseKey(Dimension.DESTINATION_COUNTRY, c).text();
        for (Victim v : c.victims()) {
            victims++;
            count(victimsByRegistration, registered, 1);
            count(byOrigin, areaKey(v.origin(), areaLevel), 1);
            count(byAgeAndSex, only(StatisticsTally.victimKeys(Dimension.AGE_BAND, v)) + "|" + v.sex().name(), 1);
            count(byCitizenship, v.citizenship().value(), 1);
            for (StatisticsKey type : StatisticsTally.victimKeys(Dimension.EXPLOITATION_TYPE, v)) {
                count(byExploitation, type.text(), 1);
            }
            count(byDestination, destination, 1);
            count(byRecruitment, v.recruitmentChannel() == null ? RecruitmentChannel.UNKNOWN.name()
                    : v.recruitmentChannel().name(), 1);
            addRestitution(v);
        }
    }

    private void addRestitution(Victim v) {
        if (v.restitution().isEmpty()) {
            return;
        }
        restitution[0]++;
        restitution[1] += v.restitution().stream().mapToLong(r -> r.claimed().amount()).sum();
        long ordered = v.restitution().stream().filter(r -> r.ordered() != null).mapToLong(r -> r.ordered().amount()).sum();
        if (v.restitution().stream().map(Restitution::ordered).anyMatch(java.util.Objects::nonNull)) {
            restitution[2]++;
            restitution[3] += ordered;
        }
    }

    /**
     * The key of an area in the tables: its ancestor at the report's area level, or the code
     * itself when it lies above that level (a case registered by a provincial office), or
     * {@link StatisticsKey#UNKNOWN_TEXT}.
     */
    static String areaKey(JurisdictionCode code, Level level) {
        if (code == null) {
            return StatisticsKey.UNKNOWN_TEXT;
        }
        return code.level().compareTo(level) >= 0 ? code.ancestorAt(level).value() : code.value();
    }

    ImmutableList<CountTable> tables() {
        ImmutableList<String> areas = areaRows();
        ImmutableList<String> ages = withUnknown(Arrays.stream(AgeBand.values()).map(Enum::name),
                byAgeAndSex.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).toList());
        ImmutableList<String> sexes = Arrays.stream(Sex.values()).map(Enum::name).collect(ImmutableList.toImmutableList());
        long[][] ageSex = new long[ages.size()][sexes.size()];
        for (int r = 0; r < ages.size(); r++) {
            for (int c = 0; c < sexes.size(); c++) {
                ageSex[r][c] = get(byAgeAndSex, ages.get(r) + "|" + sexes.get(c));
            }
        }
        ImmutableList<String> types = withUnknown(Arrays.stream(ExploitationType.values()).map(Enum::name),
                byExploitation.keySet());
        return ImmutableList.of(
                oneWay(ReportTables.VICTIMS_BY_REGISTRATION, ReportTables.AREA, ReportTables.VICTIMS, areas,
                        victimsByRegistration),
                oneWay(ReportTables.CASES_BY_REGISTRATION, ReportTables.AREA, ReportTables.CASES, areas,
                        casesByRegistration),
                oneWay(ReportTables.VICTIMS_BY_ORIGIN, ReportTables.AREA, ReportTables.VICTIMS,
                        sortedKeys(areasBelow, byOrigin.keySet()), byOrigin),
                CountTable.twoWay(ReportTables.VICTIMS_BY_AGE_AND_SEX, ReportTables.AGE_BAND, ReportTables.SEX,
                        ReportTables.VICTIMS, ages, sexes, ageSex),
                oneWay(ReportTables.VICTIMS_BY_CITIZENSHIP, ReportTables.COUNTRY, ReportTables.VICTIMS,
                        sortedKeys(ImmutableList.of(), byCitizenship.keySet()), byCitizenship),
                CountTable.multiValued(ReportTables.VICTIMS_BY_EXPLOITATION, ReportTables.EXPLOITATION_TYPE,
                        ReportTables.VICTIMS, types, counts(types, byExploitation), victims),
                oneWay(ReportTables.VICTIMS_BY_DESTINATION, ReportTables.COUNTRY, ReportTables.VICTIMS,
                        sortedKeys(ImmutableList.of(), byDestination.keySet()), byDestination),
                oneWay(ReportTables.VICTIMS_BY_RECRUITMENT, ReportTables.RECRUITMENT_CHANNEL, ReportTables.VICTIMS,
                        Arrays.stream(RecruitmentChannel.values()).map(Enum::name).collect(ImmutableList.toImmutableList()),
                        byRecruitment),
                oneWay(ReportTables.CASES_BY_STATUS, ReportTables.CASE_STATUS, ReportTables.CASES,
                        Arrays.stream(CaseStatus.values()).map(Enum::name).collect(ImmutableList.toImmutableList()),
                        byStatus),
                CountTable.list(ReportTables.RESTITUTION, ReportTables.RESTITUTION_STAGE,
                        ReportTables.RESTITUTION_FIGURE, ImmutableList.of("CLAIMED", "GRANTED"),
                        ImmutableList.of("VICTIMS", "AMOUNT"), ImmutableList.of(Unit.COUNT, Unit.RUPIAH),
                        new long[][] {{restitution[0], restitution[1]}, {restitution[2], restitution[3]}}));
    }

    private ImmutableList<String> areaRows() {
        Set<String> keys = new TreeSet<>(victimsByRegistration.keySet());
        keys.addAll(casesByRegistration.keySet());
        return sortedKeys(areasBelow, keys);
    }

    /** Codes in text order, {@link StatisticsKey#UNKNOWN_TEXT} last. */
    static ImmutableList<String> sortedKeys(Collection<String> always, Collection<String> seen) {
        Set<String> keys = new TreeSet<>(keyOrder());
        keys.addAll(always);
        keys.addAll(seen);
        return ImmutableList.copyOf(keys);
    }

    private static ImmutableList<String> withUnknown(Stream<String> declared, Collection<String> seen) {
        ImmutableList.Builder<String> keys = ImmutableList.<String>builder();
        declared.forEach(keys::add);
        if (seen.contains(StatisticsKey.UNKNOWN_TEXT)) {
            keys.add(StatisticsKey.UNKNOWN_TEXT);
        }
        return keys.build();
    }

    private static CountTable oneWay(String id, String axis, String totalOf, ImmutableList<String> rows,
            Map<String, long[]> counts) {
        return CountTable.oneWay(id, axis, totalOf, rows, counts(rows, counts));
    }

    private static ImmutableList<Long> counts(ImmutableList<String> rows, Map<String, long[]> counts) {
        return rows.stream().map(k -> get(counts, k)).collect(ImmutableList.toImmutableList());
    }

    private static long get(Map<String, long[]> counts, String key) {
        long[] n = counts.get(key);
        return n == null ? 0 : n[0];
    }

    private static void count(Map<String, long[]> counts, String key, long n) {
        counts.computeIfAbsent(key, k -> new long[1])[0] += n;
    }

    private static String only(Set<StatisticsKey> keys) {
        return keys.iterator().next().text();
    }

    /** Codes (of areas at any level, of countries) as text, the unknown key last: the order of {@link StatisticsKey}. */
    static Comparator<String> keyOrder() {
        return Comparator.comparing((String key) -> key.equals(StatisticsKey.UNKNOWN_TEXT))
                .thenComparing(Comparator.naturalOrder());
    }
}
