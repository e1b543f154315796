package id.gugus.common;

/**
 * An aggregate root: saved and loaded whole, identified by a typed id, versioned for optimistic
 * locking. Version 0 means never saved; every successful save returns a copy with the next
 * version, and saving a copy whose version is not the stored one is a conflict (docs/storage.md).
 */
public interface Aggregate<I, A extends Aggregate<I, A>> {
    I id();

    long version();

    /** A copy with the given version; only stores call this. */
    A withVersion(long version);
}
