package id.gugus.common;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * One page of results in a stable order.
 *
 * @param nextCursor pass to {@link PageRequest#next(Page)} for the following page; null on the last page
 */
public record Page<T>(ImmutableList<T> items, String nextCursor) {
    public Page {
        items = ImmutableList.copyOf(Objects.requireNonNull(items, "items"));
    }

    public boolean hasNext() {
        return nextCursor != null;
    }
}
