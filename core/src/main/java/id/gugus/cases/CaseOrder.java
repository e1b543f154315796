package id.gugus.cases;

import java.util.Comparator;

/**
 * The order in which a case query returns its cases, and pages them. Both orders are keyset
 * orders on (report date, id), ids compared as their lower-case text (the byte order of a
 * native UUID), so a {@link CaseCursor} marks the same position in either: a store reads one
 * index on those two columns forwards or backwards, and cases inserted or deleted between pages
 * neither repeat nor skip the others.
 */
public enum CaseOrder {
    /** Report date ascending, then id ascending: the oldest report first. The default. */
    OLDEST_FIRST,
    /** Report date descending, then id descending: the newest report first, exactly the reverse of {@link #OLDEST_FIRST}. */
    NEWEST_FIRST;

    private static final Comparator<TraffickingCase> ASCENDING =
            Comparator.comparing(TraffickingCase::reportedOn).thenComparing(c -> c.id().value().toString());

    /** Compares cases in this order. */
    public Comparator<TraffickingCase> comparator() {
        return this == OLDEST_FIRST ? ASCENDING : ASCENDING.reversed();
    }

    /** Whether {@code c} comes after the position {@code cursor} marks, in this order. */
    public boolean follows(CaseCursor cursor, TraffickingCase c) {
        int byDate = c.reportedOn().compareTo(cursor.reportedOn());
        int fromCursor = byDate != 0 ? byDate : c.id().value().toString().compareTo(cursor.id().toString());
        return this == OLDEST_FIRST ? fromCursor > 0 : fromCursor < 0;
    }
}
