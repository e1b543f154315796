package id.gugus.examples.ownstore;

import id.gugus.spi.StorageBackend;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.StorageTck;

/**
 * The whole storage contract suite (TCK) against the example's own back-end, each test on a
 * fresh, empty one. This is what an integrator's test of their own store looks like.
 */
class ChangeFeedBackendTckTest extends StorageTck {
    @Override
    protected StorageBackend newBackend() {
        return new ChangeFeedBackend(new InMemoryBackend(), new ChangeFeed());
    }
}
