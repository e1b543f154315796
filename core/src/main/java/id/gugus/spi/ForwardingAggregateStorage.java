package id.gugus.spi;

import id.gugus.common.Aggregate;
import java.util.List;
import java.util.Optional;

/**
 * The primitives every aggregate storage shares, passed to {@link #delegate()}. Extend it to
 * change them for every aggregate type at once, and hand it out from
 * {@link ForwardingStorageBackend#aggregatePrimitives}; it is also the base of the forwarding
 * storage of each aggregate type ({@link ForwardingAgencyStorage}, ...).
 */
public abstract class ForwardingAggregateStorage<I, A extends Aggregate<I, A>> implements AggregateStorage<I, A> {
    /**
     * Per subclass, once (a {@link ForwardingStorageBackend} makes a new wrapper at every storage
     * accessor call): whether {@link #insertAll} must go through the subclass's own {@link #insert},
     * one by one.
     */
    private static final ClassValue<Boolean> INSERTS_ONE_BY_ONE = overriding(ForwardingAggregateStorage.class, "insert",
            new Class<?>[] {Aggregate.class}, "insertAll", new Class<?>[] {List.class});
    /** Per subclass, once: whether an update with the stored copy must go through its own {@link #update(Aggregate, long)}. */
    private static final ClassValue<Boolean> UPDATES_BY_VERSION = overriding(ForwardingAggregateStorage.class, "update",
            new Class<?>[] {Aggregate.class, long.class}, "update", new Class<?>[] {Aggregate.class, Aggregate.class});

    private final boolean insertsOneByOne;
    private final boolean updatesByVersion;

    protected ForwardingAggregateStorage() {
        this.insertsOneByOne = INSERTS_ONE_BY_ONE.get(getClass());
        this.updatesByVersion = UPDATES_BY_VERSION.get(getClass());
    }

    protected abstract AggregateStorage<I, A> delegate();

    @Override
    public Optional<A> find(I id) {
        return primitives().find(id);
    }

    @Override
    public void insert(A aggregate) {
        primitives().insert(aggregate);
    }

    /**
     * Forwards the list to the delegate's {@code insertAll}, so that a database writes it in a few
     * batches. A subclass that overrides {@link #insert} but not this method (a wrapper written
     * before bulk inserts existed, that reports or checks each insert) gets every aggregate
     * through its own {@code insert} instead, one by one: it keeps seeing every insert, at the
     * cost of the batching. Override this method too to have both.
     */
    @Override
    public void insertAll(List<A> aggregates) {
        if (insertsOneByOne) {
            AggregateStorage.super.insertAll(aggregates);
        } else {
            primitives().insertAll(aggregates);
        }
    }

    @Override
    public boolean update(A aggregate, long expectedVersion) {
        return primitives().update(aggregate, expectedVersion);
    }

    /**
     * Forwards both copies to the delegate, so that a database writes only what changed. A
     * subclass that overrides {@link #update(Aggregate, long)} but not this method (a wrapper
     * written before this method existed) gets the update through its own method instead, as
     * before: it keeps seeing every update, and the store rewrites the whole aggregate.
     */
    @Override
    public boolean update(A aggregate, A stored) {
        return updatesByVersion ? update(aggregate, stored.version()) : primitives().update(aggregate, stored);
    }

    @Override
    public boolean delete(I id, long expectedVersion) {
        return primitives().delete(id, expectedVersion);
    }

    /**
     * For each subclass of the forwarding class {@code base}, whether it overrides the method
     * {@code overridden} but inherits the method {@code inherited}, which forwards past it, from
     * {@code base}: a wrapper written before {@code inherited} existed, which must keep seeing what
     * it overrode. Decided once per subclass.
     */
    static ClassValue<Boolean> overriding(Class<?> base, String overridden, Class<?>[] overriddenParameters,
            String inherited, Class<?>[] inheritedParameters) {
        return new ClassValue<>() {
            @Override
            protected Boolean computeValue(Class<?> type) {
                try {
                    Class<?> own = type.getMethod(overridden, overriddenParameters).getDeclaringClass();
                    Class<?> forwarding = type.getMethod(inherited, inheritedParameters).getDeclaringClass();
                    return own != base && forwarding == base;
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(base.getSimpleName() + " without " + overridden + " or " + inherited, e);
                }
            }
        };
    }

    /**
     * Where the primitives go: {@link #delegate()}, except in the storages of a
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
