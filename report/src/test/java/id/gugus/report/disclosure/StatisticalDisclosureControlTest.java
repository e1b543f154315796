package id.gugus.report.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.gugus.error.ValidationException;
import id.gugus.report.table.Cell;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.report.table.Unit;
import id.gugus.validation.RuleMessages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Disclosure control on small tables whose right answer can be worked out by hand. */
class StatisticalDisclosureControlTest {

    @Test
    void aCellBelowKIsSuppressedWithTheSmallestCellThatWouldGiveItAway() {
        // 6 + 32 + 32 + 0 = 70: 6 alone would be 70 − 64; with the first 32 hidden too, 6 lies in 1..37.
        CountTable ages = CountTable.oneWay("ages", "AGE_BAND", "victims", ImmutableList.of("a", "b", "c", "d"),
                ImmutableList.of(6L, 32L, 32L, 0L));
        Suppression s = StatisticalDisclosureControl.apply(DisclosurePolicy.standard(), List.of(ages));
        CountTable published = s.tables().get(0);
        assertThat(published.cells()).extracting(row -> row.get(0)).containsExactly(Cell.suppressed(),
                Cell.suppressed(), Cell.of(32), Cell.of(0));
        assertThat(published.total()).isEqualTo(Cell.of(70));
        assertThat(s.perTable()).containsExactly(new TableSuppression("ages", 5, 1, 1));
    }

    @Test
    void aSharedTotalLinksTables() {
        // Sexes alone need nothing; but when the total must go to protect 5 + 7 = 12 in the other
        // table, it goes in both, and the sexes then protect it.
        CountTable origin = CountTable.oneWay("origin", "AREA", "victims", ImmutableList.of("a", "b"),
                ImmutableList.of(5L, 7L));
        CountTable sex = CountTable.oneWay("sex", "SEX", "victims", ImmutableList.of("F", "M"),
                ImmutableList.of(0L, 12L));
        Suppression s = StatisticalDisclosureControl.apply(DisclosurePolicy.standard(), List.of(origin, sex));
        assertThat(s.tables().get(0).total().isSuppressed()).isTrue();
        assertThat(s.tables().get(1).total().isSuppressed()).isTrue();
        assertThat(s.tables().get(1).at(Position.cell(1, 0)).isSuppressed()).as("12 = total − 0").isTrue();
        assertThat(s.tables().get(1).at(Position.cell(0, 0))).as("zeros stay").isEqualTo(Cell.of(0));
    }

    @Test
    void anAmountGoesWithTheCountOfItsRow() {
        CountTable restitution = CountTable.list("restitution", "STAGE", "FIGURE", ImmutableList.of("CLAIMED", "GRANTED"),
                ImmutableList.of("VICTIMS", "AMOUNT"), ImmutableList.of(Unit.COUNT, Unit.RUPIAH),
                new long[][] {{42, 1_258_000_000L}, {3, 90_000_000L}});
        CountTable published = StatisticalDisclosureControl.apply(DisclosurePolicy.standard(), List.of(restitution))
                .tables().get(0);
        assertThat(published.cells().get(0)).containsExactly(Cell.of(42), Cell.of(1_258_000_000L));
        assertThat(published.cells().get(1)).containsExactly(Cell.suppressed(), Cell.suppressed());
    }

    @Test
    void kBelowThreeIsRefusedByItsRule() {
        assertThatThrownBy(() -> DisclosurePolicy.of(2)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.violations().get(0).ruleId()).isEqualTo("DISCLOSURE-K-MINIMUM");
            assertThat(e.violations().get(0).path()).isEqualTo("k");
            assertThat(e.getMessage()).contains("at least 3", "given: 2");
            assertThat(e.getMessage(RuleMessages.INDONESIAN)).contains("paling sedikit 3", "diberikan: 2");
        });
        assertThatThrownBy(() -> DisclosurePolicy.standard().withProtection(0))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations().get(0).ruleId()).isEqualTo("DISCLOSURE-PROTECTION-MINIMUM"));
        assertThat(DisclosurePolicy.standard()).isEqualTo(new DisclosurePolicy(11, 10));
    }

    @Test
    void tablesThatDisagreeOnASharedTotalAreRefused() {
        CountTable a = CountTable.oneWay("a", "X", "victims", ImmutableList.of("x"), ImmutableList.of(20L));
        CountTable b = CountTable.oneWay("b", "Y", "victims", ImmutableList.of("y"), ImmutableList.of(21L));
        assertThatThrownBy(() -> StatisticalDisclosureControl.apply(DisclosurePolicy.standard(), List.of(a, b)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disagree on the number of victims");
    }
}
