package id.gugus.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

/** The actor made from Spring Security's Authentication. */
class AuthenticationActorsTest {
    private final AuthenticationActors actors = new AuthenticationActors("ROLE_", "jurisdiction");

    private static UsernamePasswordAuthenticationToken user(String name, String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(name, "n/a", AuthorityUtils.createAuthorityList(authorities));
    }

    @Test
    void rolesFromAuthoritiesAndTheScopeFromAnAuthorityAttribute() {
        Actor actor = actors.actorOf(user("dp3a-singkawang/budi", "ROLE_CASE_WORKER", "ROLE_VIEWER", "ROLE_USER",
                "jurisdiction=61.72")).orElseThrow();
        assertThat(actor.id()).isEqualTo("dp3a-singkawang/budi");
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.CASE_WORKER, Role.VIEWER);
        assertThat(actor.scope()).isEqualTo(JurisdictionCode.of("61.72"));
    }

    @Test
    void theScopeFromTheDetailsMapWinsAndNoneMeansNational() {
        UsernamePasswordAuthenticationToken token = user("kemenpppa/ana", "ROLE_ADMINISTRATOR", "jurisdiction=61");
        token.setDetails(Map.of("jurisdiction", "53"));
        assertThat(actors.actorOf(token).orElseThrow().scope()).isEqualTo(JurisdictionCode.of("53"));
        assertThat(actors.actorOf(user("kemenpppa/ana", "ROLE_ADMINISTRATOR")).orElseThrow().isNational()).isTrue();
    }

    @Test
    void theSystemRoleIsNeverGrantedByAnAuthority() {
        assertThat(actors.actorOf(user("intruder", "ROLE_SYSTEM"))).isEmpty();
        assertThat(actors.actorOf(user("intruder", "ROLE_SYSTEM", "ROLE_VIEWER")).orElseThrow().roles())
                .containsExactly(Role.VIEWER);
    }

    @Test
    void nobodyAnonymousOrWithoutAGugusRoleIsNoActor() {
        assertThat(actors.actorOf(null)).isEmpty();
        assertThat(actors.actorOf(new AnonymousAuthenticationToken("k", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEmpty();
        assertThat(actors.actorOf(UsernamePasswordAuthenticationToken.unauthenticated("x", "y"))).isEmpty();
        assertThat(actors.actorOf(user("someone", "ROLE_USER"))).isEmpty();
    }

    @Test
    void aNameOrScopeTheStoreCannotTakeIsRefusedWithTheRuleId() {
        assertThatThrownBy(() -> actors.actorOf(user("has space", "ROLE_VIEWER")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ACTOR-ID");
        assertThatThrownBy(() -> actors.actorOf(user("ok", "ROLE_VIEWER", "jurisdiction=61.7x")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void anotherPrefix() {
        AuthenticationActors gugus = new AuthenticationActors("GUGUS_", "wilayah");
        assertThat(gugus.actorOf(user("u1", "GUGUS_case_worker", "ROLE_VIEWER", "wilayah=61")).orElseThrow())
                .isEqualTo(new Actor("u1", com.google.common.collect.ImmutableSet.of(Role.CASE_WORKER), JurisdictionCode.of("61")));
        assertThat(List.of(Role.values())).contains(Role.SYSTEM);
    }
}
