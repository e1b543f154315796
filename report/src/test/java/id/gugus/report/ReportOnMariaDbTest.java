package id.gugus.report;

import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;

class ReportOnMariaDbTest extends ReportContract {
    private TestDatabase database;

    @Override
    protected GugusStore newStore() {
        database = TestDatabase.open(TestDatabase.Kind.MARIADB);
        return GugusStore.on(database.backend(), TckFixtures.CLOCK);
    }

    @Override
    protected void closeStore() {
        if (database != null) {
            database.close();
        }
    }
}
