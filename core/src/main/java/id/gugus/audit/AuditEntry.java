package id.gugus.audit;

import id.gugus.common.Dates;
import id.gugus.common.Texts;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what to which aggregate, when, and whether it was allowed.
 * It holds ids only, never personal data. Entries are appended and never changed.
 *
 * @param sequence the store's position of the entry, increasing in the order entries were
 *     appended; 0 for an entry not yet stored
 * @param at when the call was made, by the store's clock
 * @param actorId the {@link id.gugus.security.Actor#id()} of the caller
 * @param aggregateType {@code Case}, {@code TaskForce}, {@code ActionPlan}, {@code Meeting},
 *     {@code Agency} or {@code Jurisdiction}
 * @param aggregateId the aggregate's id; null when the call named none (a query, an import)
 * @param version the version written or deleted, or read; 0 when there is none
 * @param jurisdiction the area the aggregate belongs to (the actor's scope for a call that named
 *     none); used to scope who may read the entry
 * @param rule for a denial, the access rule that refused it ({@code ACCESS-SCOPE}, ...); else null
 */
public record AuditEntry(
        long sequence,
        Instant at,
        String actorId,
        AuditAction action,
        String aggregateType,
        String aggregateId,
        long version,
        JurisdictionCode jurisdiction,
        AuditOutcome outcome,
        String rule) {

    public AuditEntry {
        if (sequence < 0 || version < 0) {
            throw new IllegalArgumentException("audit sequence and version are never negative");
        }
        Dates.inRange(Objects.requireNonNull(at, "at"), "audit.at");
        actorId = Texts.required(actorId, "audit.actorId", Texts.SHORT);
        Objects.requireNonNull(action, "action");
        aggregateType = Texts.required(aggregateType, "audit.aggregateType", 40);
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == AuditOutcome.DENIED) != (rule != null)) {
            throw new IllegalArgumentException("a denied entry names its rule, an allowed one none");
        }
    }

    /** An allowed call, not yet stored. */
    public static AuditEntry allowed(Instant at, String actorId, AuditAction action, String aggregateType,
            Object aggregateId, long version, JurisdictionCode jurisdiction) {
        return new AuditEntry(0, at, actorId, action, aggregateType, text(aggregateId), version, jurisdiction,
                AuditOutcome.ALLOWED, null);
    }

    /** A refused call, not yet stored. */
    public static AuditEntry denied(Instant at, String actorId, AuditAction action, String aggregateType,
            Object aggregateId, long version, JurisdictionCode jurisdiction, String rule) {
        return new AuditEntry(0, at, actorId, action, aggregateType, text(aggregateId), version, jurisdiction,
                AuditOutcome.DENIED, Objects.requireNonNull(rule, "rule"));
    }

    /** This entry as stored at {@code sequence}; only stores call this. */
    public AuditEntry withSequence(long sequence) {
        return new AuditEntry(sequence, at, actorId, action, aggregateType, aggregateId, version, jurisdiction, outcome,
                rule);
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }
}
