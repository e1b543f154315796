package id.gugus.store;

import com.google.common.collect.ImmutableList;
import id.gugus.audit.AuditAction;
import id.gugus.common.Aggregate;
import id.gugus.error.NotFoundException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Permission;
import id.gugus.spi.AggregateStorage;
import id.gugus.spi.StorageBackend;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one actor is handed of the aggregates the store reads (docs/privacy-and-security.md): nothing outside its
 * scope; copies without personal data (names, NIK, contact, address) unless it holds
 * {@link Permission#READ_PERSONAL_DATA}; and, when it holds it, every aggregate with personal
 * data it is handed recorded in the audit trail as a read of personal data. If those reads cannot
 * be recorded, the caller is handed nothing.
 */
final class Disclosure {
    private final StorageBackend backend;
    private final AccessDecision access;
    private final AuditTrail audit;

    Disclosure(StorageBackend backend, AccessDecision access, AuditTrail audit) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.access = Objects.requireNonNull(access, "access");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Finds an aggregate by id, as the actor may see it; refused without the kind's read permission. */
    <I, A extends Aggregate<I, A>> Optional<A> find(AggregateKind<A> kind, AggregateStorage<I, A> storage, I id) {
        Objects.requireNonNull(id, "id");
        access.requireRead(kind, id);
        return disclose(kind, storage.find(id), null);
    }

    /** {@link #find}, or a {@link NotFoundException} naming the aggregate. */
    <I, A extends Aggregate<I, A>> A get(AggregateKind<A> kind, AggregateStorage<I, A> storage, I id) {
        return find(kind, storage, id).orElseThrow(() -> new NotFoundException(kind.name(), id));
    }

    /**
     * What the actor may see of one aggregate found by the store: a refusal if it lies outside the
     * actor's scope (public reference data excepted), else the aggregate as {@link #handed}.
     *
     * @param askedFor the key the caller looked it up by, if not its id (a case number): a refusal
     *     names it by that key, as the caller asked for it, and is audited under its id; null for the id
     */
    <I, A extends Aggregate<I, A>> Optional<A> disclose(AggregateKind<A> kind, Optional<A> found, Object askedFor) {
        if (found.isEmpty()) {
            return found;
        }
        A a = found.get();
        JurisdictionCode area = kind.area().of(a, backend);
        if (!kind.isPublic()) {
            access.requireInScope(Attempt.to(AuditAction.READ, kind.name()).on(a.id(), a.version()).in(area),
                    askedFor == null ? a.id() : askedFor);
        }
        return Optional.of(handed(kind, List.of(new Located<>(a, area))).get(0));
    }

    /**
     * What the actor may see of aggregates a query found, as one batch: those outside its scope
     * are dropped, never returned (a query was already narrowed to the scope; this is the last
     * guard), the others {@link #handed} in the order found.
     */
    <I, A extends Aggregate<I, A>> ImmutableList<A> discloseAll(AggregateKind<A> kind, Collection<A> found) {
        List<Located<A>> visible = new ArrayList<>(found.size());
        for (A a : found) {
            JurisdictionCode area = kind.area().of(a, backend); // once: a meeting's area is a read
            if (kind.isPublic() || access.inScope(area)) {
                visible.add(new Located<>(a, area));
            }
        }
        return handed(kind, visible);
    }

    /**
     * {@link #discloseAll}, but every copy redacted whatever the actor's permissions: no personal
     * data is handed out, so no read of it is recorded.
     */
    <I, A extends Aggregate<I, A>> ImmutableList<A> discloseAllRedacted(AggregateKind<A> kind, Collection<A> found) {
        AggregateKind.PersonalDataOf<A> personal = kind.personal();
        ImmutableList.Builder<A> handed = ImmutableList.builderWithExpectedSize(found.size());
        for (A a : found) {
            if (kind.isPublic() || access.inScope(kind.area().of(a, backend))) {
                handed.add(personal == null ? a : personal.redacted().apply(a));
            }
        }
        return handed.build();
    }

    /** Records reads of personal data derived from aggregates (id to area), such as a report on them; version unknown (0). */
    void recordPersonalDataReads(String entityType, Map<?, JurisdictionCode> aggregates) {
        List<Attempt> reads = new ArrayList<>();
        aggregates.forEach((id, area) -> reads.add(personalDataRead(entityType, id, 0, area)));
        audit.reads(reads);
    }

    /** Whether the actor is handed personal data ({@link #discloseAll}); without it every copy is redacted. */
    boolean seesPersonalData() {
        return access.actor().has(Permission.READ_PERSONAL_DATA);
    }

    /** The copies the actor gets of aggregates it may see: redacted without the personal-data permission, else audited. */
    private <I, A extends Aggregate<I, A>> ImmutableList<A> handed(AggregateKind<A> kind, List<Located<A>> visible) {
        AggregateKind.PersonalDataOf<A> personal = kind.personal();
        if (personal == null) {
            return visible.stream().map(Located::aggregate).collect(ImmutableList.toImmutableList());
        }
        if (!seesPersonalData()) {
            return visible.stream().map(l -> personal.redacted().apply(l.aggregate()))
                    .collect(ImmutableList.toImmutableList());
        }
        List<Attempt> reads = new ArrayList<>();
        for (Located<A> l : visible) {
            if (personal.holdsAny().test(l.aggregate())) {
                reads.add(personalDataRead(kind.name(), l.aggregate().id(), l.aggregate().version(), l.area()));
            }
        }
        // Fail closed: if the reads cannot be audited, this throws and the caller gets nothing.
        audit.reads(reads);
        return visible.stream().map(Located::aggregate).collect(ImmutableList.toImmutableList());
    }

    private static Attempt personalDataRead(String entityType, Object id, long version, JurisdictionCode area) {
        return Attempt.to(AuditAction.READ_PERSONAL_DATA, entityType).on(id, version).in(area);
    }

    /** An aggregate and the area it belongs to, told once (telling a meeting's area reads its host). */
    private record Located<A>(A aggregate, JurisdictionCode area) {}
}
