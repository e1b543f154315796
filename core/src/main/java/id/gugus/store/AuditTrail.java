package id.gugus.store;

import id.gugus.audit.AuditEntry;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.AccessRule;
import id.gugus.security.Actor;
import id.gugus.spi.AuditStorage;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What one actor's view of the store writes to the audit log (docs/privacy-and-security.md), stamped with the
 * store's clock and the actor's id. A change's entry is appended in the change's own atomic step,
 * so it exists if, and only if, the change does. Reads of personal data and refusals happened
 * whatever the unit does next: they are {@linkplain UnitsOfWork#appendLasting committed on their
 * own} before the call goes on, and kept past a rollback.
 */
final class AuditTrail {
    private final AuditStorage log;
    private final Clock clock;
    private final Actor actor;
    private final UnitsOfWork units;

    AuditTrail(AuditStorage log, Clock clock, Actor actor, UnitsOfWork units) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.units = Objects.requireNonNull(units, "units");
    }

    /** A change that was let through; call inside the change's unit of work. No area: the national root. */
    void change(Attempt change) {
        changes(List.of(change));
    }

    /**
     * Changes that were let through, appended as one batch; call inside their atomic step, so that
     * the entries are kept if, and only if, the changes are. No area: the national root.
     */
    void changes(List<Attempt> changes) {
        if (!changes.isEmpty()) {
            log.append(changes.stream()
                    .map(c -> allowed(c, c.area() == null ? JurisdictionCode.NATIONAL : c.area()))
                    .toList());
        }
    }

    /** A refusal under {@code rule}. No area: the actor's scope, so that whoever oversees it sees the refusal. */
    void refusal(Attempt refused, AccessRule rule) {
        JurisdictionCode where = refused.area() == null ? actor.scope() : refused.area();
        units.appendLasting(List.of(AuditEntry.denied(clock.instant(), actor.id(), refused.action(),
                refused.entityType(), refused.id(), refused.version(), where, rule.id())));
    }

    /** Reads that happened (of personal data); kept even if the unit they were made in rolls back. */
    void reads(List<Attempt> reads) {
        units.appendLasting(reads.stream().map(r -> allowed(r, r.area())).toList());
    }

    private AuditEntry allowed(Attempt attempt, JurisdictionCode area) {
        return AuditEntry.allowed(clock.instant(), actor.id(), attempt.action(), attempt.entityType(), attempt.id(),
                attempt.version(), area);
    }
}
