package id.gugus.error;

/** The entity of the given type and id does not exist in the store. */
public class NotFoundException extends GugusException {
    private final String entityType;
    private final String id;

    public NotFoundException(String entityType, Object id) {
        super(entityType + " " + id + " not found");
        this.entityType = entityType;
        this.id = String.valueOf(id);
    }

    public String entityType() {
        return entityType;
    }

    public String id() {
        return id;
    }
}
