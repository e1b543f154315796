package id.gugus.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageStreamTest {
    /** Pages over the numbers 1..count by the usual rule: the cursor is the last number of a full page. */
    private static final class Numbers implements Function<PageRequest, Page<Integer>> {
        private final int count;
        final List<PageRequest> asked = new ArrayList<>();

        Numbers(int count) {
            this.count = count;
        }

        @Override
        public Page<Integer> apply(PageRequest request) {
            asked.add(request);
            int from = request.after() == null ? 1 : Integer.parseInt(request.after()) + 1;
            int to = Math.min(count, from + request.size() - 1);
            ImmutableList<Integer> items = IntStream.rangeClosed(from, to).boxed().collect(ImmutableList.toImmutableList());
            return new Page<>(items, to < count ? String.valueOf(to) : null);
        }
    }

    @Test
    void every_item_of_every_page_comes_once_in_order() {
        for (int count : new int[] {0, 1, 9, 10, 11, 30}) {
            Numbers numbers = new Numbers(count);
            assertThat(PageStream.of(PageRequest.first(10), numbers).toList()).as("%s items", count)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, count).boxed().toList());
            assertThat(numbers.asked).as("pages asked for %s items", count).hasSize(Math.max(1, (count + 9) / 10));
        }
    }

    @Test
    void a_page_is_fetched_only_when_the_one_before_is_used_up() {
        Numbers numbers = new Numbers(30);
        Iterator<Integer> stream = PageStream.of(PageRequest.first(10), numbers).iterator();
        assertThat(numbers.asked).isEmpty();
        for (int i = 1; i <= 10; i++) {
            assertThat(stream.next()).isEqualTo(i);
        }
        assertThat(numbers.asked).containsExactly(PageRequest.first(10));
        assertThat(stream.next()).isEqualTo(11);
        assertThat(numbers.asked).containsExactly(PageRequest.first(10), new PageRequest(10, "10"));

        Numbers cut = new Numbers(30);
        assertThat(PageStream.of(PageRequest.first(10), cut).limit(15).toList()).hasSize(15);
        assertThat(cut.asked).hasSize(2);
    }

    @Test
    void it_starts_after_the_cursor_it_is_given() {
        assertThat(PageStream.of(new PageRequest(4, "25"), new Numbers(30)).toList()).containsExactly(26, 27, 28, 29, 30);
    }

    @Test
    void an_empty_page_that_names_a_next_one_is_passed_over() {
        Function<PageRequest, Page<String>> sparse = request -> request.after() == null
                ? new Page<>(ImmutableList.of(), "1")
                : new Page<>(ImmutableList.of("found"), null);
        assertThat(PageStream.of(PageRequest.first(5), sparse).toList()).containsExactly("found");
    }
}
