package id.gugus.store;

import com.google.common.collect.AbstractIterator;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import java.util.Collections;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a keyset-paginated query as one stream: the cursor loop written once. A page is
 * fetched only when the stream has used up the one before, so a stream cut short reads no further;
 * nothing is held open between pages, so the stream needs no closing.
 */
final class PageStream {
    /** The page size of a stream whose caller did not choose one. */
    static final int PAGE_SIZE = 100;

    private PageStream() {}

    /** The items of the page {@code first} asks for and of every page after it, in order. */
    static <T> Stream<T> of(PageRequest first, Function<PageRequest, Page<T>> fetch) {
        Iterator<T> items = new AbstractIterator<>() {
            private PageRequest next = first;
            private Iterator<T> page = Collections.emptyIterator();

            @Override
            protected T computeNext() {
                // A loop, not an if: a page may come back empty yet name a next one (the
                // repository dropped what the actor may not see).
                while (!page.hasNext()) {
                    if (next == null) {
                        return endOfData();
                    }
                    Page<T> fetched = fetch.apply(next);
                    page = fetched.items().iterator();
                    next = fetched.hasNext() ? next.next(fetched) : null;
                }
                return page.next();
            }
        };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
