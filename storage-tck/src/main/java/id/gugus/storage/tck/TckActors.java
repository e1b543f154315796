package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.KALBAR;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.NATIONAL;
import static id.gugus.storage.tck.TckFixtures.NTT;

import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import java.util.Locale;

/**
 * The people and services the security contracts act as: one role each, at the city of
 * Pontianak (61.71), the province of Kalimantan Barat (61), the province of Nusa Tenggara Timur
 * (53) or the nation. Ids name the role and the scope, never a person, since they are written to
 * the audit log.
 */
public final class TckActors {
    public static final Actor VIEWER_PONTIANAK = of(Role.VIEWER, KOTA_PONTIANAK);
    public static final Actor VIEWER_KALBAR = of(Role.VIEWER, KALBAR);
    public static final Actor VIEWER_NATIONAL = of(Role.VIEWER, NATIONAL);

    public static final Actor CASE_WORKER_PONTIANAK = of(Role.CASE_WORKER, KOTA_PONTIANAK);
    public static final Actor CASE_WORKER_KALBAR = of(Role.CASE_WORKER, KALBAR);
    public static final Actor CASE_WORKER_NTT = of(Role.CASE_WORKER, NTT);
    public static final Actor CASE_WORKER_NATIONAL = of(Role.CASE_WORKER, NATIONAL);

    public static final Actor COORDINATOR_PONTIANAK = of(Role.COORDINATOR, KOTA_PONTIANAK);
    public static final Actor COORDINATOR_KALBAR = of(Role.COORDINATOR, KALBAR);
    public static final Actor COORDINATOR_NATIONAL = of(Role.COORDINATOR, NATIONAL);

    public static final Actor ADMINISTRATOR_PONTIANAK = of(Role.ADMINISTRATOR, KOTA_PONTIANAK);
    public static final Actor ADMINISTRATOR_KALBAR = of(Role.ADMINISTRATOR, KALBAR);
    public static final Actor ADMINISTRATOR_NATIONAL = of(Role.ADMINISTRATOR, NATIONAL);

    private TckActors() {}

    /** An actor holding {@code role} over {@code scope}, with the id {@code case-worker@61.71} and so on. */
    public static Actor of(Role role, JurisdictionCode scope) {
        return Actor.of(role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "@" + scope.value(), scope, role);
    }
}
