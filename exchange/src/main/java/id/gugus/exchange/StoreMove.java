package id.gugus.exchange;

import com.google.common.collect.Sets;
import id.gugus.error.ValidationException;
import id.gugus.spi.StorageBackend;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Copies a whole store from one back-end to another (memory, H2, PostgreSQL, MariaDB, an
 * integrator's own) and proves the target holds what the source holds: the {@link StoreDigest}
 * of both, computed the same way, must be equal. The copy runs in one unit of work of the target
 * and the target must be empty: a failed move leaves it empty. Records are copied as they are
 * (ids, versions, personal data in full, audit entries in order) without a file in between, and
 * without the validators a restore runs: they come from a store that validated them.
 *
 * <p>The move is an operator's job on two back-ends the application opened with its own
 * credentials; it is not audited in the source (the target receives the source's audit log as
 * it is, so that the two digests can be equal).
 */
public final class StoreMove {
    private StoreMove() {}

    /**
     * Copies {@code source} into the empty {@code target} and compares their digests.
     *
     * @return the digest both hold
     * @throws ValidationException {@code BACKUP-TARGET-NOT-EMPTY} before copying anything, or
     *     {@code BACKUP-MOVE-MISMATCH} (per type that differs) after the copy, which then stays in
     *     the target for inspection
     */
    public static StoreDigest move(StorageBackend source, StorageBackend target, Progress progress) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        EmptyTarget.require(target);
        StoreWalk walk = new StoreWalk(source);
        Inserter insert = new Inserter(target);
        target.inUnitOfWork(() -> {
            for (Part part : Part.values()) {
                long total = walk.expected(part);
                long[] done = {0};
                walk.walk(part, batch -> {
                    insert.insert(part, batch);
                    done[0] += batch.size();
                    progress.update(part.label(), done[0], total);
                });
            }
            return null;
        });
        StoreDigest expected = StoreDigest.of(source, Progress.NONE);
        StoreDigest found = StoreDigest.of(target, Progress.NONE);
        requireSame(expected, found);
        return found;
    }

    /**
     * Refuses two digests that differ.
     *
     * @throws ValidationException {@code BACKUP-MOVE-MISMATCH}, one violation per type that differs
     */
    public static void requireSame(StoreDigest source, StoreDigest target) {
        List<Violation> differ = new ArrayList<>();
        for (String type : Sets.union(source.types().keySet(), target.types().keySet())) {
            if (!Objects.equals(source.types().get(type), target.types().get(type))) {
                differ.add(Violation.of(BackupRule.MOVE_MISMATCH, "target." + type, type, source.count(type),
                        target.count(type)));
            }
        }
        if (!differ.isEmpty()) {
            throw new ValidationException(Violations.of(differ));
        }
    }
}
