package id.gugus.common;

/**
 * Asks for one page of a keyset-paginated query: at most {@code size} items after the cursor
 * of the previous page (null for the first page). Keyset, not offset, so inserts between pages
 * neither repeat nor skip the items already seen.
 */
public record PageRequest(int size, String after) {
    public static final int MAX_SIZE = 1000;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE + ", was " + size);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    public PageRequest next(Page<?> page) {
        return new PageRequest(size, page.nextCursor());
    }
}
