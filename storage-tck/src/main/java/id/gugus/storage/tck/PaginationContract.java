package id.gugus.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.error.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Keyset pagination of case queries, oldest first and newest first: a stable (report date, id)
 * order in either direction, a cursor on every page but the last, and inserts or deletes between
 * pages that neither repeat nor skip a case; and the streams that walk every page.
 */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.PAGINATION)
public abstract class PaginationContract extends StorageContract {

    @BeforeEach
    public void seed() {
        seedWorld();
    }

    /** Saves {@code count} cases, three per report date from 1 March 2025 on; returns them in query order. */
    protected List<TraffickingCase> saveCases(String prefix, int count) {
        List<TraffickingCase> saved = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            saved.add(store.cases().save(TckFixtures.simpleCase(prefix + "/" + i, LocalDate.of(2025, 3, 1).plusDays(i / 3)))
                    .stored());
        }
        saved.sort(TckFixtures.QUERY_ORDER);
        return saved;
    }

    /** {@code c} under another id: ids are no edit an application makes, so no wither gives one. */
    protected static TraffickingCase withId(TraffickingCase c, String id) {
        return new TraffickingCase(new CaseId(UUID.fromString(id)), c.version(), c.number(), c.registeredIn(),
                c.reportedOn(), c.status(), c.closingReason(), c.victims(), c.suspects(), c.route(), c.statusHistory(),
                c.management());
    }

    /** {@code cases} in newest-first order: report date, then id as text, both descending. */
    protected static List<TraffickingCase> newestFirst(List<TraffickingCase> cases) {
        return cases.stream().sorted(TckFixtures.QUERY_ORDER.reversed()).toList();
    }

    /** Reads every page of {@code query} with pages of {@code size}; checks that only the last lacks a cursor. */
    protected List<List<TraffickingCase>> pages(CaseQuery query, int size) {
        List<List<TraffickingCase>> pages = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        while (true) {
            Page<TraffickingCase> page = store.cases().query(query, request);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
            pages.add(page.items());
            if (!page.hasNext()) {
                return pages;
            }
            assertThat(page.items()).as("a page with a cursor is full").hasSize(size);
            assertThat(pages).as("pages").hasSizeLessThan(10_000);
            request = request.next(page);
        }
    }

    @Test
    public void anEmptyStoreGivesOneEmptyLastPage() {
        Page<TraffickingCase> page = store.cases().query(CaseQuery.all(), PageRequest.first(10));
        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    public void anExactPageHasNoCursor() {
        List<TraffickingCase> saved = saveCases("LP/EXACT", 10);
        Page<TraffickingCase> page = store.cases().query(CaseQuery.all(), PageRequest.first(10));
        assertThat(page.items()).containsExactlyElementsOf(saved);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    public void oneMoreThanAPageGivesACursorAndALastPageOfOne() {
        List<TraffickingCase> saved = saveCases("LP/ELEVEN", 11);
        Page<TraffickingCase> first = store.cases().query(CaseQuery.all(), PageRequest.first(10));
        assertThat(first.items()).containsExactlyElementsOf(saved.subList(0, 10));
        assertThat(first.nextCursor()).isEqualTo(CaseCursor.of(saved.get(9)).encode());
        Page<TraffickingCase> last = store.cases().query(CaseQuery.all(), PageRequest.first(10).next(first));
        assertThat(last.items()).containsExactly(saved.get(10));
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    public void pagesCoverEveryCaseOnceInOrder() {
        List<TraffickingCase> saved = saveCases("LP/ALL", 25);
        List<List<TraffickingCase>> pages = pages(CaseQuery.all(), 10);
        assertThat(pages).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(saved);
    }

    @Test
    public void pagesOfOneWalkEveryCase() {
        List<TraffickingCase> saved = saveCases("LP/ONE", 7);
        List<List<TraffickingCase>> pages = pages(CaseQuery.all(), 1);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(saved);
        assertThat(pages).hasSize(7);
    }

    @Test
    public void casesReportedOnOneDayAreOrderedById() {
        List<TraffickingCase> saved = new ArrayList<>();
        // Ids chosen so that their text order differs from the order they are saved in.
        String[] ids = {"f0000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
                "a0000000-0000-4000-8000-000000000003", "0a000000-0000-4000-8000-000000000004"};
        for (int i = 0; i < ids.length; i++) {
            TraffickingCase c = TckFixtures.simpleCase("LP/SAMEDAY/" + i, LocalDate.of(2025, 8, 17));
            saved.add(store.cases().save(withId(c, ids[i])).stored());
        }
        List<List<TraffickingCase>> pages = pages(CaseQuery.all(), 3);
        assertThat(pages.stream().flatMap(List::stream).map(c -> c.id().toString()).toList()).containsExactly(
                "00000000-0000-4000-8000-000000000002", "0a000000-0000-4000-8000-000000000004",
                "a0000000-0000-4000-8000-000000000003", "f0000000-0000-4000-8000-000000000001");
        assertThat(saved).hasSize(4);
    }

    @Test
    public void casesInsertedBetweenPagesNeitherRepeatNorSkip() {
        List<TraffickingCase> saved = saveCases("LP/MOVING", 12);
        Page<TraffickingCase> first = store.cases().query(CaseQuery.all(), PageRequest.first(5));
        assertThat(first.items()).containsExactlyElementsOf(saved.subList(0, 5));
        // One case before the cursor (not shown: that page is read), one after it (shown later).
        store.cases().save(TckFixtures.simpleCase("LP/MOVING/EARLY", LocalDate.of(2025, 1, 1)));
        TraffickingCase late = store.cases().save(TckFixtures.simpleCase("LP/MOVING/LATE", LocalDate.of(2025, 12, 1)))
                .stored();
        List<TraffickingCase> rest = new ArrayList<>();
        Page<TraffickingCase> page = first;
        PageRequest request = PageRequest.first(5);
        while (page.hasNext()) {
            request = request.next(page);
            page = store.cases().query(CaseQuery.all(), request);
            rest.addAll(page.items());
        }
        List<TraffickingCase> expected = new ArrayList<>(saved.subList(5, 12));
        expected.add(late);
        assertThat(rest).containsExactlyElementsOf(expected);
    }

    @Test
    public void casesDeletedBetweenPagesDoNotDisturbTheRest() {
        List<TraffickingCase> saved = saveCases("LP/GONE", 9);
        Page<TraffickingCase> first = store.cases().query(CaseQuery.all(), PageRequest.first(4));
        // The last case shown (the cursor's own case) and one not yet shown disappear.
        store.cases().delete(saved.get(3).id(), 1);
        store.cases().delete(saved.get(6).id(), 1);
        Page<TraffickingCase> second = store.cases().query(CaseQuery.all(), PageRequest.first(4).next(first));
        assertThat(second.items()).containsExactly(saved.get(4), saved.get(5), saved.get(7), saved.get(8));
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    public void pagesKeepTheFilter() {
        List<TraffickingCase> saved = saveCases("LP/FILTER", 20);
        List<TraffickingCase> inquiry = new ArrayList<>();
        for (int i = 0; i < saved.size(); i += 2) {
            inquiry.add(store.cases().save(TckFixtures.advanced(saved.get(i), CaseStatus.INQUIRY)).stored());
        }
        TraffickingCase elsewhere = store.cases().save(TckFixtures.advanced(TckFixtures.registeredIn(
                TckFixtures.simpleCase("LP/FILTER/KUPANG", LocalDate.of(2025, 3, 2)), TckFixtures.KOTA_KUPANG),
                CaseStatus.INQUIRY)).stored();
        CaseQuery query = CaseQuery.all().within(TckFixtures.KALBAR).withStatus(CaseStatus.INQUIRY);
        List<List<TraffickingCase>> pages = pages(query, 3);
        assertThat(pages).extracting(List::size).containsExactly(3, 3, 3, 1);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(inquiry)
                .doesNotContain(elsewhere);
    }

    /**
     * An update that moves a case to another regency of another province takes it out of the
     * pages of its old province and regency and into those of its new ones, oldest and newest
     * first: a store that keeps a page order per province or regency (the JDBC store's V6
     * indexes, the memory store's sets) must move the case between them.
     */
    @Test
    public void aCaseMovedToAnotherAreaIsPagedWhereItNowIs() {
        List<TraffickingCase> saved = saveCases("LP/MOVE", 7);
        TraffickingCase moved = store.cases().save(TckFixtures.registeredIn(saved.get(3), TckFixtures.KOTA_KUPANG)).stored();
        List<TraffickingCase> stayed = new ArrayList<>(saved);
        stayed.remove(3);

        for (var area : List.of(TckFixtures.KALBAR, TckFixtures.KOTA_PONTIANAK)) {
            CaseQuery within = CaseQuery.all().within(area);
            assertThat(pages(within, 2).stream().flatMap(List::stream).toList()).as("pages of " + area)
                    .containsExactlyElementsOf(stayed);
            assertThat(pages(within.newestFirst(), 2).stream().flatMap(List::stream).toList()).as("newest first in " + area)
                    .containsExactlyElementsOf(newestFirst(stayed));
        }
        for (var area : List.of(TckFixtures.NTT, TckFixtures.KOTA_KUPANG)) {
            assertThat(pages(CaseQuery.all().within(area), 2).stream().flatMap(List::stream).toList()).as("pages of " + area)
                    .containsExactly(moved);
        }
        store.cases().delete(moved.id(), moved.version());
        assertThat(pages(CaseQuery.all().within(TckFixtures.KOTA_KUPANG), 2)).as("after the delete")
                .allSatisfy(page -> assertThat(page).isEmpty());
    }

    /**
     * {@code queryWithoutPersonalData}, which the repositories use for every reader who gets
     * redacted copies, gives the pages {@code query} gives, each case without its personal data,
     * with the same cursors: oldest and newest first, over the nation, a province and a regency.
     */
    @Test
    public void aPageReadWithoutPersonalDataIsThePageRedacted() {
        saveCases("LP/BARE", 7);
        for (CaseQuery query : List.of(CaseQuery.all(), CaseQuery.all().within(TckFixtures.KALBAR).newestFirst(),
                CaseQuery.all().within(TckFixtures.KOTA_PONTIANAK))) {
            PageRequest request = PageRequest.first(3);
            int pages = 0;
            while (true) {
                Page<TraffickingCase> full = backend.cases().query(query, request);
                Page<TraffickingCase> bare = backend.cases().queryWithoutPersonalData(query, request);
                assertThat(full.items()).as("the cases hold personal data").allMatch(TraffickingCase::holdsPersonalData);
                assertThat(bare.items()).as("page %d of %s", pages, query)
                        .isEqualTo(full.items().stream().map(TraffickingCase::withoutPersonalData).toList());
                assertThat(bare.nextCursor()).isEqualTo(full.nextCursor());
                pages++;
                if (!full.hasNext()) {
                    break;
                }
                request = request.next(full);
            }
            assertThat(pages).isEqualTo(3);
        }
    }

    @Test
    public void aCursorWorksWithAnotherPageSize() {
        List<TraffickingCase> saved = saveCases("LP/RESIZE", 10);
        Page<TraffickingCase> first = store.cases().query(CaseQuery.all(), PageRequest.first(3));
        Page<TraffickingCase> rest = store.cases().query(CaseQuery.all(), new PageRequest(100, first.nextCursor()));
        assertThat(rest.items()).containsExactlyElementsOf(saved.subList(3, 10));
    }

    @Test
    public void aCursorThatIsNotACaseCursorIsRefused() {
        saveCases("LP/BAD", 2);
        assertThatThrownBy(() -> store.cases().query(CaseQuery.all(), new PageRequest(5, "page-2")))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("[PAGE-CURSOR] page.after");
        assertThatThrownBy(() -> store.cases().query(CaseQuery.all(), new PageRequest(5, "2025-13-01_x")))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("[PAGE-CURSOR] page.after");
    }

    // ---- newest first -------------------------------------------------------------------

    @Test
    public void newestFirstPagesCoverEveryCaseOnceInReverseOrder() {
        List<TraffickingCase> newest = newestFirst(saveCases("LP/NEWEST", 25));
        List<List<TraffickingCase>> pages = pages(CaseQuery.all().newestFirst(), 10);
        assertThat(pages).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(newest);
        Page<TraffickingCase> first = store.cases().query(CaseQuery.all().newestFirst(), PageRequest.first(10));
        assertThat(first.nextCursor()).isEqualTo(CaseCursor.of(newest.get(9)).encode());
    }

    @Test
    public void newestFirstOrdersCasesReportedOnOneDayByIdDescending() {
        String[] ids = {"f0000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
                "a0000000-0000-4000-8000-000000000003", "0a000000-0000-4000-8000-000000000004"};
        for (int i = 0; i < ids.length; i++) {
            TraffickingCase c = TckFixtures.simpleCase("LP/SAMEDAY/DESC/" + i, LocalDate.of(2025, 8, 17));
            store.cases().save(withId(c, ids[i]));
        }
        List<List<TraffickingCase>> pages = pages(CaseQuery.all().newestFirst(), 3);
        assertThat(pages.stream().flatMap(List::stream).map(c -> c.id().toString()).toList()).containsExactly(
                "f0000000-0000-4000-8000-000000000001", "a0000000-0000-4000-8000-000000000003",
                "0a000000-0000-4000-8000-000000000004", "00000000-0000-4000-8000-000000000002");
    }

    @Test
    public void newestFirstCasesInsertedBetweenPagesNeitherRepeatNorSkip() {
        List<TraffickingCase> newest = newestFirst(saveCases("LP/MOVING/DESC", 12));
        CaseQuery query = CaseQuery.all().newestFirst();
        Page<TraffickingCase> first = store.cases().query(query, PageRequest.first(5));
        assertThat(first.items()).containsExactlyElementsOf(newest.subList(0, 5));
        // In this order a later report comes before the cursor (not shown), an earlier one after it.
        store.cases().save(TckFixtures.simpleCase("LP/MOVING/DESC/LATE", LocalDate.of(2025, 12, 1)));
        TraffickingCase early = store.cases().save(TckFixtures.simpleCase("LP/MOVING/DESC/EARLY", LocalDate.of(2025, 1, 1)))
                .stored();
        List<TraffickingCase> rest = new ArrayList<>();
        Page<TraffickingCase> page = first;
        PageRequest request = PageRequest.first(5);
        while (page.hasNext()) {
            request = request.next(page);
            page = store.cases().query(query, request);
            rest.addAll(page.items());
        }
        List<TraffickingCase> expected = new ArrayList<>(newest.subList(5, 12));
        expected.add(early);
        assertThat(rest).containsExactlyElementsOf(expected);
    }

    @Test
    public void newestFirstCasesDeletedBetweenPagesDoNotDisturbTheRest() {
        List<TraffickingCase> newest = newestFirst(saveCases("LP/GONE/DESC", 9));
        CaseQuery query = CaseQuery.all().newestFirst();
        Page<TraffickingCase> first = store.cases().query(query, PageRequest.first(4));
        store.cases().delete(newest.get(3).id(), 1);
        store.cases().delete(newest.get(6).id(), 1);
        Page<TraffickingCase> second = store.cases().query(query, PageRequest.first(4).next(first));
        assertThat(second.items()).containsExactly(newest.get(4), newest.get(5), newest.get(7), newest.get(8));
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    public void newestFirstPagesKeepTheFilterAndTheDateRange() {
        List<TraffickingCase> saved = saveCases("LP/FILTER/DESC", 24);
        TraffickingCase elsewhere = store.cases().save(TckFixtures.registeredIn(
                TckFixtures.simpleCase("LP/FILTER/DESC/KUPANG", LocalDate.of(2025, 3, 4)), TckFixtures.KOTA_KUPANG))
                        .stored();
        CaseQuery query = CaseQuery.all().within(TckFixtures.KALBAR)
                .reportedBetween(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 6)).newestFirst();
        List<TraffickingCase> expected = newestFirst(saved.stream().filter(query::matches).toList());
        assertThat(expected).hasSize(15);
        List<List<TraffickingCase>> pages = pages(query, 4);
        assertThat(pages).extracting(List::size).containsExactly(4, 4, 4, 3);
        assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(expected)
                .doesNotContain(elsewhere);
    }

    /** A cursor marks a position, not a direction: the other order from it reads back towards the start (a "previous page"). */
    @Test
    public void aCursorMarksThePositionOfItsCaseInEitherOrder() {
        List<TraffickingCase> saved = saveCases("LP/BACK", 10);
        Page<TraffickingCase> oldest = store.cases().query(CaseQuery.all(), PageRequest.first(4));
        Page<TraffickingCase> before = store.cases().query(CaseQuery.all().newestFirst(),
                new PageRequest(10, oldest.nextCursor()));
        assertThat(before.items()).containsExactly(saved.get(2), saved.get(1), saved.get(0));
        assertThat(before.hasNext()).isFalse();
        Page<TraffickingCase> newest = store.cases().query(CaseQuery.all().newestFirst(), PageRequest.first(4));
        Page<TraffickingCase> after = store.cases().query(CaseQuery.all(), new PageRequest(10, newest.nextCursor()));
        assertThat(after.items()).containsExactlyElementsOf(saved.subList(7, 10));
    }

    // ---- streams ------------------------------------------------------------------------

    @Test
    public void aStreamWalksEveryPageInEitherOrder() {
        List<TraffickingCase> saved = saveCases("LP/STREAM", 25);
        assertThat(store.cases().stream(CaseQuery.all(), PageRequest.first(4)).toList()).containsExactlyElementsOf(saved);
        assertThat(store.cases().stream(CaseQuery.all().newestFirst(), PageRequest.first(4)).toList())
                .containsExactlyElementsOf(newestFirst(saved));
        assertThat(store.cases().stream(CaseQuery.all()).toList()).containsExactlyElementsOf(saved);
        CaseQuery inquiry = CaseQuery.all().withStatus(CaseStatus.INQUIRY);
        assertThat(store.cases().stream(inquiry, PageRequest.first(3)).toList()).isEmpty();
    }

    @Test
    public void aStreamStartsAfterTheCursorItIsGiven() {
        List<TraffickingCase> saved = saveCases("LP/STREAM/FROM", 12);
        Page<TraffickingCase> first = store.cases().query(CaseQuery.all(), PageRequest.first(5));
        assertThat(store.cases().stream(CaseQuery.all(), PageRequest.first(5).next(first)).toList())
                .containsExactlyElementsOf(saved.subList(5, 12));
    }

    @Test
    public void aStreamNeitherRepeatsNorSkipsCasesInsertedOrDeletedWhileItRuns() {
        List<TraffickingCase> saved = saveCases("LP/STREAM/MOVING", 12);
        Iterator<TraffickingCase> stream = store.cases().stream(CaseQuery.all(), PageRequest.first(5)).iterator();
        List<TraffickingCase> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seen.add(stream.next());
        }
        store.cases().save(TckFixtures.simpleCase("LP/STREAM/MOVING/EARLY", LocalDate.of(2025, 1, 1)));
        TraffickingCase late = store.cases().save(TckFixtures.simpleCase("LP/STREAM/MOVING/LATE", LocalDate.of(2025, 12, 1)))
                .stored();
        store.cases().delete(saved.get(7).id(), 1);
        stream.forEachRemaining(seen::add);
        List<TraffickingCase> expected = new ArrayList<>(saved);
        expected.remove(7);
        expected.add(late);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    public void aStreamRefusesACursorThatIsNotACaseCursorAtOnce() {
        assertThatThrownBy(() -> store.cases().stream(CaseQuery.all(), new PageRequest(5, "page-2")))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("[PAGE-CURSOR] page.after");
    }
}
