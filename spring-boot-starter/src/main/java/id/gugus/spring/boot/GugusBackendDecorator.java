package id.gugus.spring.boot;

import id.gugus.spi.StorageBackend;

/**
 * Wraps the back-end before the {@code GugusStore} bean is opened on it (the starter's own
 * observation is one); beans of this type apply in their {@code @Order}. A decorator keeps the
 * back-end's guarantees (see {@link id.gugus.spi.ForwardingStorageBackend}).
 */
@FunctionalInterface
public interface GugusBackendDecorator {
    /** The back-end to use instead of {@code backend}, usually one that forwards to it. */
    StorageBackend decorate(StorageBackend backend);
}
