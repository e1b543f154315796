package id.gugus.examples.ownstore;

import java.util.Objects;

/**
 * One committed change: which aggregate, what happened, and the version it left. Ids only: a
 * change feed leaves the province, so it holds no personal data.
 *
 * @param id the aggregate's id, or for an area import the number of areas
 */
public record FeedEntry(long sequence, String entityType, String id, Operation operation, long version) {
    public enum Operation {
        INSERT,
        UPDATE,
        DELETE,
        IMPORT
    }

    public FeedEntry {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operation, "operation");
    }
}
