package id.gugus.store;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.audit.AuditAction;
import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import id.gugus.plan.ActionPlanValidator;
import id.gugus.security.Permission;
import id.gugus.spi.ActionPlanStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.validation.Violations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Action plans (RAN and RAD) as stored. Every save validates with {@link ActionPlanValidator}
 * against the plan it derives from, and checks that the jurisdiction, the parent plan and the
 * responsible agencies exist.
 */
public final class ActionPlanRepository {
    static final String ENTITY = "ActionPlan";
    /** Read with {@code READ_COORDINATION}, written with {@code WRITE_COORDINATION}, scoped by its jurisdiction. */
    static final AggregateKind<ActionPlan> KIND = new AggregateKind<>(ENTITY, Permission.READ_COORDINATION,
            ImmutableSet.of(Permission.WRITE_COORDINATION), (p, backend) -> p.jurisdiction(), null);

    private final StorageBackend backend;
    private final AccessDecision access;
    private final Disclosure disclosure;
    private final VersionedWriter writer;

    ActionPlanRepository(StorageBackend backend, AccessDecision access, Disclosure disclosure, VersionedWriter writer) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.access = Objects.requireNonNull(access, "access");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * Inserts a new plan (version 0) or replaces the stored one carrying the same version.
     *
     * @return the stored copy with its new version, and the warnings of the validation (for
     *     example {@code PLAN-CLUSTER-MISSING}: one of the six clusters has no activity)
     * @throws id.gugus.error.ValidationException if a rule is broken (warnings do not block)
     * @throws id.gugus.error.ReferenceException if the jurisdiction, parent or an agency is missing
     * @throws id.gugus.error.ConflictException if the copy is stale
     */
    public Saved<ActionPlan> save(ActionPlan plan) {
        return writer.save(KIND, storage(), plan, (stored, p) -> {
            ReferenceCheck refs = new ReferenceCheck(backend, ENTITY, p.id());
            Violations violations = rules(stored, p, refs);
            VersionedWriter.requireValid(ENTITY, p.id(), violations);
            refs.jurisdiction("jurisdiction", p.jurisdiction());
            for (int i = 0; i < p.activities().size(); i++) {
                refs.agency("activities[" + i + "].responsible", p.activities().get(i).responsible());
            }
            return violations;
        });
    }

    /**
     * The violations, errors and warnings, that {@link #save} would find in the plan's rules,
     * without saving it: the rules are checked against the plan it derives from (the RAN for a
     * province's RAD, the province's RAD for a regency's: {@link ActionPlan#parent()}), which the
     * store looks up, so the caller need not fetch it; for a copy of a stored plan, the lifecycle
     * step from the stored copy as well. The parent may lie outside the actor's scope; only what the
     * violations say of it is shown. The other checks of a save (that the jurisdiction and
     * agencies exist, the version) run on save.
     *
     * @throws id.gugus.error.ReferenceException if the parent it names is not stored
     * @throws id.gugus.error.AccessDeniedException unless the actor reads plans in its jurisdiction,
     *     and in the stored copy's (audited)
     */
    public Violations validate(ActionPlan plan) {
        Objects.requireNonNull(plan, "plan");
        access.requireRead(KIND, plan.id());
        Attempt reading = Attempt.to(AuditAction.READ, ENTITY).on(plan.id(), plan.version());
        access.requireInScope(reading.in(plan.jurisdiction()));
        // A copy that was never saved has no stored copy to step from, whatever is stored under its id.
        Optional<ActionPlan> stored = plan.version() == 0 ? Optional.empty() : storage().find(plan.id());
        if (stored.isPresent()) {
            access.requireInScope(reading.in(stored.get().jurisdiction()));
        }
        return rules(stored, plan, new ReferenceCheck(backend, ENTITY, plan.id()));
    }

    /**
     * The plan's rules, against the stored parent it names (a parent named but not stored is a
     * missing reference), and the lifecycle (draft → adopted → in effect → evaluated) against the
     * stored copy, if there is one.
     */
    private Violations rules(Optional<ActionPlan> stored, ActionPlan p, ReferenceCheck refs) {
        Optional<ActionPlan> parent = Optional.empty();
        if (p.parent() != null) {
            parent = storage().find(p.parent());
            refs.require("parent", p.parent(), parent.isPresent());
        }
        Violations violations = ActionPlanValidator.validate(p, parent);
        if (stored.isPresent()) {
            violations = violations.and(ActionPlanValidator.validateChange(stored.get(), p));
        }
        return violations;
    }

    public Optional<ActionPlan> find(ActionPlanId id) {
        return disclosure.find(KIND, storage(), id);
    }

    public ActionPlan get(ActionPlanId id) {
        return disclosure.get(KIND, storage(), id);
    }

    public void delete(ActionPlanId id, long version) {
        writer.delete(KIND, storage(), id, version);
    }

    /** Plans of exactly this jurisdiction whose period overlaps {@code period}, by start date. */
    public List<ActionPlan> forJurisdiction(JurisdictionCode jurisdiction, Period period) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(period, "period");
        access.requireRead(KIND, null);
        access.requireInScope(Attempt.to(AuditAction.READ, ENTITY).in(jurisdiction));
        return ImmutableList.copyOf(storage().forJurisdiction(jurisdiction, period));
    }

    private ActionPlanStorage storage() {
        return backend.actionPlans();
    }
}
