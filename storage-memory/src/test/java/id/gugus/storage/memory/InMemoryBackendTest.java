package id.gugus.storage.memory;

import id.gugus.spi.StorageBackend;
import id.gugus.storage.tck.StorageTck;

/** The in-memory back-end against the whole storage TCK. */
class InMemoryBackendTest extends StorageTck {
    @Override
    protected StorageBackend newBackend() {
        return new InMemoryBackend();
    }
}
