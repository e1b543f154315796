package id.gugus.storage.memory;

import java.util.ArrayList;
import java.util.List;

/** The inverse of every change a unit of work made, newest last. */
final class UndoLog {
    private final List<Runnable> changes = new ArrayList<>();

    void add(Runnable undoChange) {
        changes.add(undoChange);
    }

    int size() {
        return changes.size();
    }

    /** Undoes the changes made after {@code savepoint}, newest first. */
    void rollbackTo(int savepoint) {
        for (int i = changes.size() - 1; i >= savepoint; i--) {
            changes.remove(i).run();
        }
    }
}
