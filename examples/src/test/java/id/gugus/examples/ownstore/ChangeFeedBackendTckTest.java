package id.gugus.examples.ownstore;

import id.gugus.spi.StorageBackend;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.*;
import org.junit.jupiter.api.Nested;

/**
 * The whole storage contract suite (TCK) against the example's own back-end, each test on a
 * fresh, empty one. This is what an integrator's test of their own store looks like.
 */
class ChangeFeedBackendTckTest implements StorageTck {
    @Override
    public StorageBackend newBackend() {
        return new ChangeFeedBackend(new InMemoryBackend(), new ChangeFeed());
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
