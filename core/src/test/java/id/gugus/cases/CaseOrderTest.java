package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Lists;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseOrderTest {
    /** Two report dates, and ids whose text order differs from the order they are made in. */
    private static List<TraffickingCase> cases() {
        List<TraffickingCase> all = new ArrayList<>();
        for (LocalDate day : List.of(LocalDate.of(2025, 8, 17), LocalDate.of(2025, 3, 1))) {
            for (String id : List.of("f0000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
                    "a0000000-0000-4000-8000-000000000003")) {
                TraffickingCase c = TraffickingCase.register(CaseNumber.of("LP/" + day + "/" + id), CaseFixtures.KALBAR, day);
                all.add(new TraffickingCase(new CaseId(UUID.fromString(id)), 0, c.number(), c.registeredIn(), day,
                        c.status(), null, c.victims(), c.suspects(), c.route(), c.statusHistory()));
            }
        }
        return all;
    }

    @Test
    void oldest_first_is_report_date_then_id_text_and_newest_first_its_exact_reverse() {
        List<TraffickingCase> oldest = cases().stream().sorted(CaseOrder.OLDEST_FIRST.comparator()).toList();
        assertThat(oldest).extracting(c -> c.reportedOn() + " " + c.id().toString().charAt(0)).containsExactly(
                "2025-03-01 0", "2025-03-01 a", "2025-03-01 f", "2025-08-17 0", "2025-08-17 a", "2025-08-17 f");
        List<TraffickingCase> newest = cases().stream().sorted(CaseOrder.NEWEST_FIRST.comparator()).toList();
        assertThat(newest).containsExactlyElementsOf(Lists.reverse(oldest));
    }

    @Test
    void a_case_follows_a_cursor_exactly_when_it_sorts_after_the_cursors_case_in_that_order() {
        for (CaseOrder order : CaseOrder.values()) {
            for (TraffickingCase at : cases()) {
                CaseCursor cursor = CaseCursor.of(at);
                for (TraffickingCase c : cases()) {
                    assertThat(order.follows(cursor, c)).as("%s: %s after %s", order, c.id(), at.id())
                            .isEqualTo(order.comparator().compare(c, at) > 0);
                }
            }
        }
    }
}
