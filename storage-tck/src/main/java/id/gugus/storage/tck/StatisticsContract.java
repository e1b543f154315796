package id.gugus.storage.tck;

import static id.gugus.cases.Dimension.AGE_BAND;
import static id.gugus.cases.Dimension.CITIZENSHIP;
import static id.gugus.cases.Dimension.DESTINATION_COUNTRY;
import static id.gugus.cases.Dimension.EXPLOITATION_TYPE;
import static id.gugus.cases.Dimension.ORIGIN_PROVINCE;
import static id.gugus.cases.Dimension.ORIGIN_REGENCY;
import static id.gugus.cases.Dimension.PROVINCE;
import static id.gugus.cases.Dimension.REGENCY;
import static id.gugus.cases.Dimension.SEX;
import static id.gugus.cases.Dimension.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.AgeBand;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.Dimension;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Sex;
import id.gugus.cases.Statistics.Row;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsKey;
import id.gugus.cases.StatisticsTally;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Case and victim counts grouped by one or two dimensions, against tables counted by hand from
 * the {@link SevenCases} (see the table there), then every dimension pair over random cases
 * against the reference tally.
 */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.STATISTICS)
public abstract class StatisticsContract extends StorageContract {
    protected SevenCases seven;

    @BeforeEach
    public void seed() {
        seven = SevenCases.seed(store);
    }

    /** An expected row, its keys in their text form ({@link StatisticsKey#text()}, {@code UNKNOWN} included). */
    protected record Expected(String first, String second, long cases, long victims) {
        /** The row with typed keys of the given dimensions. */
        public Row typed(Dimension firstDimension, Dimension secondDimension) {
            return new Row(StatisticsKey.parse(firstDimension, first),
                    second == null ? null : StatisticsKey.parse(secondDimension, second), cases, victims);
        }
    }

    protected static Expected row(String key, long cases, long victims) {
        return new Expected(key, null, cases, victims);
    }

    protected static Expected row(String first, String second, long cases, long victims) {
        return new Expected(first, second, cases, victims);
    }

    protected void assertTable(CaseQuery query, Dimension first, Dimension second, Expected... expected) {
        Statistics statistics = store.cases().statistics(query, first, second);
        assertThat(statistics.first()).isEqualTo(first);
        assertThat(statistics.second()).isEqualTo(second);
        assertThat(statistics.rows()).as("%s by %s, %s", query, first, second)
                .containsExactly(Arrays.stream(expected).map(e -> e.typed(first, second)).toArray(Row[]::new));
    }

