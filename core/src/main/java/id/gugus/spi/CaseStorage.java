package id.gugus.spi;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.Nik;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.VictimIdentity;
import id.gugus.cases.VictimInCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Storage primitives for cases. Queries and statistics run in the store (SQL on indexes for a
 * database), never by loading every case. A back-end must refuse a second case with the same
 * number with a {@link id.gugus.error.DuplicateException}, atomically.
 */
public interface CaseStorage extends AggregateStorage<CaseId, TraffickingCase> {
    Optional<TraffickingCase> findByNumber(CaseNumber number);

    /**
     * One page of matching cases in {@link CaseQuery#order()}: by (reportedOn, id), ascending for
     * {@link id.gugus.cases.CaseOrder#OLDEST_FIRST}, descending for
     * {@link id.gugus.cases.CaseOrder#NEWEST_FIRST}; after the request's cursor, that is, strictly
     * past the position it marks in that order. The next cursor is that of the last case on the
     * page, only when more cases follow.
     */
    Page<TraffickingCase> query(CaseQuery query, PageRequest page);

    /**
     * {@link #query}, each case as {@link TraffickingCase#withoutPersonalData()}: for readers who
     * get redacted copies (an actor without the personal-data permission, a report). A store that
     * keeps personal data apart from the case need not read it at all: the JDBC store reads the
     * case rows alone and opens no seal. The default redacts what {@link #query} reads.
     */
    default Page<TraffickingCase> queryWithoutPersonalData(CaseQuery query, PageRequest page) {
        Page<TraffickingCase> found = query(query, page);
        return new Page<>(found.items().stream().map(TraffickingCase::withoutPersonalData)
                .collect(ImmutableList.toImmutableList()), found.nextCursor());
    }

    long count(CaseQuery query);

    /**
     * Cases and victims matching {@code query}, grouped by {@code first} and, if not null,
     * {@code second}, with {@link CaseQuery#matches} and {@link Dimension} as the semantics.
     */
    Statistics statistics(CaseQuery query, Dimension first, Dimension second);

    /**
     * Every group of victims, in two or more distinct cases, that share a key of
     * {@link VictimIdentity} (a NIK, or a name and birth date), one group per key and reason;
     * {@link DuplicateVictims#outsideScope()} is 0. A store that encrypts personal data finds
     * them through keyed hashes of the same keys.
     */
    List<DuplicateVictims> duplicateVictims();

    /**
     * {@link #duplicateVictims()} among the cases registered in {@code within}'s subtree only:
     * groups of victims in two or more distinct cases of it, listing only those victims. What a
     * store answers an actor without national scope: an answer derived from personal data that
     * reveals nothing outside its scope, not even whether a group reaches beyond it. The default
     * filters the whole report; a database should select only the cases of the subtree, so that
     * what lies outside is never even read.
     */
    default List<DuplicateVictims> duplicateVictims(JurisdictionCode within) {
        List<DuplicateVictims> inside = new ArrayList<>();
        for (DuplicateVictims group : duplicateVictims()) {
            ImmutableList<VictimInCase> mine = group.victims().stream().filter(v -> within.contains(v.registeredIn()))
                    .collect(ImmutableList.toImmutableList());
            if (mine.stream().map(VictimInCase::caseId).distinct().count() > 1) {
                inside.add(new DuplicateVictims(group.reason(), mine, 0));
            }
        }
        return inside;
    }

    /**
     * Every case with a victim whose NIK is {@code nik}, by (reportedOn, id). A store that
     * encrypts personal data finds them through a keyed hash of the NIK, never by decrypting
     * every row.
     */
    List<TraffickingCase> withVictimNik(Nik nik);

    /**
     * {@link #withVictimNik(Nik)} among the cases registered in {@code within}'s subtree only.
     * The default filters; a database should select only the cases of the subtree, so that a case
     * outside is never read (nor its personal data opened).
     */
    default List<TraffickingCase> withVictimNik(Nik nik, JurisdictionCode within) {
        return withVictimNik(nik).stream().filter(c -> within.contains(c.registeredIn())).toList();
    }
}
