package id.gugus.spi;

import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import java.util.List;
import java.util.Optional;

/** A {@link TaskForceStorage} that passes every call to {@link #delegate()}; see {@link ForwardingStorageBackend}. */
public abstract class ForwardingTaskForceStorage extends ForwardingAggregateStorage<TaskForceId, TaskForce>
        implements TaskForceStorage {
    protected ForwardingTaskForceStorage() {}

    @Override
    protected abstract TaskForceStorage delegate();

    @Override
    public Optional<TaskForce> activeFor(JurisdictionCode jurisdiction) {
        return delegate().activeFor(jurisdiction);
    }

    @Override
    public List<TaskForce> inSubtree(JurisdictionCode code) {
        return delegate().inSubtree(code);
    }
}
