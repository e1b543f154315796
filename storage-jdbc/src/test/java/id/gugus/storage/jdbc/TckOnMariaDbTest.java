package id.gugus.storage.jdbc;

import id.gugus.storage.tck.*;
import org.junit.jupiter.api.Nested;

/** The whole storage TCK on MariaDB (see {@link JdbcTck}). */
class TckOnMariaDbTest extends JdbcTck {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MARIADB;
    }

    @Nested class Jurisdictions extends JurisdictionContract {}
    @Nested class Agencies extends AgencyContract {}
    @Nested class TaskForces extends TaskForceContract {}
    @Nested class Cases extends CaseContract {}
    @Nested class ActionPlans extends ActionPlanContract {}
    @Nested class Meetings extends MeetingContract {}
    @Nested class Primitives extends PrimitivesContract {}
    @Nested class CaseQueries extends CaseQueryContract {}
    @Nested class Pagination extends PaginationContract {}
    @Nested class Statistics extends StatisticsContract {}
    @Nested class UnitsOfWork extends UnitOfWorkContract {}
    @Nested class Concurrency extends ConcurrencyContract {}
    @Nested class NoPersonalDataInLogs extends NoPersonalDataInLogsContract {}
    @Nested class Validation extends ValidationContract {}
    @Nested class Access extends AccessContract {}
    @Nested class Audit extends AuditContract {}
    @Nested class PersonalData extends PersonalDataContract {}
    @Nested class HostileInput extends HostileInputContract {}
    @Nested class HostileInputRules extends HostileInputRulesContract {}
}
