package id.gugus.common;

import id.gugus.error.ValidationException;

/**
 * Asks for one page of a keyset-paginated query: at most {@code size} items after the cursor
 * of the previous page (null for the first page). Keyset, not offset, so inserts between pages
 * neither repeat nor skip the items already seen.
 *
 * <p>A cursor is what a page's {@code nextCursor} gave, at most {@value #MAX_CURSOR_LENGTH}
 * characters; anything longer is refused here (rule {@code PAGE-CURSOR}), before any store sees
 * it, and no message ever repeats more than its first {@value Texts#ECHO} characters.
 */
public record PageRequest(int size, String after) {
    public static final int MAX_SIZE = 1000;
    /** The longest cursor accepted; every cursor the library writes is far shorter. */
    public static final int MAX_CURSOR_LENGTH = 200;

    public PageRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE + ", was " + size);
        }
        if (after != null && after.length() > MAX_CURSOR_LENGTH) {
            throw ValidationException.invalidValue(CommonRule.PAGE_CURSOR, "page.after", Texts.echo(after), 1,
                    MAX_CURSOR_LENGTH, after.length());
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    public PageRequest next(Page<?> page) {
        return new PageRequest(size, page.nextCursor());
    }

    /** The violation of a cursor that the query it was handed to never wrote: {@code PAGE-CURSOR} at {@code page.after}. */
    public static ValidationException notACursor(String cursor) {
        return ValidationException.invalidValue(CommonRule.PAGE_CURSOR, "page.after", Texts.echo(cursor), 0);
    }
}
