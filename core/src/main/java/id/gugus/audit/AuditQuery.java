package id.gugus.audit;

import id.gugus.common.Dates;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.Instant;
import java.util.Objects;

/**
 * A filter over the audit log; every criterion is optional (null means "any") and all given
 * criteria must hold. Results come in the order entries were appended ({@link AuditEntry#sequence()}).
 *
 * @param actorId entries of this actor
 * @param aggregateType entries about this type of aggregate
 * @param aggregateId entries about the aggregate with this id (with {@code aggregateType})
 * @param from entries at or after this instant
 * @param to entries before this instant (exclusive)
 * @param within entries whose jurisdiction lies in this subtree
 */
public record AuditQuery(
        String actorId, String aggregateType, String aggregateId, Instant from, Instant to, JurisdictionCode within) {

    public AuditQuery {
        // Entries are stamped inside Dates' range: bounds beyond it select the same entries on it.
        from = Dates.clamp(from);
        to = Dates.clamp(to);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the time range ends before it starts");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }

    public AuditQuery byActor(String actorId) {
        return new AuditQuery(Objects.requireNonNull(actorId, "actorId"), aggregateType, aggregateId, from, to, within);
    }

    /** Entries about one aggregate, such as {@code forAggregate("Case", caseId)}. */
    public AuditQuery forAggregate(String type, Object id) {
        return new AuditQuery(actorId, Objects.requireNonNull(type, "type"), Objects.requireNonNull(id, "id").toString(),
                from, to, within);
    }

    public AuditQuery forType(String type) {
        return new AuditQuery(actorId, Objects.requireNonNull(type, "type"), null, from, to, within);
    }

    /** Entries in {@code [from, to)}. */
    public AuditQuery between(Instant from, Instant to) {
        return new AuditQuery(actorId, aggregateType, aggregateId, Objects.requireNonNull(from, "from"),
                Objects.requireNonNull(to, "to"), within);
    }

    public AuditQuery within(JurisdictionCode area) {
        return new AuditQuery(actorId, aggregateType, aggregateId, from, to, Objects.requireNonNull(area, "area"));
    }

    /** Whether an entry satisfies this filter; the reference semantics every store must match. */
    public boolean matches(AuditEntry e) {
        return (actorId == null || actorId.equals(e.actorId()))
                && (aggregateType == null || aggregateType.equals(e.aggregateType()))
                && (aggregateId == null || aggregateId.equals(e.aggregateId()))
                && (from == null || !e.at().isBefore(from))
                && (to == null || e.at().isBefore(to))
                && (within == null || within.contains(e.jurisdiction()));
    }
}
