package id.gugus.storage.memory;

import id.gugus.storage.tck.AccessContract;
import id.gugus.storage.tck.ActionPlanContract;
import id.gugus.storage.tck.AgencyContract;
import id.gugus.storage.tck.AuditContract;
import id.gugus.storage.tck.CaseContract;
import id.gugus.storage.tck.CaseQueryContract;
import id.gugus.storage.tck.ConcurrencyContract;
import id.gugus.storage.tck.JurisdictionContract;
import id.gugus.storage.tck.MeetingContract;
import id.gugus.storage.tck.NoPersonalDataInLogsContract;
import id.gugus.storage.tck.PaginationContract;
import id.gugus.storage.tck.PersonalDataContract;
import id.gugus.storage.tck.PrimitivesContract;
import id.gugus.storage.tck.StatisticsContract;
import id.gugus.storage.tck.TaskForceContract;
import id.gugus.storage.tck.UnitOfWorkContract;
import id.gugus.storage.tck.ValidationContract;
import id.gugus.store.StorageBackend;
import org.junit.jupiter.api.Nested;

/** The in-memory back-end against the whole storage TCK: one tiny subclass per contract. */
class InMemoryBackendTest {

    @Nested
    class Jurisdictions extends JurisdictionContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class Agencies extends AgencyContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class TaskForces extends TaskForceContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class Cases extends CaseContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class CaseQueries extends CaseQueryContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class Pagination extends PaginationContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class Statistics extends StatisticsContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class ActionPlans extends ActionPlanContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class Meetings extends MeetingContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class UnitsOfWork extends UnitOfWorkContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class Concurrency extends ConcurrencyContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class Primitives extends PrimitivesContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class Validation extends ValidationContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class Access extends AccessContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class Audit extends AuditContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class PersonalData extends PersonalDataContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }

    @Nested
    class NoPersonalDataInLogs extends NoPersonalDataInLogsContract {
        @Override
        protected StorageBackend newBackend() {
            return new InMemoryBackend();
        }
    }
}
