package id.gugus.report;

import id.gugus.storage.memory.InMemoryStore;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;

class ReportOnMemoryTest extends ReportContract {
    @Override
    protected GugusStore newStore() {
        return InMemoryStore.create(TckFixtures.CLOCK);
    }
}
