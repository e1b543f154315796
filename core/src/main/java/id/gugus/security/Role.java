package id.gugus.security;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;

/**
 * The roles of a task force's application (issue #6), each a fixed set of {@link Permission}s.
 * An actor may hold several; it may do what any of them allows.
 *
 * <table>
 *   <caption>Roles and what they allow</caption>
 *   <tr><th>Role</th><th>Allows</th></tr>
 *   <tr><td>VIEWER</td><td>statistics only</td></tr>
 *   <tr><td>CASE_WORKER</td><td>statistics; read and write cases, with personal data</td></tr>
 *   <tr><td>COORDINATOR</td><td>statistics; read and write task forces, action plans, meetings, agencies</td></tr>
 *   <tr><td>ADMINISTRATOR</td><td>everything except personal data and writing cases: cases redacted,
 *       coordination, area import (national scope), the audit log</td></tr>
 *   <tr><td>SYSTEM</td><td>everything: the application itself, for a store opened without an actor</td></tr>
 * </table>
 */
public enum Role {
    VIEWER(Permission.READ_STATISTICS),
    CASE_WORKER(Permission.READ_STATISTICS, Permission.READ_CASES, Permission.WRITE_CASES,
            Permission.READ_PERSONAL_DATA),
    COORDINATOR(Permission.READ_STATISTICS, Permission.READ_COORDINATION, Permission.WRITE_COORDINATION),
    ADMINISTRATOR(Permission.READ_STATISTICS, Permission.READ_CASES, Permission.READ_COORDINATION,
            Permission.WRITE_COORDINATION, Permission.IMPORT_AREAS, Permission.READ_AUDIT),
    /** Held by {@link Actor#SYSTEM}: trusted code of the application, not a person. */
    SYSTEM(Permission.values());

    private final ImmutableSet<Permission> permissions;

    Role(Permission... permissions) {
        this.permissions = ImmutableSet.copyOf(EnumSet.of(permissions[0], permissions));
    }

    public ImmutableSet<Permission> permissions() {
        return permissions;
    }
}
