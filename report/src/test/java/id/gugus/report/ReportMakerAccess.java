package id.gugus.report;

import id.gugus.storage.memory.InMemoryStore;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;

/** Test access to a published report of {@link ReportWorld}, for tests in other packages. */
public final class ReportMakerAccess {
    private ReportMakerAccess() {}

    public static PublishedReport sampleReport() {
        GugusStore store = InMemoryStore.create(TckFixtures.CLOCK);
        ReportWorld.seed(store, 6171L, 120);
        return ReportMaker.publish(store, ReportWorld.provincial());
    }
}
