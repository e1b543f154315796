package id.gugus.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Case queries on the {@link SevenCases}: each criterion alone, combined, and counted; then
 * random queries over random cases compared with {@link CaseQuery#matches}.
 */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.QUERIES)
public abstract class CaseQueryContract extends StorageContract {
    protected SevenCases seven;

    @BeforeEach
    public void seed() {
        seven = SevenCases.seed(store);
    }

    /** Every matching case, page after page, in query order. */
    protected List<TraffickingCase> all(CaseQuery query) {
        List<TraffickingCase> found = new ArrayList<>();
        Page<TraffickingCase> page = store.cases().query(query, PageRequest.first(PageRequest.MAX_SIZE));
        found.addAll(page.items());
        while (page.hasNext()) {
            page = store.cases().query(query, PageRequest.first(PageRequest.MAX_SIZE).next(page));
            found.addAll(page.items());
        }
        return found;
    }

    /** Checks the query's cases, in order, and its count. */
    protected void assertFinds(CaseQuery query, TraffickingCase... expected) {
        assertThat(all(query)).containsExactly(expected);
        assertThat(store.cases().count(query)).isEqualTo(expected.length);
    }

    @Test
    public void everyCaseInReportOrder() {
        assertFinds(CaseQuery.all(), seven.a, seven.b, seven.f, seven.c, seven.g, seven.d, seven.e);
    }

    @Test
    public void withinAProvinceIsItsWholeSubtree() {
        assertFinds(CaseQuery.all().within(TckFixtures.KALBAR), seven.a, seven.b, seven.c, seven.g, seven.d, seven.e);
        assertFinds(CaseQuery.all().within(TckFixtures.NTT), seven.f);
    }

    @Test
    public void withinACityIsTheCityAndItsDistricts() {
        assertFinds(CaseQuery.all().within(TckFixtures.KOTA_PONTIANAK), seven.a, seven.g, seven.e);
        assertFinds(CaseQuery.all().within(TckFixtures.SAMBAS), seven.b);
    }

    @Test
    public void withinAnAreaWithoutCasesFindsNone() {
        assertFinds(CaseQuery.all().within(JurisdictionCode.of("61.05")));
        assertFinds(CaseQuery.all().within(TckFixtures.PONTIANAK_SELATAN));
        assertFinds(CaseQuery.all().within(JurisdictionCode.of("62")));
    }

    @Test
    public void withinTheNationalRootIsEverything() {
        assertFinds(CaseQuery.all().within(JurisdictionCode.NATIONAL),
                seven.a, seven.b, seven.f, seven.c, seven.g, seven.d, seven.e);
    }

    @Test
    public void byStatus() {
        assertFinds(CaseQuery.all().withStatus(CaseStatus.REPORTED, CaseStatus.INQUIRY), seven.b, seven.e);
        assertFinds(CaseQuery.all().withStatus(CaseStatus.CLOSED), seven.d);
        assertFinds(CaseQuery.all().withStatus(CaseStatus.PROSECUTION, CaseStatus.TRIAL, CaseStatus.VERDICT),
                seven.f, seven.c, seven.g);
    }

    @Test
    public void byExploitationTypeOfAnyVictim() {
        assertFinds(CaseQuery.all().withExploitation(ExploitationType.FORCED_LABOUR), seven.a, seven.f, seven.g, seven.e);
        assertFinds(CaseQuery.all().withExploitation(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM), seven.a, seven.c);
        assertFinds(CaseQuery.all().withExploitation(ExploitationType.ORGAN_REMOVAL));
    }

    @Test
    public void byDestinationCountry() {
        assertFinds(CaseQuery.all().withDestination(TckFixtures.CAMBODIA), seven.a, seven.c, seven.g);
        assertFinds(CaseQuery.all().withDestination(TckFixtures.MALAYSIA), seven.b, seven.f);
        assertFinds(CaseQuery.all().withDestination(TckFixtures.INDONESIA));
    }

    @Test
    public void byReportDateBothEndsIncluded() {
        assertFinds(CaseQuery.all().reportedBetween(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 7, 20)),
                seven.b, seven.f, seven.c);
        assertFinds(CaseQuery.all().reportedBetween(LocalDate.of(2025, 11, 5), null), seven.d, seven.e);
        assertFinds(CaseQuery.all().reportedBetween(null, LocalDate.of(2025, 2, 2)), seven.a);
        assertFinds(CaseQuery.all().reportedBetween(LocalDate.of(2024, 5, 11), LocalDate.of(2025, 2, 2)));
    }

    @Test
    public void byHavingAChildVictim() {
        assertFinds(CaseQuery.all().withChildVictim(true), seven.a, seven.b, seven.f, seven.e);
        assertFinds(CaseQuery.all().withChildVictim(false), seven.c, seven.g, seven.d);
    }

    @Test
    public void criteriaCombine() {
        assertFinds(CaseQuery.all().within(TckFixtures.KALBAR)
                .withExploitation(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM)
                .reportedBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), seven.c);
        assertFinds(CaseQuery.all().within(TckFixtures.KOTA_PONTIANAK).withChildVictim(true), seven.a, seven.e);
        assertFinds(CaseQuery.all().withDestination(TckFixtures.MALAYSIA).withStatus(CaseStatus.TRIAL)
                .withChildVictim(true).within(TckFixtures.NTT), seven.f);
        assertFinds(CaseQuery.all().withDestination(TckFixtures.MALAYSIA).within(TckFixtures.KOTA_PONTIANAK));
    }

    @Test
    public void queriedCasesAreWholeAndCurrent() {
        TraffickingCase updated = store.cases().save(TckFixtures.advanced(seven.e, CaseStatus.INVESTIGATION)).stored();
        List<TraffickingCase> found = all(CaseQuery.all().within(TckFixtures.KOTA_PONTIANAK));
        assertThat(found).hasSize(3);
        assertSameContent(found.get(2), updated);
        assertFinds(CaseQuery.all().withStatus(CaseStatus.INQUIRY));
    }

    @Test
    public void randomQueriesAgreeWithTheReferenceFilter() {
        RandomCases random = new RandomCases(20260315L);
        List<TraffickingCase> saved = new ArrayList<>(seven.inQueryOrder());
        for (TraffickingCase c : random.cases("LP/R", 60)) {
            saved.add(store.cases().save(c).stored());
        }
        saved.sort(TckFixtures.QUERY_ORDER);
        for (int i = 0; i < 40; i++) {
            CaseQuery query = random.query();
            List<TraffickingCase> expected = saved.stream().filter(query::matches).toList();
            assertThat(all(query)).as("query %s", query).containsExactlyElementsOf(expected);
            assertThat(store.cases().count(query)).as("count %s", query).isEqualTo(expected.size());
        }
    }
}
