package id.gugus.report;

import id.gugus.testing.ServerDatabase;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;

class ReportOnMariaDbTest extends ReportContract {
    private ServerDatabase database;

    @Override
    protected GugusStore newStore() {
        database = ServerDatabase.create(ServerDatabase.Kind.MARIADB);
        return GugusStore.on(database.backend(), TckFixtures.CLOCK);
    }

    @Override
    protected void closeStore() {
        if (database != null) {
            database.close();
        }
    }
}
