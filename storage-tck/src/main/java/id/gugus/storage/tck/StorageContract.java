package id.gugus.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.spi.StorageBackend;
import id.gugus.store.GugusStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every contract class. A back-end's test extends a contract and supplies a fresh,
 * empty back-end per test; everything else (the store around it, the clock, the fixtures) is
 * set up here. Test methods are public and not final: a back-end may override one (annotated
 * {@code @Test} again) to extend it, or {@code @Disabled} to document a deliberate gap.
 */
public abstract class StorageContract {
    /** The back-end under test, fresh for this test. */
    protected StorageBackend backend;
    /** The store on {@link #backend}, with {@link #clock()}. */
    protected GugusStore store;

    /** A new, empty back-end; called once before each test. */
    protected abstract StorageBackend newBackend();

    /** Releases what {@link #newBackend()} opened (connections, files); nothing by default. */
    protected void closeBackend(StorageBackend backend) {}

    /** The store's clock: {@link TckFixtures#CLOCK}, 15 March 2026 in Pontianak. */
    protected Clock clock() {
        return TckFixtures.CLOCK;
    }

    protected LocalDate today() {
        return LocalDate.now(clock());
    }

    @BeforeEach
    public void openStore() {
        backend = newBackend();
        store = GugusStore.on(backend, clock());
    }

    @AfterEach
    public void closeStore() {
        if (backend != null) {
            closeBackend(backend);
        }
    }

    /** Imports the fixture areas and saves the agencies. */
    protected TckWorld seedWorld() {
        return TckWorld.seed(store);
    }

    /**
     * Asserts that a loaded aggregate equals what was saved, field by field. Decimal numbers
     * compare by value, so a back-end may store {@code 120} as {@code 120.00}.
     */
    protected void assertSameContent(Object actual, Object expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }
}
