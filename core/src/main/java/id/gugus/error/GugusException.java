package id.gugus.error;

/**
 * Root of the one exception hierarchy that every Gugus module and every store throws.
 * Messages name rules, entity types and ids, never personal data.
 */
public abstract class GugusException extends RuntimeException {
    protected GugusException(String message) {
        super(message);
    }

    protected GugusException(String message, Throwable cause) {
        super(message, cause);
    }
}
