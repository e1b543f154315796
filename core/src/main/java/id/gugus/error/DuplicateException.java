package id.gugus.error;

/** A uniqueness rule was broken: another entity already holds the key. */
public class DuplicateException extends GugusException {
    private final String entityType;
    private final String key;

    public DuplicateException(String entityType, String keyName, Object key) {
        this(entityType, keyName, key, null);
    }

    public DuplicateException(String entityType, String keyName, Object key, Throwable cause) {
        super(entityType + " with " + keyName + " " + key + " already exists", cause);
        this.entityType = entityType;
        this.key = String.valueOf(key);
    }

    public String entityType() {
        return entityType;
    }

    public String key() {
        return key;
    }
}
