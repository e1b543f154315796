package id.gugus.error;

/** The storage itself failed (lost connection, I/O); the cause is attached. */
public class StorageException extends GugusException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
