package id.gugus.error;

/** The actor may not do this: outside its jurisdiction scope or beyond its role. */
public class AccessDeniedException extends GugusException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
