package id.gugus.storage.jdbc;

import id.gugus.error.StorageException;
import id.gugus.error.ValidationException;
import id.gugus.json.GugusJson;

/**
 * The JSON text kept in the {@code payload} columns, in the library's one JSON format
 * ({@link GugusJson}: exact decimals and rupiah, ISO dates, strict reading). A payload the
 * library cannot read back is damaged storage, not bad input: it becomes a
 * {@link StorageException} naming the type and id only.
 */
final class Payloads {
    private Payloads() {}

    static String write(Object value) {
        return GugusJson.write(value);
    }

    static <T> T read(String json, Class<T> type, Object id) {
        try {
            return GugusJson.read(json, type);
        } catch (ValidationException e) {
            throw new StorageException("cannot read the stored " + type.getSimpleName() + " " + id, e);
        }
    }
}
