package id.gugus.storage.memory;

import com.google.common.collect.ImmutableList;
import id.gugus.error.DuplicateException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.spi.TaskForceStorage;
import id.gugus.store.TaskForceRepository;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Task forces, with a unique index on the jurisdiction of the active ones (a partial unique index). */
final class MemoryTaskForceStorage extends MemoryVersionedStorage<TaskForceId, TaskForce> implements TaskForceStorage {
    private static final Comparator<TaskForce> BY_AREA_THEN_ID =
            Comparator.comparing(TaskForce::jurisdiction).thenComparing(t -> t.id().toString());

    private final CodeIndex<TaskForceId> byArea = new CodeIndex<>();
    private final Map<JurisdictionCode, TaskForceId> activeByArea = new HashMap<>();

    MemoryTaskForceStorage(Transactions tx) {
        super(tx, "TaskForce");
    }

    @Override
    public Optional<TaskForce> activeFor(JurisdictionCode jurisdiction) {
        return tx.read(() -> Optional.ofNullable(activeByArea.get(jurisdiction)).map(this::row));
    }

    @Override
    public List<TaskForce> inSubtree(JurisdictionCode code) {
        return tx.read(() -> byArea.subtree(code).map(this::row).sorted(BY_AREA_THEN_ID)
                .collect(ImmutableList.toImmutableList()));
    }

    @Override
    protected void checkUnique(TaskForce candidate) {
        TaskForceId holder = activeByArea.get(candidate.jurisdiction());
        if (candidate.status().isActive() && holder != null && !holder.equals(candidate.id())) {
            throw new DuplicateException("TaskForce", TaskForceRepository.ACTIVE_KEY, candidate.jurisdiction());
        }
    }

    @Override
    protected void index(TaskForce row) {
        byArea.add(row.jurisdiction(), row.id());
        if (row.status().isActive()) {
            activeByArea.put(row.jurisdiction(), row.id());
        }
    }

    @Override
    protected void unindex(TaskForce row) {
        byArea.remove(row.jurisdiction(), row.id());
        activeByArea.remove(row.jurisdiction(), row.id());
    }
}
