package id.gugus.spi;

import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import java.util.List;
import java.util.Optional;

/**
 * Storage primitives for task forces. A back-end must refuse a second active (not dissolved)
 * task force for one jurisdiction with a {@link id.gugus.error.DuplicateException}, atomically.
 */
public interface TaskForceStorage extends AggregateStorage<TaskForceId, TaskForce> {
    Optional<TaskForce> activeFor(JurisdictionCode jurisdiction);

    /** Task forces of the area and every area under it, in jurisdiction code order. */
    List<TaskForce> inSubtree(JurisdictionCode code);
}
