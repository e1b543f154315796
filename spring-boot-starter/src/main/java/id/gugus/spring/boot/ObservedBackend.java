package id.gugus.spring.boot;

import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Aggregate;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.spi.AggregateStorage;
import id.gugus.spi.AuditStorage;
import id.gugus.spi.CaseStorage;
import id.gugus.spi.ForwardingAggregateStorage;
import id.gugus.spi.ForwardingAuditStorage;
import id.gugus.spi.ForwardingCaseStorage;
import id.gugus.spi.ForwardingStorageBackend;
import id.gugus.spi.StorageBackend;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The back-end with a Micrometer observation around every storage call the store's repositories
 * make, and a counter of access refusals by rule.
 *
 * <ul>
 *   <li>{@value #CALLS}: one observation per call (find, insert, insertAll, update, delete of each
 *       aggregate type; the case page, count and statistics queries), low-cardinality keys
 *       {@code gugus.aggregate} and {@code gugus.operation}; with Boot's meter handler it is a
 *       timer of that name (count, latency, {@code error} naming the exception class).
 *   <li>{@value #REFUSALS}: a counter per refused call, tagged {@code rule} ({@code ACCESS-SCOPE},
 *       {@code ACCESS-PERMISSION}, ...), {@code action} and {@code aggregate}, counted when the
 *       store writes the refusal to the audit log.
 * </ul>
 *
 * <p>Tags name types, operations and rules only: never an id, a case number, a name or a NIK.
 * Validation refusals never reach the back-end, so they are not counted here; they reach the
 * caller as {@link id.gugus.error.ValidationException} with their rule ids.
 */
final class ObservedBackend extends ForwardingStorageBackend {
    static final String CALLS = "gugus.storage";
    static final String REFUSALS = "gugus.refusals";

    private final StorageBackend delegate;
    private final ObservationRegistry observations;
    private final MeterRegistry meters;

    /**
     * @param observations where the calls are observed
     * @param meters where refusals are counted; null: not counted
     */
    ObservedBackend(StorageBackend delegate, ObservationRegistry observations, MeterRegistry meters) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.observations = Objects.requireNonNull(observations, "observations");
        this.meters = meters;
    }

    @Override
    protected StorageBackend delegate() {
        return delegate;
    }

    /** The undecorated back-end (for the health check and the tests). */
    StorageBackend unwrapped() {
        return delegate;
    }

    private <T> T observe(String aggregate, String operation, Supplier<T> call) {
        return Observation.createNotStarted(CALLS, observations)
                .lowCardinalityKeyValue("gugus.aggregate", aggregate)
                .lowCardinalityKeyValue("gugus.operation", operation)
                .observe(call);
    }

    @Override
    protected <I, A extends Aggregate<I, A>> AggregateStorage<I, A> aggregatePrimitives(Class<A> type,
            AggregateStorage<I, A> primitives) {
        String aggregate = type.getSimpleName();
        return new ForwardingAggregateStorage<>() {
            @Override
            protected AggregateStorage<I, A> delegate() {
                return primitives;
            }

            @Override
            public Optional<A> find(I id) {
                return observe(aggregate, "find", () -> primitives.find(id));
            }

            @Override
            public void insert(A value) {
                observe(aggregate, "insert", () -> {
                    primitives.insert(value);
                    return null;
                });
            }

            @Override
            public void insertAll(List<A> values) {
                observe(aggregate, "insertAll", () -> {
                    primitives.insertAll(values);
                    return null;
                });
            }

            @Override
            public boolean update(A value, long expectedVersion) {
                return observe(aggregate, "update", () -> primitives.update(value, expectedVersion));
            }

            @Override
            public boolean delete(I id, long expectedVersion) {
                return observe(aggregate, "delete", () -> primitives.delete(id, expectedVersion));
            }
        };
    }

    @Override
    public CaseStorage cases() {
        CaseStorage storage = super.cases();
        String aggregate = TraffickingCase.class.getSimpleName();
        return new ForwardingCaseStorage() {
            @Override
            protected CaseStorage delegate() {
                return storage;
            }

            @Override
            public Page<TraffickingCase> query(CaseQuery query, PageRequest page) {
                return observe(aggregate, "query", () -> storage.query(query, page));
            }

            @Override
            public long count(CaseQuery query) {
                return observe(aggregate, "count", () -> storage.count(query));
            }

            @Override
            public Statistics statistics(CaseQuery query, Dimension first, Dimension second) {
                return observe(aggregate, "statistics", () -> storage.statistics(query, first, second));
            }
        };
    }

    @Override
    public AuditStorage audit() {
        AuditStorage storage = super.audit();
        return new ForwardingAuditStorage() {
            @Override
            protected AuditStorage delegate() {
                return storage;
            }

            @Override
            public void append(List<AuditEntry> entries) {
                countRefusals(entries);
                observe("AuditEntry", "append", () -> {
                    storage.append(entries);
                    return null;
                });
            }

            /** Refusals and reads of personal data come this way: committed on their own, before the call returns. */
            @Override
            public void appendIndependently(List<AuditEntry> entries) {
                countRefusals(entries);
                observe("AuditEntry", "appendIndependently", () -> {
                    storage.appendIndependently(entries);
                    return null;
                });
            }
        };
    }

    private void countRefusals(List<AuditEntry> entries) {
        if (meters == null) {
            return;
        }
        for (AuditEntry entry : entries) {
            if (entry.outcome() == AuditOutcome.DENIED) {
                Counter.builder(REFUSALS)
                        .description("Calls the store refused, by access rule")
                        .tag("rule", entry.rule())
                        .tag("action", entry.action().name())
                        .tag("aggregate", entry.aggregateType())
                        .register(meters)
                        .increment();
            }
        }
    }
}
