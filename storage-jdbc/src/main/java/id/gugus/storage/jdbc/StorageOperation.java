package id.gugus.storage.jdbc;

import java.util.List;

/**
 * A storage operation as a failure reports it: what was done (insert, read...) to which entity,
 * with its id and version, and the unique keys it may collide on, so that {@link SqlFailures}
 * can name them in the library's terms. Never carries personal data: keys are ids, codes and case
 * numbers.
 *
 * @param name e.g. "insert", for the storage exception's message
 * @param id the entity's id; for a bulk insert, "batch of n" (its ids are among {@code uniqueKeys})
 * @param uniqueKeys the unique constraints besides the primary key, with the key each guards (and,
 *     for a bulk insert, the primary key of each row: {@link UniqueKey#id})
 */
record StorageOperation(String name, String entityType, Object id, long version, List<UniqueKey> uniqueKeys) {
    /**
     * A unique constraint by its name in the migrations, the name of the key it guards in
     * messages, and the value being stored.
     */
    record UniqueKey(String constraint, String keyName, Object value) {
        /**
         * The primary key of a row: its constraint has another name on each database, so a
         * failure finds it by the value alone (a store-made id, unlike any other key's value).
         */
        static UniqueKey id(Object id) {
            return new UniqueKey(null, "id", id);
        }
    }

    static StorageOperation of(String name, String entityType, Object id, long version, UniqueKey... keys) {
        return new StorageOperation(name, entityType, id, version, List.of(keys));
    }

    static StorageOperation of(String name, String entityType, Object id, long version, List<UniqueKey> keys) {
        return new StorageOperation(name, entityType, id, version, List.copyOf(keys));
    }

    static StorageOperation read(String entityType, Object id) {
        return new StorageOperation("read", entityType, id, -1, List.of());
    }
}
