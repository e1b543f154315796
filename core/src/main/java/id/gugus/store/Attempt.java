package id.gugus.store;

import id.gugus.audit.AuditAction;
import id.gugus.jurisdiction.JurisdictionCode;

/**
 * What an actor tries to do, as the audit log records it: the action, the aggregate it names and
 * the area it is about. The access decision refuses or lets an attempt through, and the audit
 * trail writes it down either way.
 *
 * @param action what is tried
 * @param entityType the aggregate type in messages and audit entries: {@code Case}, ...
 * @param id the aggregate the call names; null when it names none (a query, an import)
 * @param version the version the call names or writes; 0 when there is none, or when the one it
 *     names is negative (forged or corrupted: the audit log keeps only versions a store gave)
 * @param area the area the attempt is about; null when the call tells none (the audit entry then
 *     carries the actor's scope for a refusal, the national root for a change)
 */
record Attempt(AuditAction action, String entityType, Object id, long version, JurisdictionCode area) {
    Attempt {
        version = Math.max(version, 0);
    }

    /** An attempt on {@code entityType} that names no aggregate and no area yet. */
    static Attempt to(AuditAction action, String entityType) {
        return new Attempt(action, entityType, null, 0, null);
    }

    /** The same attempt, naming the aggregate {@code id} at {@code version}. */
    Attempt on(Object id, long version) {
        return new Attempt(action, entityType, id, version, area);
    }

    /** The same attempt, about {@code area}. */
    Attempt in(JurisdictionCode area) {
        return new Attempt(action, entityType, id, version, area);
    }
}
