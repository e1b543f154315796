package id.gugus.store;

import com.google.common.collect.ImmutableSet;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Permission;
import id.gugus.spi.StorageBackend;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * What the store must know about one type of aggregate to guard it: its name in messages and
 * the audit log, the permissions to read and to write it, the area it belongs to (for scope),
 * and, for an aggregate that holds personal data, how to tell and how to redact it. Each
 * repository declares its kind once.
 *
 * @param name the entity type in messages and audit entries: {@code Case}, {@code TaskForce}, ...
 * @param read the permission to read it; null for public reference data, which anyone reads
 *     wherever it lies (writing it stays scoped)
 * @param write the permissions to create, change or delete it (all are needed)
 * @param area the jurisdiction the aggregate belongs to
 * @param personal how it holds personal data; null if it holds none
 */
record AggregateKind<A>(
        String name, Permission read, ImmutableSet<Permission> write, AreaOf<A> area, PersonalDataOf<A> personal) {

    AggregateKind {
        Objects.requireNonNull(name, "name");
        write = ImmutableSet.copyOf(write);
        Objects.requireNonNull(area, "area");
    }

    /** Public reference data: read without a permission and without a scope. */
    boolean isPublic() {
        return read == null;
    }

    /** The jurisdiction an aggregate belongs to; may read the back-end (a meeting is its host's). */
    @FunctionalInterface
    interface AreaOf<A> {
        /** The area, or null if it cannot be told (only a national actor may then touch it). */
        JurisdictionCode of(A aggregate, StorageBackend backend);
    }

    /** Whether an aggregate holds personal data, and the copy of it without. */
    record PersonalDataOf<A>(Predicate<A> holdsAny, UnaryOperator<A> redacted) {
        PersonalDataOf {
            Objects.requireNonNull(holdsAny, "holdsAny");
            Objects.requireNonNull(redacted, "redacted");
        }
    }
}
