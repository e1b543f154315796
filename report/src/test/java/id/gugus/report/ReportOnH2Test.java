package id.gugus.report;

import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import java.util.UUID;

class ReportOnH2Test extends ReportContract {
    private JdbcBackend backend;

    @Override
    protected GugusStore newStore() {
        backend = JdbcBackend.h2InMemory("report_" + UUID.randomUUID().toString().replace("-", ""));
        return GugusStore.on(backend, TckFixtures.CLOCK);
    }

    @Override
    protected void closeStore() {
        if (backend != null) {
            backend.close();
        }
    }
}
