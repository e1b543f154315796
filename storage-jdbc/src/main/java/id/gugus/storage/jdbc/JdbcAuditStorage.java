package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.AUDIT_ENTRY;

import com.google.common.collect.ImmutableList;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.audit.AuditQuery;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.AuditStorage;
import id.gugus.store.AuditLog;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The audit log in table {@code audit_entry}. Append-only: this class inserts and reads, and has
 * no statement that updates or deletes a row. An append joins the unit of work running on the
 * thread, so an entry is kept if, and only if, the change it records is; an independent append
 * (reads of personal data, refusals) commits on a connection of its own.
 *
 * <p>The database numbers the entries (an identity column, AUTO_INCREMENT on MariaDB), in the
 * order of appending. The number is taken when the row is inserted, not when its transaction
 * commits: a reader paging while other units of work are still open can see entry 12 before a
 * slower unit commits entry 11. Pages are keyset pages on the number, so nothing read is ever
 * repeated; an auditor reconciling up to the present reads again from a little way back.
 *
 * <p>Instants keep their nanoseconds: the time stamp column holds microseconds on PostgreSQL and
 * MariaDB, so the nanosecond of the second is kept beside it, and time ranges compare both.
 */
final class JdbcAuditStorage implements AuditStorage {
    static final String ENTITY = "AuditEntry";

    private final Database db;

    JdbcAuditStorage(Database db) {
        this.db = db;
    }

    @Override
    public void append(List<AuditEntry> entries) {
        List<AuditEntry> batch = List.copyOf(entries);
        if (!batch.isEmpty()) {
            db.write(StorageOperation.of("append", ENTITY, null, -1), dsl -> insert(dsl, batch));
        }
    }

    /**
     * On a connection of its own, committed before it returns: the unit of work running on this
     * thread, and an application's transaction on the same connection, cannot roll it back.
     */
    @Override
    public void appendIndependently(List<AuditEntry> entries) {
        List<AuditEntry> batch = List.copyOf(entries);
        if (!batch.isEmpty()) {
            db.writeIndependently(StorageOperation.of("append", ENTITY, null, -1), dsl -> insert(dsl, batch));
        }
    }

    /** One statement per chunk of rows, numbered in list order. */
    static Void insert(DSLContext dsl, List<AuditEntry> batch) {
        RowBatch rows = new RowBatch(AUDIT_ENTRY, AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.OCCURRED_NANO, AUDIT_ENTRY.ACTOR_ID,
                AUDIT_ENTRY.ACTION, AUDIT_ENTRY.AGGREGATE_TYPE, AUDIT_ENTRY.AGGREGATE_ID, AUDIT_ENTRY.AGGREGATE_VERSION,
                AUDIT_ENTRY.JURISDICTION, AUDIT_ENTRY.OUTCOME, AUDIT_ENTRY.ACCESS_RULE);
        for (AuditEntry e : batch) {
            rows.add(micros(e.at()), e.at().getNano(), e.actorId(), e.action().name(), e.aggregateType(), e.aggregateId(),
                    e.version(), e.jurisdiction().value(), e.outcome().name(), e.rule());
        }
        rows.insert(dsl);
        return null;
    }

    @Override
    public Page<AuditEntry> query(AuditQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        long after = page.after() == null ? 0 : AuditLog.parseCursor(page.after());
        return db.read(StorageOperation.read(ENTITY, null), dsl -> {
            // One more than the page holds tells whether another page follows.
            List<AuditEntry> found = dsl.selectFrom(AUDIT_ENTRY)
                    .where(where(query))
                    .and(AUDIT_ENTRY.SEQUENCE_NO.gt(after))
                    .orderBy(AUDIT_ENTRY.SEQUENCE_NO)
                    .limit(page.size() + 1)
                    .fetch(JdbcAuditStorage::toEntry);
            if (found.size() <= page.size()) {
                return new Page<>(ImmutableList.copyOf(found), null);
            }
            List<AuditEntry> items = found.subList(0, page.size());
            return new Page<>(ImmutableList.copyOf(items), Long.toString(items.get(items.size() - 1).sequence()));
        });
    }

    /** The filter with {@link AuditQuery#matches} as its meaning; the subtree as a range, as for cases. */
    static Condition where(AuditQuery query) {
        List<Condition> all = new ArrayList<>();
        if (query.actorId() != null) {
            all.add(AUDIT_ENTRY.ACTOR_ID.eq(query.actorId()));
        }
        if (query.aggregateType() != null) {
            all.add(AUDIT_ENTRY.AGGREGATE_TYPE.eq(query.aggregateType()));
        }
        if (query.aggregateId() != null) {
            all.add(AUDIT_ENTRY.AGGREGATE_ID.eq(query.aggregateId()));
        }
        if (query.from() != null) {
            all.add(atOrAfter(query.from()));
        }
        if (query.to() != null) {
            all.add(before(query.to()));
        }
        if (query.within() != null) {
            all.add(JdbcJurisdictionStorage.inSubtree(AUDIT_ENTRY.JURISDICTION, query.within()));
        }
        return DSL.and(all);
    }

    /**
     * at ≥ from, exactly: occurred_at is at cut to the microsecond, so a later microsecond is
     * later, and within the same microsecond the nanosecond of the second decides. A range on
     * occurred_at first, for its index.
     */
    private static Condition atOrAfter(Instant from) {
        LocalDateTime t = micros(from);
        return AUDIT_ENTRY.OCCURRED_AT.ge(t)
                .and(AUDIT_ENTRY.OCCURRED_AT.gt(t).or(AUDIT_ENTRY.OCCURRED_NANO.ge(from.getNano())));
    }

    /** at < to, exactly (see {@link #atOrAfter}). */
    private static Condition before(Instant to) {
        LocalDateTime t = micros(to);
        return AUDIT_ENTRY.OCCURRED_AT.le(t)
                .and(AUDIT_ENTRY.OCCURRED_AT.lt(t).or(AUDIT_ENTRY.OCCURRED_NANO.lt(to.getNano())));
    }

    private static LocalDateTime micros(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static AuditEntry toEntry(Record r) {
        Instant at = r.get(AUDIT_ENTRY.OCCURRED_AT).withNano(r.get(AUDIT_ENTRY.OCCURRED_NANO)).toInstant(ZoneOffset.UTC);
        return new AuditEntry(r.get(AUDIT_ENTRY.SEQUENCE_NO), at, r.get(AUDIT_ENTRY.ACTOR_ID),
                AuditAction.valueOf(r.get(AUDIT_ENTRY.ACTION)), r.get(AUDIT_ENTRY.AGGREGATE_TYPE), r.get(AUDIT_ENTRY.AGGREGATE_ID),
                r.get(AUDIT_ENTRY.AGGREGATE_VERSION), JurisdictionCode.of(r.get(AUDIT_ENTRY.JURISDICTION)),
                AuditOutcome.valueOf(r.get(AUDIT_ENTRY.OUTCOME)), r.get(AUDIT_ENTRY.ACCESS_RULE));
    }
}
