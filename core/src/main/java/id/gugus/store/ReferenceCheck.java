package id.gugus.store;

import id.gugus.agency.AgencyId;
import id.gugus.error.ReferenceException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.plan.ActionPlanId;
import id.gugus.spi.StorageBackend;
import id.gugus.taskforce.TaskForceId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Checks that what one aggregate refers to exists, in the order the repository walks it, and
 * fails on the first missing reference with a {@link ReferenceException} naming the aggregate,
 * the field path and the missing id. Each id is looked up once, however often it is referred to.
 *
 * <p>The national root {@link JurisdictionCode#NATIONAL} always exists: it is the top of the
 * area tree whether or not it was imported.
 */
final class ReferenceCheck {
    private final StorageBackend backend;
    private final String entityType;
    private final Object id;
    private final Set<Object> found = new HashSet<>();

    ReferenceCheck(StorageBackend backend, String entityType, Object id) {
        this.backend = backend;
        this.entityType = entityType;
        this.id = id;
    }

    /** Requires the area to exist; a null code (unknown) is not a reference. */
    ReferenceCheck jurisdiction(String field, JurisdictionCode code) {
        if (code != null && !code.equals(JurisdictionCode.NATIONAL) && !found.contains(code)) {
            require(field, code, backend.jurisdictions().exists(code));
        }
        return this;
    }

    ReferenceCheck agency(String field, AgencyId agency) {
        if (agency != null && !found.contains(agency)) {
            require(field, agency, backend.agencies().find(agency).isPresent());
        }
        return this;
    }

    ReferenceCheck taskForce(String field, TaskForceId taskForce) {
        if (taskForce != null && !found.contains(taskForce)) {
            require(field, taskForce, backend.taskForces().find(taskForce).isPresent());
        }
        return this;
    }

    ReferenceCheck actionPlan(String field, ActionPlanId plan) {
        if (plan != null && !found.contains(plan)) {
            require(field, plan, backend.actionPlans().find(plan).isPresent());
        }
        return this;
    }

    /** Records a reference the caller has already resolved (e.g. a parent it loaded). */
    ReferenceCheck require(String field, Object target, boolean exists) {
        Objects.requireNonNull(target, "target");
        if (!exists) {
            throw new ReferenceException(entityType, id, field, target);
        }
        found.add(target);
        return this;
    }
}
