package id.gugus.storage.tck;

import id.gugus.spi.StorageBackend;
import org.junit.jupiter.api.Nested;

/**
 * Every contract of the suite at once: extend this class, supply a fresh, empty back-end, and
 * JUnit runs all of them as nested classes of your test (it finds nested classes through
 * superclasses). To extend or skip one contract's test, declare your own nested subclass of that
 * contract instead, or extend the contracts one by one.
 *
 * <pre>{@code
 * class MyBackendTck extends StorageTck {
 *     @Override protected StorageBackend newBackend() { return new MyBackend(freshSchema()); }
 *     @Override protected void closeBackend(StorageBackend b) { ((MyBackend) b).close(); }
 * }
 * }</pre>
 *
 * <p>Reports name the nested classes ({@code StorageTck$Access}); when several test classes of
 * one module extend this one, the console groups them under the test class that ran them.
 */
public abstract class StorageTck {
    /** A new, empty back-end; called once before each test of every contract. */
    protected abstract StorageBackend newBackend();

    /** Releases what {@link #newBackend()} opened; nothing by default. */
    protected void closeBackend(StorageBackend backend) {}

    @Nested
    public class Jurisdictions extends JurisdictionContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class Agencies extends AgencyContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class TaskForces extends TaskForceContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class Cases extends CaseContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class CaseQueries extends CaseQueryContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class Pagination extends PaginationContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class Statistics extends StatisticsContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class ActionPlans extends ActionPlanContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class Meetings extends MeetingContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class UnitsOfWork extends UnitOfWorkContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class Concurrency extends ConcurrencyContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class Primitives extends PrimitivesContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class Validation extends ValidationContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class Access extends AccessContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class Audit extends AuditContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class PersonalData extends PersonalDataContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }

    @Nested
    public class NoPersonalDataInLogs extends NoPersonalDataInLogsContract {
        @Override
        protected StorageBackend newBackend() {
            return StorageTck.this.newBackend();
        }

        @Override
        protected void closeBackend(StorageBackend backend) {
            StorageTck.this.closeBackend(backend);
        }
    }
}
