package id.gugus.storage.jdbc;

import id.gugus.storage.tck.ActionPlanContract;
import id.gugus.storage.tck.AgencyContract;
import id.gugus.storage.tck.CaseContract;
import id.gugus.storage.tck.CaseQueryContract;
import id.gugus.storage.tck.ConcurrencyContract;
import id.gugus.storage.tck.JurisdictionContract;
import id.gugus.storage.tck.MeetingContract;
import id.gugus.storage.tck.PaginationContract;
import id.gugus.storage.tck.PrimitivesContract;
import id.gugus.storage.tck.StatisticsContract;
import id.gugus.storage.tck.TaskForceContract;
import id.gugus.storage.tck.UnitOfWorkContract;
import id.gugus.storage.tck.ValidationContract;
import id.gugus.store.StorageBackend;
import org.junit.jupiter.api.Nested;

/**
 * The JDBC back-end on H2 against the whole storage TCK: one tiny subclass per contract, each
 * test on an empty database migrated with the shipped scripts (see {@link TckDatabases}).
 */
class TckOnH2Test {
    static final TestDatabase.Kind KIND = TestDatabase.Kind.H2;

    @Nested
    class Jurisdictions extends JurisdictionContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class Agencies extends AgencyContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class TaskForces extends TaskForceContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class Cases extends CaseContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class CaseQueries extends CaseQueryContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class Pagination extends PaginationContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class Statistics extends StatisticsContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class ActionPlans extends ActionPlanContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class Meetings extends MeetingContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class UnitsOfWork extends UnitOfWorkContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class Concurrency extends ConcurrencyContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class Primitives extends PrimitivesContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }

    @Nested
    class Validation extends ValidationContract {
        @Override
        protected StorageBackend newBackend() {
            return TckDatabases.freshBackend(KIND);
        }
    }
}
