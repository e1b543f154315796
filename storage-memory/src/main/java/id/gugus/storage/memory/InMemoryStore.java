package id.gugus.storage.memory;

import id.gugus.store.GugusStore;
import java.time.Clock;

/** Shortcuts for a {@link GugusStore} on a fresh, empty {@link InMemoryBackend}. */
public final class InMemoryStore {
    private InMemoryStore() {}

    /** An empty store with the system clock. Import the areas first: {@code store.jurisdictions().importDirectory(...)}. */
    public static GugusStore create() {
        return GugusStore.on(new InMemoryBackend());
    }

    /** An empty store whose "today" comes from {@code clock}. */
    public static GugusStore create(Clock clock) {
        return GugusStore.on(new InMemoryBackend(), clock);
    }
}
