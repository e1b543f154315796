package id.gugus.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.spi.StorageBackend;
import id.gugus.store.GugusStore;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of every contract class. A back-end's test declares a contract as a {@code @Nested} class
 * of its {@link StorageTck}, which supplies a fresh, empty back-end per test; everything else (the
 * store around it, the clock, the fixtures) is set up here, by the {@link ContractExtension} every
 * contract runs with. Each contract is tagged a storage duty or a store rule ({@link TckTags}).
 * Test methods are public and not final: a back-end may override one (annotated {@code @Test}
 * again) to extend it, or {@code @Disabled} to document a deliberate gap.
 */
@ExtendWith(ContractExtension.class)
@DisplayNameGeneration(TckDisplayNames.class)
public abstract class StorageContract {
    /** The back-end under test, fresh for this test. */
    protected StorageBackend backend;
    /** The store on {@link #backend}, with {@link #clock()}. */
    protected GugusStore store;
    /** Where {@link #backend} came from, to close it. */
    private StorageTck tck;

    /** The store's clock: {@link TckFixtures#CLOCK}, 15 March 2026 in Pontianak. */
    protected Clock clock() {
        return TckFixtures.CLOCK;
    }

    protected LocalDate today() {
        return LocalDate.now(clock());
    }

    /** Before each test, ahead of every {@code @BeforeEach} method. */
    final void open(StorageTck tck) {
        this.tck = tck;
        backend = tck.newBackend();
        store = GugusStore.on(backend, clock());
    }

    /** After each test, after every {@code @AfterEach} method, even if opening failed. */
    final void close() {
        if (backend != null) {
            tck.closeBackend(backend);
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
