package id.gugus.spi;

import id.gugus.common.Aggregate;
import java.util.Optional;

/**
 * The primitives every aggregate storage shares, passed to {@link #delegate()}. Extend it to
 * change them for every aggregate type at once, and hand it out from
 * {@link ForwardingStorageBackend#aggregatePrimitives}; it is also the base of the forwarding
 * storage of each aggregate type ({@link ForwardingAgencyStorage}, ...).
 */
public abstract class ForwardingAggregateStorage<I, A extends Aggregate<I, A>> implements AggregateStorage<I, A> {
    protected ForwardingAggregateStorage() {}

    protected abstract AggregateStorage<I, A> delegate();

    @Override
    public Optional<A> find(I id) {
        return primitives().find(id);
    }

    @Override
    public void insert(A aggregate) {
        primitives().insert(aggregate);
    }

    @Override
    public boolean update(A aggregate, long expectedVersion) {
        return primitives().update(aggregate, expectedVersion);
    }

    @Override
    public boolean delete(I id, long expectedVersion) {
        return primitives().delete(id, expectedVersion);
    }

    /**
     * Where the four primitives go: {@link #delegate()}, except in the storages of a
     * {@link ForwardingStorageBackend} whose {@code aggregatePrimitives} put others in their place
     * (only this package can override it, so every subclass of yours forwards to its delegate).
     */
    AggregateStorage<I, A> primitives() {
        return delegate();
    }

    @Override
    public String toString() {
        return delegate().toString();
    }
}
