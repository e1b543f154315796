package id.gugus.security;

import com.google.common.collect.ImmutableSet;
import id.gugus.common.Texts;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;

/**
 * Who is calling the store: an id the application gives (a user name, a service name; it is
 * written to the audit log, so it should not itself be personal data such as a NIK), the roles
 * it holds, and the jurisdiction whose subtree it may see and change ({@link JurisdictionCode#NATIONAL}
 * for everything).
 *
 * <pre>{@code
 * Actor worker = Actor.of("dp3a-kalbar/siti", JurisdictionCode.of("61"), Role.CASE_WORKER);
 * GugusStore mine = store.as(worker);
 * }</pre>
 */
public record Actor(String id, ImmutableSet<Role> roles, JurisdictionCode scope) {
    /** The application itself: every permission, national scope. A store opened without an actor acts as it. */
    public static final Actor SYSTEM = new Actor("system", ImmutableSet.of(Role.SYSTEM), JurisdictionCode.NATIONAL);

    public Actor {
        id = Texts.required(id, "actor.id", Texts.SHORT);
        roles = ImmutableSet.copyOf(Objects.requireNonNull(roles, "roles"));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an actor needs at least one role");
        }
        Objects.requireNonNull(scope, "scope");
    }

    public static Actor of(String id, JurisdictionCode scope, Role role, Role... more) {
        EnumSet<Role> all = EnumSet.of(role, more);
        return new Actor(id, ImmutableSet.copyOf(all), scope);
    }

    public static Actor national(String id, Role role, Role... more) {
        return of(id, JurisdictionCode.NATIONAL, role, more);
    }

    public boolean has(Permission permission) {
        return roles.stream().anyMatch(r -> r.permissions().contains(permission));
    }

    /** Whether {@code area} lies in this actor's scope (its subtree). */
    public boolean covers(JurisdictionCode area) {
        return scope.contains(area);
    }

    public boolean isNational() {
        return scope.equals(JurisdictionCode.NATIONAL);
    }

    @Override
    public String toString() {
        return "Actor[" + id + ", " + Arrays.toString(roles.toArray()) + ", scope " + scope + "]";
    }
}
