package id.gugus.report;

import id.gugus.testing.ServerDatabase;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;

class ReportOnPostgresTest extends ReportContract {
    private ServerDatabase database;

    @Override
    protected GugusStore newStore() {
        database = ServerDatabase.create(ServerDatabase.Kind.POSTGRES);
        return GugusStore.on(database.backend(), TckFixtures.CLOCK);
    }

    @Override
    protected void closeStore() {
        if (database != null) {
            database.close();
        }
    }
}
