package id.gugus.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.spi.StorageBackend;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A back-end's run of the storage contract suite (TCK): its test class implements this, supplies a
 * fresh, empty back-end per test, and declares each contract as an empty {@link Nested} subclass;
 * every contract finds {@link #newBackend()} on that enclosing test instance.
 *
 * <pre>{@code
 * class MyBackendTck implements StorageTck {
 *     @Override public StorageBackend newBackend() { return new MyBackend(freshSchema()); }
 *     @Override public void closeBackend(StorageBackend b) { ((MyBackend) b).close(); }
 *
 *     @Nested class Jurisdictions extends JurisdictionContract {}
 *     @Nested class Agencies extends AgencyContract {}
 *     // ... one line per contract of CONTRACTS
 * }
 * }</pre>
 *
 * <p>Declared in your class, the contracts carry its name in reports ({@code MyBackendTck$Access})
 * and run with {@code -Dtest='MyBackendTck*'}. To extend one test of a contract, override it in the
 * nested class and annotate it {@code @Test} again; to record a deliberate gap, override it with
 * {@code @Disabled("why")}. {@link #everyContractRuns()} fails while a contract of {@link #CONTRACTS}
 * is missing, so a contract added to the suite is not silently skipped.
 */
public interface StorageTck {
    /** Every contract of the suite, storage duties first (see {@link TckTags}). */
    List<Class<? extends StorageContract>> CONTRACTS = List.of(
            JurisdictionContract.class, AgencyContract.class, TaskForceContract.class, CaseContract.class,
            ActionPlanContract.class, MeetingContract.class, PrimitivesContract.class, CaseQueryContract.class,
            PaginationContract.class, StatisticsContract.class, UnitOfWorkContract.class, ConcurrencyContract.class,
            NoPersonalDataInLogsContract.class, ValidationContract.class, AccessContract.class, AuditContract.class,
            PersonalDataContract.class, HostileInputContract.class, HostileInputRulesContract.class);

    /** A new, empty back-end; called once before each test of every contract. */
    StorageBackend newBackend();

    /** Releases what {@link #newBackend()} opened (connections, files); called after each test. */
    default void closeBackend(StorageBackend backend) {}

    /** The test class declares a nested subclass of every contract of the suite. */
    @Test
    default void everyContractRuns() {
        Assumptions.assumeFalse(this instanceof StorageContract, "one contract run on its own");
        List<Class<?>> nested = new ArrayList<>();
        for (Class<?> c = getClass(); c != null; c = c.getSuperclass()) {
            Arrays.stream(c.getDeclaredClasses()).filter(n -> n.isAnnotationPresent(Nested.class)).forEach(nested::add);
        }
        List<String> missing = CONTRACTS.stream()
                .filter(contract -> nested.stream().noneMatch(contract::isAssignableFrom))
                .map(contract -> "@Nested class " + contract.getSimpleName().replace("Contract", "") + " extends "
                        + contract.getSimpleName() + " {}")
                .toList();
        assertThat(missing).as("%s leaves out contracts of the suite; add", getClass().getSimpleName()).isEmpty();
    }
}
