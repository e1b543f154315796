package id.gugus.storage.tck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the contract moves by hand, so the times the store writes to the audit log are known
 * exactly. It starts at {@link TckFixtures#CLOCK}'s instant and zone; copies made with
 * {@link #withZone} move with it.
 */
public final class TckClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public TckClock() {
        this(new AtomicReference<>(TckFixtures.CLOCK.instant()), TckFixtures.CLOCK.getZone());
    }

    private TckClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves the clock on by {@code step} and returns the new instant. */
    public Instant advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("a contract's clock only moves forward");
        }
        return now.updateAndGet(t -> t.plus(step));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TckClock(now, Objects.requireNonNull(other, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