    @Test
    public void rowsAreKeyedByTypedValuesAndTheUnknownKeyIsNoValue() {
        List<Row> byAge = store.cases().statistics(CaseQuery.all(), AGE_BAND).rows();
        assertThat(byAge.get(0).first().ageBand()).contains(AgeBand.AGE_0_5);
        Row unknownAge = byAge.get(byAge.size() - 1);
        assertThat(unknownAge.first().isUnknown()).isTrue();
        assertThat(unknownAge.first().ageBand()).isEmpty();
        assertThat(unknownAge.first().text()).isEqualTo("UNKNOWN");

        Row firstRegency = store.cases().statistics(CaseQuery.all(), REGENCY).rows().get(0);
        assertThat(firstRegency.first().area()).contains(JurisdictionCode.of("53.71"));
        assertThat(firstRegency.first().text()).isEqualTo("53.71");

        Row byYearAndSex = store.cases().statistics(CaseQuery.all(), YEAR, SEX).rows().get(0);
        assertThat(byYearAndSex.first().year()).contains(Year.of(2024));
        assertThat(byYearAndSex.second().sex()).contains(Sex.FEMALE);
        assertThat(store.cases().statistics(CaseQuery.all(), DESTINATION_COUNTRY).rows().get(0).first().country())
                .contains(CountryCode.of("CHN"));
        assertThat(store.cases().statistics(CaseQuery.all(), EXPLOITATION_TYPE).rows().get(0).first()
                .exploitationType()).contains(ExploitationType.FORCED_LABOUR);
        assertThatThrownBy(() -> byYearAndSex.second().area()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    public void byProvinceOfRegistration() {
        assertTable(CaseQuery.all(), PROVINCE, null, row("53", 1, 2), row("61", 6, 11));
    }

    @Test
    public void byRegencyOfRegistrationWithProvinceCasesUnknown() {
        assertTable(CaseQuery.all(), REGENCY, null,
                row("53.71", 1, 2), row("61.01", 1, 2), row("61.71", 3, 6), row("61.72", 1, 1), row("UNKNOWN", 1, 2));
    }

    @Test
    public void bySexWithinKalimantanBarat() {
        assertTable(CaseQuery.all().within(TckFixtures.KALBAR), SEX, null, row("FEMALE", 4, 6), row("MALE", 3, 5));
    }

    @Test
    public void byAgeBandInBandOrderWithUnknownLast() {
        assertTable(CaseQuery.all(), AGE_BAND, null,
                row("AGE_0_5", 1, 1), row("AGE_6_12", 1, 1), row("AGE_13_17", 2, 2), row("AGE_18_24", 3, 3),
                row("AGE_25_44", 3, 3), row("AGE_45_59", 1, 1), row("AGE_60_PLUS", 1, 1), row("UNKNOWN", 1, 1));
    }

    @Test
    public void byExploitationTypeAVictimCountsUnderEachPurpose() {
        assertTable(CaseQuery.all(), EXPLOITATION_TYPE, null,
                row("FORCED_LABOUR", 4, 4), row("SEXUAL_EXPLOITATION", 1, 2),
                row("FORCED_CRIMINALITY_ONLINE_SCAM", 2, 5), row("CHILD_LABOUR", 1, 1),
                row("FORCED_MARRIAGE", 1, 1), row("ILLEGAL_ADOPTION", 1, 1));
        assertThat(store.cases().statistics(CaseQuery.all(), EXPLOITATION_TYPE).totalVictims()).isEqualTo(14);
    }

    @Test
    public void byDestinationCountry() {
        assertTable(CaseQuery.all(), DESTINATION_COUNTRY, null,
                row("CHN", 1, 1), row("KHM", 3, 6), row("MYS", 2, 4), row("UNKNOWN", 1, 2));
    }

    @Test
    public void byYearReported() {
        assertTable(CaseQuery.all(), YEAR, null, row("2024", 1, 3), row("2025", 5, 8), row("2026", 1, 2));
    }

    @Test
    public void byCitizenship() {
        assertTable(CaseQuery.all(), CITIZENSHIP, null, row("IDN", 6, 12), row("MYS", 1, 1));
    }

    @Test
    public void byOriginProvince() {
        assertTable(CaseQuery.all(), ORIGIN_PROVINCE, null, row("53", 2, 3), row("61", 4, 8), row("UNKNOWN", 2, 2));
    }

    @Test
    public void byOriginRegencyWithinKalimantanBarat() {
        assertTable(CaseQuery.all().within(TckFixtures.KALBAR), ORIGIN_REGENCY, null,
                row("53.71", 1, 1), row("61.01", 2, 3), row("61.07", 1, 1), row("61.71", 2, 3), row("61.72", 1, 1),
                row("UNKNOWN", 2, 2));
    }

    @Test
    public void byYearAndSex() {
        assertTable(CaseQuery.all(), YEAR, SEX,
                row("2024", "FEMALE", 1, 1), row("2024", "MALE", 1, 2),
                row("2025", "FEMALE", 3, 4), row("2025", "MALE", 3, 4),
                row("2026", "FEMALE", 1, 2));
    }

    @Test
    public void byProvinceAndDestinationBothCaseLevel() {
        assertTable(CaseQuery.all(), PROVINCE, DESTINATION_COUNTRY,
                row("53", "MYS", 1, 2), row("61", "CHN", 1, 1), row("61", "KHM", 3, 6), row("61", "MYS", 1, 2),
                row("61", "UNKNOWN", 1, 2));
    }

    @Test
    public void byRegencyAndOriginProvinceInKotaPontianak() {
        assertTable(CaseQuery.all().within(TckFixtures.KOTA_PONTIANAK), REGENCY, ORIGIN_PROVINCE,
                row("61.71", "61", 2, 5), row("61.71", "UNKNOWN", 1, 1));
    }

    @Test
    public void bySexAndAgeBandCountsEveryVictimOfCasesWithAChild() {
        assertTable(CaseQuery.all().withChildVictim(true), SEX, AGE_BAND,
                row("FEMALE", "AGE_0_5", 1, 1), row("FEMALE", "AGE_6_12", 1, 1), row("FEMALE", "AGE_13_17", 1, 1),
                row("FEMALE", "AGE_18_24", 2, 2), row("FEMALE", "AGE_60_PLUS", 1, 1),
                row("MALE", "AGE_13_17", 1, 1), row("MALE", "AGE_25_44", 1, 1), row("MALE", "AGE_45_59", 1, 1));
    }

    @Test
    public void byExploitationTypeAndYearForCambodia() {
        assertTable(CaseQuery.all().withDestination(TckFixtures.CAMBODIA), EXPLOITATION_TYPE, YEAR,
                row("FORCED_LABOUR", "2024", 1, 1), row("FORCED_LABOUR", "2025", 1, 1),
                row("FORCED_CRIMINALITY_ONLINE_SCAM", "2024", 1, 3), row("FORCED_CRIMINALITY_ONLINE_SCAM", "2025", 1, 2));
    }

    @Test
    public void filteredByStatusAndReportDate() {
        CaseQuery inCourt2025 = CaseQuery.all().withStatus(CaseStatus.PROSECUTION, CaseStatus.TRIAL, CaseStatus.VERDICT)
                .reportedBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertTable(inCourt2025, PROVINCE, null, row("53", 1, 2), row("61", 2, 3));
    }

    @Test
    public void noMatchingCaseGivesNoRows() {
        assertTable(CaseQuery.all().within(JurisdictionCode.of("61.05")), SEX, AGE_BAND);
        assertTable(CaseQuery.all().reportedBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), YEAR, null);
    }

    @Test
    public void theSameDimensionTwiceIsRefused() {
        assertThatThrownBy(() -> store.cases().statistics(CaseQuery.all(), SEX, SEX))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.cases().statistics(CaseQuery.all(), null, SEX))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    public void statisticsFollowUpdatesAndDeletes() {
        store.cases().delete(seven.d.id(), seven.d.version());
        store.cases().save(TckFixtures.withVictims(seven.b, List.of(seven.b.victims().get(0))));
        assertTable(CaseQuery.all().within(TckFixtures.KALBAR), SEX, null, row("FEMALE", 3, 4), row("MALE", 3, 5));
    }

    @Test
    public void caseCountsByACaseLevelDimensionAddUpToTheCount() {
        RandomCases random = new RandomCases(61L);
        random.cases("LP/SUM", 30).forEach(store.cases()::save);
        for (int i = 0; i < 10; i++) {
            CaseQuery query = random.query();
            for (Dimension d : List.of(PROVINCE, REGENCY, DESTINATION_COUNTRY, YEAR)) {
                Statistics s = store.cases().statistics(query, d);
                assertThat(s.rows().stream().mapToLong(Row::cases).sum()).as("%s by %s", query, d)
                        .isEqualTo(store.cases().count(query));
            }
        }
    }

    @Test
    public void countsByTraffickingStatus() {
        assertTable(CaseQuery.all(), Dimension.TRAFFICKING_STATUS, null,
                row("POSSIBLE_VICTIM", 2, 3), row("UNKNOWN", 6, 10));
    }

    @Test
    public void countsEachControlMethodOfAVictim() {
        // Every victim but C2 has two methods and counts under both; C2 has THREATS only.
        assertTable(CaseQuery.all(), Dimension.CONTROL_METHOD, null,
                row("WITHHELD_DOCUMENTS", 7, 12), row("RESTRICTED_MOVEMENT", 7, 12), row("THREATS", 1, 1));
    }

    @Test
    public void countsEachLabourSectorOfAVictimAndVictimsWithoutOneAsUnknown() {
        assertTable(CaseQuery.all(), Dimension.LABOUR_SECTOR, null,
                row("A_AGRICULTURE_FORESTRY_FISHING", 2, 2), row("C_MANUFACTURING", 1, 1),
                row("T_HOUSEHOLDS_AS_EMPLOYERS", 1, 1), row("UNKNOWN", 6, 10));
    }

    @Test
    public void countsEachRecruiterRelationOfAVictim() {
        assertTable(CaseQuery.all(), Dimension.RECRUITER_RELATION, null,
                row("FAMILY", 1, 1), row("INTIMATE_PARTNER", 1, 1), row("FRIEND", 1, 1), row("ACQUAINTANCE", 1, 1),
                row("UNKNOWN", 6, 10));
    }

    @Test
    public void crossesTwoSetValuedDimensionsPerVictim() {
        // Cases C, D, G: G1 has one sector and two methods, two cells; C1 and D1 no sector; C2 THREATS only.
        assertTable(CaseQuery.all().withChildVictim(false), Dimension.LABOUR_SECTOR, Dimension.CONTROL_METHOD,
                row("A_AGRICULTURE_FORESTRY_FISHING", "WITHHELD_DOCUMENTS", 1, 1),
                row("A_AGRICULTURE_FORESTRY_FISHING", "RESTRICTED_MOVEMENT", 1, 1),
                row("UNKNOWN", "WITHHELD_DOCUMENTS", 2, 2),
                row("UNKNOWN", "RESTRICTED_MOVEMENT", 2, 2),
                row("UNKNOWN", "THREATS", 1, 1));
    }

    @Test
    public void everyDimensionAndPairAgreesWithTheReferenceTally() {
        RandomCases random = new RandomCases(6171L);
        List<TraffickingCase> saved = new ArrayList<>(seven.inQueryOrder());
        for (TraffickingCase c : random.cases("LP/STAT", 50)) {
            saved.add(store.cases().save(c).stored());
        }
        for (Dimension first : Dimension.values()) {
            CaseQuery query = random.nextInt(2) == 0 ? CaseQuery.all() : random.query();
            List<TraffickingCase> matching = saved.stream().filter(query::matches).toList();
            assertThat(store.cases().statistics(query, first, null)).as("%s by %s", query, first)
                    .isEqualTo(StatisticsTally.tally(matching, first, null));
            for (Dimension second : Dimension.values()) {
                if (second != first) {
                    assertThat(store.cases().statistics(query, first, second)).as("%s by %s, %s", query, first, second)
                            .isEqualTo(StatisticsTally.tally(matching, first, second));
                }
            }
        }
    }
}
