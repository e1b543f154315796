package id.gugus.spring.boot;

import id.gugus.spi.StorageBackend;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The store's health ({@code /actuator/health/gugus}): up when its back-end answers a count of the
 * jurisdictions; down with the exception's class name, never its message (a database error may
 * quote the values of a statement).
 */
public final class GugusHealthIndicator implements HealthIndicator {
    private final StorageBackend backend;
    private final String kind;

    GugusHealthIndicator(StorageBackend backend, String kind) {
        this.backend = backend;
        this.kind = kind;
    }

    @Override
    public Health health() {
        try {
            long areas = backend.jurisdictions().count();
            return Health.up().withDetail("store", kind).withDetail("jurisdictions", areas).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("store", kind).withDetail("error", e.getClass().getName()).build();
        }
    }
}
