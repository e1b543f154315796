package id.gugus.storage.memory;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseOrder;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.Nik;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsTally;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimIdentity;
import id.gugus.cases.VictimInCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.error.DuplicateException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import id.gugus.spi.CaseStorage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Cases, with the indexes a database would have: a unique index on the case number, the query
 * order (report date, id) — which also serves date ranges and cursors — the registering
 * jurisdiction for subtree filters, and, as the JDBC store's V6 indexes, the query order within
 * each province and each regency, so that a page of a province's or a regency's cases walks its
 * own keys in order. Queries, counts and statistics walk only the candidate keys those indexes
 * give and apply {@link CaseQuery#matches} to each, inside the store.
 */
final class MemoryCaseStorage extends MemoryVersionedStorage<CaseId, TraffickingCase> implements CaseStorage {
    private static final NavigableMap<OrderKey, TraffickingCase> EMPTY = Collections.emptyNavigableMap();
    /**
     * The cases in query order. The indexes hold the cases themselves, not their ids: a walk
     * then reads each case where it finds its key, where looking the id up among 100,000 rows
     * cost a cache miss per case, about half of a province roll-up in memory (issue #11).
     */
    private final TreeMap<OrderKey, TraffickingCase> inOrder = new TreeMap<>();
    private final CodeIndex<OrderKey> byArea = new CodeIndex<>();
    /**
     * The query order within each province and each regency (keyed by its code): without them a
     * page of a province had to gather and sort the keys of its whole subtree first, about a
     * millisecond for 2,600 cases (issue #11).
     */
    private final Map<JurisdictionCode, TreeMap<OrderKey, TraffickingCase>> inOrderWithin = new HashMap<>();
    private final Map<CaseNumber, CaseId> byNumber = new HashMap<>();

    MemoryCaseStorage(Transactions tx) {
        super(tx, "Case");
    }

    @Override
    public Optional<TraffickingCase> findByNumber(CaseNumber number) {
        return tx.read(() -> Optional.ofNullable(byNumber.get(number)).map(this::row));
    }

    @Override
    public Page<TraffickingCase> query(CaseQuery query, PageRequest page) {
        return tx.read(() -> {
            CaseCursor after = page.after() == null ? null : CaseCursor.decode(page.after());
            // One more than the page holds tells whether another page follows.
            ImmutableList<TraffickingCase> found =
                    matching(query, after).limit(page.size() + 1L).collect(ImmutableList.toImmutableList());
            if (found.size() <= page.size()) {
                return new Page<>(found, null);
            }
            ImmutableList<TraffickingCase> items = found.subList(0, page.size());
            return new Page<>(items, CaseCursor.of(items.get(items.size() - 1)).encode());
        });
    }

    @Override
    public long count(CaseQuery query) {
        return tx.read(() -> matching(query, null).count());
    }

    @Override
    public Statistics statistics(CaseQuery query, Dimension first, Dimension second) {
        return tx.read(() -> StatisticsTally.tally(matching(query, null)::iterator, first, second));
    }

    /** Groups victims by the keys of {@link VictimIdentity}, walking every case (an in-memory store is small). */
    @Override
    public List<DuplicateVictims> duplicateVictims() {
        return tx.read(() -> {
            Map<String, List<VictimInCase>> byKey = new TreeMap<>();
            for (TraffickingCase c : inOrder.values()) {
                for (Victim v : c.victims()) {
                    VictimInCase where = new VictimInCase(c.id(), c.number(), c.registeredIn(), v.id());
                    VictimIdentity.nikKey(v).ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(where));
                    VictimIdentity.nameKey(v).ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(where));
                    VictimIdentity.documentKeys(v).forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(where));
                }
            }
            List<DuplicateVictims> groups = new ArrayList<>();
            byKey.forEach((k, victims) -> {
                if (victims.stream().map(VictimInCase::caseId).distinct().count() > 1) {
                    groups.add(new DuplicateVictims(VictimIdentity.reasonOf(k), ImmutableList.copyOf(victims), 0));
                }
            });
            return groups;
        });
    }

    @Override
    public List<TraffickingCase> withVictimNik(Nik nik) {
        return tx.read(() -> inOrder.values().stream()
                .filter(c -> c.victims().stream().anyMatch(v -> nik.equals(v.personal().nik())))
                .collect(ImmutableList.toImmutableList()));
    }

    /**
     * Matching cases in the query's order, after the cursor; reads only the candidate keys. The
     * report dates and the cursor make one range of keys, built by comparing keys only: no date
     * arithmetic to overflow at the end of time, no view of a view out of its range. The cursor
     * closes the range at its low end oldest first, at its high end newest first, and the
     * newest-first order walks the range backwards, as a database reads its index.
     */
    private Stream<TraffickingCase> matching(CaseQuery query, CaseCursor after) {
        NavigableMap<OrderKey, TraffickingCase> cases = candidates(query.within());
        boolean newestFirst = query.order() == CaseOrder.NEWEST_FIRST;
        OrderKey low = query.reportedFrom() == null ? null : OrderKey.first(query.reportedFrom());
        boolean lowIncluded = true;
        OrderKey high = query.reportedTo() == null ? null : OrderKey.last(query.reportedTo());
        boolean highIncluded = true;
        if (after != null) {
            OrderKey cursor = new OrderKey(after.reportedOn(), after.id().toString());
            if (!newestFirst && (low == null || cursor.compareTo(low) >= 0)) {
                low = cursor;
                lowIncluded = false;
            } else if (newestFirst && (high == null || cursor.compareTo(high) <= 0)) {
                high = cursor;
                highIncluded = false;
            }
        }
        if (low != null && high != null && low.compareTo(high) > 0) {
            return Stream.empty(); // a range that ends before it starts holds nothing
        }
        if (low != null) {
            cases = high == null ? cases.tailMap(low, lowIncluded) : cases.subMap(low, lowIncluded, high, highIncluded);
        } else if (high != null) {
            cases = cases.headMap(high, highIncluded);
        }
        if (newestFirst) {
            cases = cases.descendingMap();
        }
        return cases.values().stream().filter(query::matches);
    }

    /** The cases registered in the subtree (all for none or the nation), in query order. */
    private NavigableMap<OrderKey, TraffickingCase> candidates(JurisdictionCode within) {
        if (within == null || within.equals(JurisdictionCode.NATIONAL)) {
            return inOrder;
        }
        return switch (within.level()) {
            case PROVINCE, REGENCY -> {
                NavigableMap<OrderKey, TraffickingCase> own = inOrderWithin.get(within);
                yield own == null ? EMPTY : own;
            }
            default -> {
                TreeMap<OrderKey, TraffickingCase> found = new TreeMap<>();
                byArea.subtree(within).forEach(key -> found.put(key, inOrder.get(key)));
                yield found;
            }
        };
    }

    @Override
    protected void checkUnique(TraffickingCase candidate) {
        CaseId holder = byNumber.get(candidate.number());
        if (holder != null && !holder.equals(candidate.id())) {
            throw new DuplicateException("Case", "number", candidate.number());
        }
    }

    @Override
    protected void index(TraffickingCase row) {
        OrderKey key = OrderKey.of(row);
        inOrder.put(key, row);
        byArea.add(row.registeredIn(), key);
        for (JurisdictionCode area : provinceAndRegency(row.registeredIn())) {
            inOrderWithin.computeIfAbsent(area, a -> new TreeMap<>()).put(key, row);
        }
        byNumber.put(row.number(), row.id());
    }

    @Override
    protected void unindex(TraffickingCase row) {
        OrderKey key = OrderKey.of(row);
        inOrder.remove(key);
        byArea.remove(row.registeredIn(), key);
        for (JurisdictionCode area : provinceAndRegency(row.registeredIn())) {
            TreeMap<OrderKey, TraffickingCase> cases = inOrderWithin.get(area);
            if (cases != null && cases.remove(key) != null && cases.isEmpty()) {
                inOrderWithin.remove(area);
            }
        }
        byNumber.remove(row.number(), row.id());
    }

    /** The province and the regency a case registered in {@code area} counts in, as far as its level reaches. */
    private static List<JurisdictionCode> provinceAndRegency(JurisdictionCode area) {
        return switch (area.level()) {
            case NATIONAL -> List.of();
            case PROVINCE -> List.of(area);
            default -> List.of(area.ancestorAt(Level.PROVINCE),
                    area.ancestorAt(Level.REGENCY));
        };
    }

    /** Query order: report date, then the id as text, as {@link CaseCursor} encodes it. */
    private record OrderKey(LocalDate reportedOn, String id) implements Comparable<OrderKey> {
        private static final Comparator<OrderKey> ORDER =
                Comparator.comparing(OrderKey::reportedOn).thenComparing(OrderKey::id);

        static OrderKey of(TraffickingCase c) {
            return new OrderKey(c.reportedOn(), c.id().toString());
        }

        /** Sorts before every case reported on {@code date}: no id is empty. */
        static OrderKey first(LocalDate date) {
            return new OrderKey(date, "");
        }

        /** Sorts after every case reported on {@code date}: an id is hexadecimal text, below U+FFFF. */
        static OrderKey last(LocalDate date) {
            return new OrderKey(date, "\uffff");
        }

        @Override
        public int compareTo(OrderKey o) {
            return ORDER.compare(this, o);
        }
    }
}
