package id.gugus.storage.jdbc;

import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.error.GugusException;
import id.gugus.error.StorageException;
import java.sql.SQLException;
import java.util.Locale;
import org.jooq.exception.DataAccessException;

/**
 * Translates database failures into the library's exceptions: a unique violation (SQLState
 * 23505, or MariaDB's 23000 with error 1062) becomes a {@link DuplicateException} naming the key;
 * any other integrity violation (class 23) or a serialization failure or deadlock (class 40)
 * becomes a {@link ConflictException}; everything else, lost connections included, a
 * {@link StorageException}. The cause is always attached; messages carry entity types, ids and
 * keys, never the rows' personal data.
 */
final class SqlFailures {
    private static final int MARIADB_DUPLICATE_ENTRY = 1062;

    private SqlFailures() {}

    static GugusException translate(RuntimeException failure, StorageOperation operation) {
        if (failure instanceof GugusException gugus) {
            return gugus;
        }
        SQLException sql = sqlCause(failure);
        String state = sql == null ? null : sql.getSQLState();
        if (state != null && state.startsWith("23")) {
            if (isUniqueViolation(sql)) {
                return duplicate(failure, sql, operation);
            }
            return new ConflictException(operation.entityType(), operation.id(), operation.version(), failure);
        }
        if (state != null && state.startsWith("40")) {
            return new ConflictException(operation.entityType(), operation.id(), operation.version(), failure);
        }
        String where = operation.id() == null ? operation.entityType() : operation.entityType() + " " + operation.id();
        return new StorageException("storage failed: " + operation.name() + " of " + where
                + (state == null ? "" : " (SQLState " + state + ")"), failure);
    }

    static boolean isUniqueViolation(SQLException sql) {
        return "23505".equals(sql.getSQLState()) || sql.getErrorCode() == MARIADB_DUPLICATE_ENTRY;
    }

    private static DuplicateException duplicate(RuntimeException failure, SQLException sql, StorageOperation operation) {
        // The constraint's name appears in the message on every dialect (H2 upper-cases it), and
        // so does the duplicate value: a bulk insert lists the keys of all its rows, and the one
        // whose value is reported (the longest, should one value contain another) is the duplicate.
        String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        StorageOperation.UniqueKey reported = null;
        for (StorageOperation.UniqueKey key : operation.uniqueKeys()) {
            String value = String.valueOf(key.value()).toLowerCase(Locale.ROOT);
            boolean constraint = key.constraint() == null || message.contains(key.constraint());
            if (constraint && message.contains(value)
                    && (reported == null || value.length() > String.valueOf(reported.value()).length())) {
                reported = key;
            }
        }
        if (reported != null) {
            return new DuplicateException(operation.entityType(), reported.keyName(), reported.value(), failure);
        }
        for (StorageOperation.UniqueKey key : operation.uniqueKeys()) {
            if (key.constraint() != null && message.contains(key.constraint())) {
                return new DuplicateException(operation.entityType(), key.keyName(), key.value(), failure);
            }
        }
        return new DuplicateException(operation.entityType(), "id", operation.id(), failure);
    }

    static SQLException sqlCause(Throwable failure) {
        if (failure instanceof DataAccessException dae) {
            SQLException sql = dae.getCause(SQLException.class);
            if (sql != null) {
                return sql;
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
