package id.gugus.spring.boot;

import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The default {@link GugusActorResolver}: the actor of Spring Security's current
 * {@link Authentication}. Its id is the authentication's name; its roles are the authorities
 * that carry the role prefix ({@code ROLE_CASE_WORKER} gives {@link Role#CASE_WORKER}); its scope
 * is the scope attribute, from the authentication's details when they are a map, or from an
 * authority {@code jurisdiction=61.72}; national when neither names one. {@link Role#SYSTEM}
 * is never granted by an authority: the application itself is not a user.
 */
public final class AuthenticationActors implements GugusActorResolver {
    private final String rolePrefix;
    private final String scopeAttribute;

    /**
     * @param rolePrefix the prefix of role authorities, e.g. {@code ROLE_}
     * @param scopeAttribute the attribute naming the jurisdiction scope, e.g. {@code jurisdiction}
     */
    public AuthenticationActors(String rolePrefix, String scopeAttribute) {
        this.rolePrefix = Objects.requireNonNull(rolePrefix, "rolePrefix");
        this.scopeAttribute = Objects.requireNonNull(scopeAttribute, "scopeAttribute");
    }

    @Override
    public Optional<Actor> currentActor() {
        return actorOf(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The actor of {@code authentication}; empty when it is null, anonymous, not authenticated,
     * or holds no Gugus role.
     *
     * @throws id.gugus.error.ValidationException if the name breaks rule {@code ACTOR-ID}, or the
     *     scope is not a jurisdiction code
     */
    public Optional<Actor> actorOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        Collection<? extends GrantedAuthority> authorities = authentication.getAuthorities();
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        String scope = null;
        for (GrantedAuthority granted : authorities) {
            String authority = granted.getAuthority();
            if (authority == null) {
                continue;
            }
            roleOf(authority).ifPresent(roles::add);
            if (authority.startsWith(scopeAttribute + "=")) {
                scope = authority.substring(scopeAttribute.length() + 1);
            }
        }
        if (authentication.getDetails() instanceof Map<?, ?> details && details.get(scopeAttribute) != null) {
            scope = details.get(scopeAttribute).toString();
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Actor(authentication.getName(), com.google.common.collect.ImmutableSet.copyOf(roles),
                scopeOf(scope)));
    }

    /** The Gugus role an authority names, if it carries the prefix and names one other than SYSTEM. */
    Optional<Role> roleOf(String authority) {
        if (!authority.startsWith(rolePrefix)) {
            return Optional.empty();
        }
        String name = authority.substring(rolePrefix.length()).toUpperCase(Locale.ROOT);
        for (Role role : Role.values()) {
            if (role != Role.SYSTEM && role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The scope a value names: national for none, "national" or "ID"; else a jurisdiction code. */
    static JurisdictionCode scopeOf(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("national")) {
            return JurisdictionCode.NATIONAL;
        }
        return JurisdictionCode.of(value.strip());
    }
}
