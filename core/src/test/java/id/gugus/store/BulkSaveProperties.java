package id.gugus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.PersonalData;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * {@code cases().saveAll}: whichever cases of a batch are invalid, the exception names exactly
 * their indexes and nothing is stored; a batch without an invalid case is stored whole, in order.
 */
class BulkSaveProperties {
    @Property(tries = 80)
    void aBatchNamesExactlyItsInvalidCasesOrIsStoredWhole(@ForAll @Size(max = 8) List<Boolean> invalid) {
        StoreWorld world = new StoreWorld();
        List<TraffickingCase> batch = new ArrayList<>();
        for (int i = 0; i < invalid.size(); i++) {
            TraffickingCase c = StoreWorld.newCase("LP/BULK/" + i, StoreWorld.SAMBAS, PersonalData.NONE);
            // Reported after the store's today (2026-03-15): CASE-DATE-FUTURE.
            batch.add(invalid.get(i) ? c.withReportedOn(LocalDate.of(2026, 3, 16)) : c);
        }
        Set<Integer> expected = IntStream.range(0, invalid.size()).filter(invalid::get).boxed()
                .collect(Collectors.toCollection(TreeSet::new));

        if (expected.isEmpty()) {
            List<Saved<TraffickingCase>> saved = world.store.cases().saveAll(batch);
            assertThat(saved).extracting(s -> s.stored().id()).containsExactlyElementsOf(
                    batch.stream().map(TraffickingCase::id).toList());
            assertThat(world.store.cases().count(CaseQuery.all())).isEqualTo(batch.size());
            return;
        }
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> world.store.cases().saveAll(batch));
        assertThat(e).isNotNull();
        assertThat(e.violations().stream().map(BulkSaveProperties::index).collect(Collectors.toSet()))
                .isEqualTo(expected);
        assertThat(e.violations()).extracting(Violation::ruleId).contains("CASE-DATE-FUTURE");
        assertThat(world.store.cases().count(CaseQuery.all())).isZero();
    }

    /** The index a batch's violation names: {@code [3].reportedOn} is 3. */
    private static int index(Violation v) {
        assertThat(v.path()).matches("\\[\\d+]\\..+");
        return Integer.parseInt(v.path().substring(1, v.path().indexOf(']')));
    }
}
