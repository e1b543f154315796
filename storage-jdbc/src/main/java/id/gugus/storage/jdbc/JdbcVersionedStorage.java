package id.gugus.storage.jdbc;

import id.gugus.common.Aggregate;
import id.gugus.spi.AggregateStorage;
import id.gugus.storage.jdbc.Tables.VersionedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The rows of one aggregate type and the primitives every aggregate shares, written once: insert
 * (of one aggregate, or of many in one multi-row INSERT per table), update and delete by expected version ({@code UPDATE ... WHERE id = ? AND version = ?}), each
 * atomic ({@link Database#write}), and find by id. The JDBC twin of the in-memory
 * {@code MemoryVersionedStorage}: a subclass says how its aggregate maps to columns, which child
 * rows it projects for queries, which unique keys it may collide on, and how it reads itself back.
 */
abstract class JdbcVersionedStorage<I, A extends Aggregate<I, A>> implements AggregateStorage<I, A> {
    protected final Database db;
    private final String entityType;
    private final VersionedTable table;

    JdbcVersionedStorage(Database db, String entityType, VersionedTable table) {
        this.db = db;
        this.entityType = entityType;
        this.table = table;
    }

    @Override
    public final Optional<A> find(I id) {
        return db.read(reading(id), dsl -> fetchOne(dsl, table.ID.eq(id.toString())));
    }

    @Override
    public final void insert(A aggregate) {
        db.write(writing("insert", aggregate, aggregate.version()), dsl -> {
            dsl.insertInto(table)
                    .set(table.ID, aggregate.id().toString())
                    .set(table.VERSION, aggregate.version())
                    .set(columns(aggregate))
                    .execute();
            insertChildren(dsl, List.of(aggregate));
            return null;
        });
    }

    /**
     * The bulk path (issue #11): the aggregates' rows go in one multi-row INSERT (a few for a very
     * long list: {@link RowBatch}), then each child table's rows of all of them in one more, so a
     * list costs a few statements per table instead of a few per aggregate. Atomic like
     * {@link #insert}: a taken id or unique key, of a stored row or of another of the list, fails
     * the statement and leaves nothing of the list stored.
     */
    @Override
    public final void insertAll(List<A> aggregates) {
        List<A> batch = List.copyOf(aggregates);
        if (batch.size() <= 1) {
            batch.forEach(this::insert);
            return;
        }
        db.write(writingAll(batch), dsl -> {
            RowBatch rows = null;
            for (A aggregate : batch) {
                Map<Field<?>, Object> columns = columns(aggregate);
                if (rows == null) {
                    List<Field<?>> fields = new ArrayList<>(List.of(table.ID, table.VERSION));
                    fields.addAll(columns.keySet());
                    rows = new RowBatch(table, fields.toArray(Field<?>[]::new));
                }
                List<Object> values = new ArrayList<>(List.of(aggregate.id().toString(), aggregate.version()));
                values.addAll(columns.values());
                rows.add(values.toArray());
            }
            rows.insert(dsl);
            insertChildren(dsl, batch);
            return null;
        });
    }

    @Override
    public final boolean update(A aggregate, long expectedVersion) {
        return replace(aggregate, expectedVersion, rewriteAll(aggregate));
    }

    /** Writes only what differs from the stored copy: see {@link #rewrite}. */
    @Override
    public final boolean update(A aggregate, A stored) {
        return replace(aggregate, stored.version(), rewrite(stored, aggregate));
    }

    /** The versioned UPDATE with the rewrite's columns, then, if it changed the row, the rewrite's child rows. */
    private boolean replace(A aggregate, long expectedVersion, Rewrite rewrite) {
        return db.write(writing("update", aggregate, expectedVersion), dsl -> {
            int updated = dsl.update(table)
                    .set(table.VERSION, aggregate.version())
                    .set(rewrite.columns())
                    .where(table.ID.eq(aggregate.id().toString()))
                    .and(table.VERSION.eq(expectedVersion))
                    .execute();
            if (updated == 1) {
                rewrite.children().accept(dsl);
            }
            return updated == 1;
        });
    }

    /**
     * What an update writes: the row's columns, and the child rows to write after it (only if the
     * versioned UPDATE changed the row).
     */
    protected record Rewrite(Map<Field<?>, Object> columns, Consumer<DSLContext> children) {}

    /** Every column, and every child row deleted and inserted again: an update without the stored copy. */
    private Rewrite rewriteAll(A aggregate) {
        return new Rewrite(columns(aggregate), dsl -> {
            deleteChildren(dsl, aggregate.id().toString());
            insertChildren(dsl, List.of(aggregate));
        });
    }

    @Override
    public final boolean delete(I id, long expectedVersion) {
        // One statement: child rows go with it (ON DELETE CASCADE), so a stale version deletes nothing.
        return db.write(StorageOperation.of("delete", entityType, id, expectedVersion), dsl -> dsl.deleteFrom(table)
                .where(table.ID.eq(id.toString()))
                .and(table.VERSION.eq(expectedVersion))
                .execute()) == 1;
    }

    /** The aggregate whose row meets {@code key} (a condition on a unique column), if there is one. */
    protected abstract Optional<A> fetchOne(DSLContext dsl, Condition key);

    /** The values of every column of the table but id and version, {@code updated_at} included. */
    protected abstract Map<Field<?>, Object> columns(A aggregate);

    /**
     * Inserts the rows of the child tables that project parts of the aggregates, one multi-row
     * INSERT per table for all of them; none by default.
     */
    protected void insertChildren(DSLContext dsl, List<A> aggregates) {}

    /** Deletes those rows before an update inserts them anew; none by default. */
    protected void deleteChildren(DSLContext dsl, String id) {}

    /**
     * What an update from the stored copy writes; by default everything, as without it. The
     * stored copy is the one the row holds: the update's version check makes sure of it.
     */
    protected Rewrite rewrite(A stored, A aggregate) {
        return rewriteAll(aggregate);
    }

    /** The unique keys besides the id that {@code aggregate} takes, for a duplicate's message; none by default. */
    protected List<StorageOperation.UniqueKey> uniqueKeys(A aggregate) {
        return List.of();
    }

    /** A read of this entity type, for a failure's message; {@code key} names what was asked for. */
    protected final StorageOperation reading(Object key) {
        return StorageOperation.read(entityType, key);
    }

    private StorageOperation writing(String name, A aggregate, long version) {
        return StorageOperation.of(name, entityType, aggregate.id(), version, uniqueKeys(aggregate));
    }

    /**
     * A bulk insert, for a failure's message: every aggregate's id and unique keys, so that a
     * duplicate names the one whose value the database reports ({@link SqlFailures}).
     */
    private StorageOperation writingAll(List<A> batch) {
        List<StorageOperation.UniqueKey> keys = new ArrayList<>();
        for (A aggregate : batch) {
            keys.add(StorageOperation.UniqueKey.id(aggregate.id()));
            keys.addAll(uniqueKeys(aggregate));
        }
        return StorageOperation.of("insert", entityType, "batch of " + batch.size(), batch.get(0).version(), keys);
    }
}
