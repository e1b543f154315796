package id.gugus.error;

/** An aggregate refers to something that does not exist (a jurisdiction, an agency, a parent). */
public class ReferenceException extends GugusException {
    private final String entityType;
    private final String field;

    public ReferenceException(String entityType, String field, Object missing) {
        super(entityType + "." + field + " refers to " + missing + ", which does not exist");
        this.entityType = entityType;
        this.field = field;
    }

    /** The aggregate {@code entityType} {@code id} refers, at {@code field}, to something missing. */
    public ReferenceException(String entityType, Object id, String field, Object missing) {
        super(entityType + " " + id + ": " + field + " refers to " + missing + ", which does not exist");
        this.entityType = entityType;
        this.field = field;
    }

    public String entityType() {
        return entityType;
    }

    public String field() {
        return field;
    }
}
