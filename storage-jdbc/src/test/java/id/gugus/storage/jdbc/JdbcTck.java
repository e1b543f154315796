package id.gugus.storage.jdbc;

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
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The whole storage TCK against the JDBC back-end: one tiny subclass per contract, each test on
 * an empty database migrated with the shipped scripts (see {@link TckDatabases}). A subclass
 * names the database and, optionally, the personal-data keys; JUnit finds these nested classes
 * through it. Reports name the nested class ({@code JdbcTck$Access}), so a failure carries the
 * subclass that ran it.
 */
@ExtendWith(JdbcTck.NamesTheDatabase.class)
abstract class JdbcTck {
    /** The database every test of this run uses. */
    abstract TestDatabase.Kind kind();

    /** The keys personal data is sealed with; null to store it in plain columns. */
    PersonalDataKeys keys() {
        return null;
    }

    final StorageBackend fresh() {
        return TckDatabases.freshBackend(kind(), keys());
    }

    @Nested
    class Jurisdictions extends JurisdictionContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class Agencies extends AgencyContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class TaskForces extends TaskForceContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class Cases extends CaseContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class CaseQueries extends CaseQueryContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class Pagination extends PaginationContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class Statistics extends StatisticsContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class ActionPlans extends ActionPlanContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class Meetings extends MeetingContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class UnitsOfWork extends UnitOfWorkContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class Concurrency extends ConcurrencyContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class Primitives extends PrimitivesContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class Validation extends ValidationContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class Access extends AccessContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class Audit extends AuditContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class PersonalData extends PersonalDataContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    @Nested
    class NoPersonalDataInLogs extends NoPersonalDataInLogsContract {
        @Override
        protected StorageBackend newBackend() {
            return fresh();
        }
    }

    /** Adds the database (the outer test class) to a failure: the nested class names are shared. */
    static final class NamesTheDatabase implements TestExecutionExceptionHandler {
        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
            Object outer = context.getRequiredTestInstances().getAllInstances().get(0);
            thrown.addSuppressed(new RanOn(outer.getClass().getSimpleName()));
            throw thrown;
        }
    }

    /** Not an error: the note in a failure's stack trace of which TCK run it came from. */
    static final class RanOn extends Exception {
        RanOn(String testClass) {
            super("in " + testClass, null, false, false);
        }
    }
}
