package id.gugus.security;

import com.google.common.collect.ImmutableSet;
import id.gugus.common.CommonRule;
import id.gugus.common.Texts;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who is calling the store: an id the application gives (a user name, a service name; it is
 * written to the audit log, so it should not itself be personal data such as a NIK), the roles
 * it holds, and the jurisdiction whose subtree it may see and change ({@link JurisdictionCode#NATIONAL}
 * for everything).
 *
 * <p>The id lands verbatim in the audit log and in refusal messages, so it is held to a plain
 * alphabet (rule {@code ACTOR-ID}): 1 to {@value #MAX_ID_LENGTH} ASCII letters, digits and
 * {@code . _ - / @ : +}, beginning with a letter or digit. No spaces, line breaks, line or
 * paragraph separators, bidi overrides, zero-width characters or BOM: nothing that could forge a
 * line of a log, or make two actors look alike. {@code system}, in any case, is reserved for
 * {@link #SYSTEM}.
 *
 * <pre>{@code
 * Actor worker = Actor.of("dp3a-kalbar/siti", JurisdictionCode.of("61"), Role.CASE_WORKER);
 * GugusStore mine = store.as(worker);
 * }</pre>
 */
public record Actor(String id, ImmutableSet<Role> roles, JurisdictionCode scope) {
    /** The longest actor id: the audit log's column. */
    public static final int MAX_ID_LENGTH = 200;
    private static final String SYSTEM_ID = "system";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@:+/-]{0," + (MAX_ID_LENGTH - 1) + "}");
    // Variants of ACTOR-ID: the choice index in the message bundles.
    private static final int MALFORMED = 0;
    private static final int RESERVED = 1;

    // Declared after the pattern: static fields initialise in order, and the constructor needs it.
    /** The application itself: every permission, national scope. A store opened without an actor acts as it. */
    public static final Actor SYSTEM = new Actor(SYSTEM_ID, ImmutableSet.of(Role.SYSTEM), JurisdictionCode.NATIONAL);

    public Actor {
        if (id == null || id.isBlank()) {
            throw ValidationException.invalidValue(CommonRule.TEXT_REQUIRED, "actor.id");
        }
        if (!ID.matcher(id).matches()) {
            throw ValidationException.invalidValue(ActorRule.ACTOR_ID, "actor.id", Texts.echo(id), MALFORMED, MAX_ID_LENGTH);
        }
        roles = ImmutableSet.copyOf(Objects.requireNonNull(roles, "roles"));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an actor needs at least one role");
        }
        Objects.requireNonNull(scope, "scope");
        if (id.equalsIgnoreCase(SYSTEM_ID) && !(id.equals(SYSTEM_ID) && roles.equals(ImmutableSet.of(Role.SYSTEM))
                && scope.equals(JurisdictionCode.NATIONAL))) {
            // A user called "system" would read in the audit log as the application itself.
            throw ValidationException.invalidValue(ActorRule.ACTOR_ID, "actor.id", Texts.echo(id), RESERVED, MAX_ID_LENGTH);
        }
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
