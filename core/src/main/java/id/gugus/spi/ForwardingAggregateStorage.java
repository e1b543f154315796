package id.gugus.spi;

import id.gugus.common.Aggregate;
import java.util.Optional;

/**
 * The primitives every aggregate storage shares, passed to {@link #delegate()}: the base of the
 * forwarding storage of each aggregate type ({@link ForwardingAgencyStorage}, ...), where a
 * wrapper overrides {@code insert}, {@code update} or {@code delete} once for that type.
 */
public abstract class ForwardingAggregateStorage<I, A extends Aggregate<I, A>> implements AggregateStorage<I, A> {
    protected ForwardingAggregateStorage() {}

    protected abstract AggregateStorage<I, A> delegate();

    @Override
    public Optional<A> find(I id) {
        return delegate().find(id);
    }

    @Override
    public void insert(A aggregate) {
        delegate().insert(aggregate);
    }

    @Override
    public boolean update(A aggregate, long expectedVersion) {
        return delegate().update(aggregate, expectedVersion);
    }

    @Override
    public boolean delete(I id, long expectedVersion) {
        return delegate().delete(id, expectedVersion);
    }

    @Override
    public String toString() {
        return delegate().toString();
    }
}
