package id.gugus.store;

import id.gugus.audit.AuditAction;
import id.gugus.common.Texts;
import id.gugus.error.AccessDeniedException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.AccessRule;
import id.gugus.security.Actor;
import id.gugus.security.Permission;
import id.gugus.security.Role;
import java.util.Objects;

/**
 * Whether one actor may do what it attempts (docs/privacy-and-security.md): its roles must grant the permission,
 * and the area must lie in its scope's subtree. A refusal is an {@link AccessDeniedException},
 * thrown before anything changes, and an entry in the audit trail. Queries are not refused for
 * their area: they are narrowed to the part of it the actor sees.
 */
final class AccessDecision {
    private final Actor actor;
    private final AuditTrail audit;

    AccessDecision(Actor actor, AuditTrail audit) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    Actor actor() {
        return actor;
    }

    /** Refuses the attempt unless the actor holds {@code permission}. */
    void require(Permission permission, Attempt attempt) {
        if (!actor.has(permission)) {
            throw refuse(AccessRule.PERMISSION, permission.name(), attempt, attempt.id());
        }
    }

    /** Refuses a read of {@code kind} unless the actor holds its read permission; public reference data passes. */
    void requireRead(AggregateKind<?> kind, Object id) {
        if (!kind.isPublic()) {
            require(kind.read(), Attempt.to(AuditAction.READ, kind.name()).on(id, 0));
        }
    }

    /** Refuses a change of {@code kind} unless the actor holds every one of its write permissions. */
    void requireWrite(AggregateKind<?> kind, Attempt change) {
        for (Permission p : kind.write()) {
            require(p, change);
        }
    }

    /** Refuses the attempt unless its area lies in the actor's scope. */
    void requireInScope(Attempt attempt) {
        requireInScope(attempt, attempt.id());
    }

    /**
     * {@link #requireInScope(Attempt)} for an aggregate the caller asked for by another key (a case
     * number): the message names it as asked ({@code askedFor}), the audit entry by its id.
     */
    void requireInScope(Attempt attempt, Object askedFor) {
        if (!inScope(attempt.area())) {
            throw refuse(AccessRule.SCOPE, actor.scope().value(), attempt, askedFor);
        }
    }

    /** Whether {@code area} lies in the actor's scope; an area that cannot be told (null) only in a national one. */
    boolean inScope(JurisdictionCode area) {
        return area == null ? actor.isNational() : actor.covers(area);
    }

    /** Whether a query over {@code requested} (null: everywhere) can see anything inside the actor's scope. */
    boolean overlapsScope(JurisdictionCode requested) {
        JurisdictionCode scope = actor.scope();
        return requested == null || actor.isNational() || requested.contains(scope) || scope.contains(requested);
    }

    /**
     * The part of {@code requested} (null: everywhere) inside the actor's scope, null for
     * everywhere: what a query over it may see. Call it only when the two
     * {@linkplain #overlapsScope overlap}.
     */
    JurisdictionCode visiblePartOf(JurisdictionCode requested) {
        if (actor.isNational()) {
            return requested;
        }
        return requested == null || requested.contains(actor.scope()) ? actor.scope() : requested;
    }

    /**
     * Refuses to hand out a view of the store as {@code other} unless this actor has the
     * {@code SYSTEM} role: a view given to a person or a service must not be a way to become
     * someone else, least of all the system.
     */
    void requireMayActAs(Actor other) {
        if (!actor.roles().contains(Role.SYSTEM)) {
            throw refuse(AccessRule.PERMISSION, Role.SYSTEM.name(), Attempt.to(AuditAction.ACT_AS, "Actor").on(other.id(), 0),
                    other.id());
        }
    }

    /** The refusal, audited; the message names the target as the caller asked for it. */
    private AccessDeniedException refuse(AccessRule rule, String detail, Attempt attempt, Object askedFor) {
        // What the caller named (a case number) is shown as it safely can be: one line, nothing hidden.
        String target = askedFor == null ? attempt.entityType()
                : attempt.entityType() + " " + Texts.echo(String.valueOf(askedFor), Texts.ECHO_ID);
        AccessDeniedException denied =
                new AccessDeniedException(rule, actor.id(), attempt.action().ordinal(), target, detail);
        audit.refusal(attempt, rule);
        return denied;
    }
}
