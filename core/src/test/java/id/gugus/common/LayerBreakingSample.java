package id.gugus.common;

import id.gugus.store.GugusStore;

/** A common value that reaches up to the store, on purpose: ArchitectureRulesCanFailTest sees the layer rule fail. */
final class LayerBreakingSample {
    private LayerBreakingSample() {}

    static GugusStore store() {
        return null;
    }
}
