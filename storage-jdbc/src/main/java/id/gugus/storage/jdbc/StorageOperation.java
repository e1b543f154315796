package id.gugus.storage.jdbc;

import java.util.List;

/**
 * What a storage operation works on, so that a database failure can be reported in the
 * library's terms: the entity type, its id and version, and the unique keys it may collide on.
 * Never carries personal data: keys are ids, codes and case numbers.
 *
 * @param operation e.g. "insert", for the storage exception's message
 * @param uniqueKeys the unique constraints besides the primary key, with the key each guards
 */
record Target(String operation, String entityType, Object id, long version, List<UniqueKey> uniqueKeys) {
    /**
     * A unique constraint by its name in the migrations, the name of the key it guards in
     * messages, and the value being stored.
     */
    record UniqueKey(String constraint, String keyName, Object value) {}

    static Target of(String operation, String entityType, Object id, long version, UniqueKey... keys) {
        return new Target(operation, entityType, id, version, List.of(keys));
    }

    static Target read(String entityType, Object id) {
        return new Target("read", entityType, id, -1, List.of());
    }
}
