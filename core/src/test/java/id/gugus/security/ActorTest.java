package id.gugus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Actors: who calls, with which roles, over which subtree. */
class ActorTest {
    private static final JurisdictionCode KALBAR = JurisdictionCode.of("61");
    private static final JurisdictionCode KOTA_PONTIANAK = JurisdictionCode.of("61.71");

    @Test
    void anActorMayDoWhatAnyOfItsRolesAllows() {
        Actor both = Actor.of("dp3a-kalbar/ani", KALBAR, Role.VIEWER, Role.COORDINATOR);
        assertThat(both.roles()).containsExactlyInAnyOrder(Role.VIEWER, Role.COORDINATOR);
        assertThat(both.has(Permission.READ_STATISTICS)).isTrue();
        assertThat(both.has(Permission.WRITE_COORDINATION)).isTrue();
        assertThat(both.has(Permission.READ_CASES)).isFalse();
        assertThat(both.has(Permission.READ_PERSONAL_DATA)).isFalse();
    }

    @Test
    void theScopeCoversItsSubtreeOnly() {
        Actor province = Actor.of("dp3a-kalbar/ani", KALBAR, Role.CASE_WORKER);
        assertThat(province.covers(KALBAR)).isTrue();
        assertThat(province.covers(KOTA_PONTIANAK)).isTrue();
        assertThat(province.covers(JurisdictionCode.of("61.71.02"))).isTrue();
        assertThat(province.covers(JurisdictionCode.of("53.71"))).isFalse();
        assertThat(province.covers(JurisdictionCode.of("62"))).isFalse();
        assertThat(province.covers(JurisdictionCode.NATIONAL)).isFalse();
        assertThat(province.isNational()).isFalse();
        Actor city = Actor.of("polresta/budi", KOTA_PONTIANAK, Role.CASE_WORKER);
        assertThat(city.covers(KALBAR)).isFalse();
        assertThat(city.covers(JurisdictionCode.of("61.72"))).isFalse();
    }

    @Test
    void aNationalActorCoversEverything() {
        Actor national = Actor.national("kemenpppa/citra", Role.VIEWER);
        assertThat(national.scope()).isEqualTo(JurisdictionCode.NATIONAL);
        assertThat(national.isNational()).isTrue();
        assertThat(national.covers(JurisdictionCode.NATIONAL)).isTrue();
        assertThat(national.covers(JurisdictionCode.of("53.71"))).isTrue();
    }

    @Test
    void theSystemHoldsEveryPermissionEverywhere() {
        assertThat(Actor.SYSTEM.isNational()).isTrue();
        assertThat(Actor.SYSTEM.roles()).containsExactly(Role.SYSTEM);
        for (Permission p : Permission.values()) {
            assertThat(Actor.SYSTEM.has(p)).as(p.name()).isTrue();
        }
    }

    @Test
    void anActorNeedsAnIdARoleAndAScope() {
        assertThatThrownBy(() -> Actor.of(" ", KALBAR, Role.VIEWER)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("actor.id");
        assertThatThrownBy(() -> Actor.of("x".repeat(201), KALBAR, Role.VIEWER)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Actor("a", ImmutableSet.of(), KALBAR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor("a", ImmutableSet.of(Role.VIEWER), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toStringShowsIdRolesAndScope() {
        assertThat(Actor.of("polresta/budi", KOTA_PONTIANAK, Role.CASE_WORKER, Role.VIEWER))
                .hasToString("Actor[polresta/budi, [VIEWER, CASE_WORKER], scope 61.71]");
    }

    /** The table in Role's documentation, and what it must keep true as roles change. */
    @Test
    void eachRoleGrantsWhatItsDocumentationSays() {
        assertThat(Role.VIEWER.permissions()).containsExactly(Permission.READ_STATISTICS);
        assertThat(Role.CASE_WORKER.permissions()).containsExactlyInAnyOrder(Permission.READ_STATISTICS,
                Permission.READ_CASES, Permission.WRITE_CASES, Permission.READ_PERSONAL_DATA);
        assertThat(Role.COORDINATOR.permissions()).containsExactlyInAnyOrder(Permission.READ_STATISTICS,
                Permission.READ_COORDINATION, Permission.WRITE_COORDINATION);
        assertThat(Role.ADMINISTRATOR.permissions()).containsExactlyInAnyOrder(Permission.READ_STATISTICS,
                Permission.READ_CASES, Permission.READ_COORDINATION, Permission.WRITE_COORDINATION,
                Permission.IMPORT_AREAS, Permission.READ_AUDIT);
        assertThat(Role.SYSTEM.permissions()).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void rolesThatWriteAlsoReadWhatTheyWrite() {
        for (Role role : Role.values()) {
            EnumSet<Permission> granted = EnumSet.copyOf(role.permissions());
            if (granted.contains(Permission.WRITE_CASES)) {
                // A case holds personal data: writing one means seeing it.
                assertThat(granted).as(role.name()).contains(Permission.READ_CASES, Permission.READ_PERSONAL_DATA);
            }
            if (granted.contains(Permission.WRITE_COORDINATION)) {
                assertThat(granted).as(role.name()).contains(Permission.READ_COORDINATION);
            }
            if (granted.contains(Permission.READ_PERSONAL_DATA)) {
                assertThat(granted).as(role.name()).contains(Permission.READ_CASES);
            }
        }
    }
}
