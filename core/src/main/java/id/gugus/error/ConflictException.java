package id.gugus.error;

/**
 * Optimistic locking: the caller saved a copy whose version is not the stored one. Nothing
 * was changed; reload, re-apply and save again.
 */
public class ConflictException extends GugusException {
    private final String entityType;
    private final String id;
    private final long expectedVersion;

    public ConflictException(String entityType, Object id, long expectedVersion) {
        this(entityType, id, expectedVersion, null);
    }

    public ConflictException(String entityType, Object id, long expectedVersion, Throwable cause) {
        super(entityType + " " + id + " was changed by someone else (saved from version "
                + expectedVersion + ")", cause);
        this.entityType = entityType;
        this.id = String.valueOf(id);
        this.expectedVersion = expectedVersion;
    }

    public String entityType() {
        return entityType;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
