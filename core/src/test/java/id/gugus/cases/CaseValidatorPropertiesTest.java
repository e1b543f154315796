package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The validators report; they never throw, whatever the case holds. */
class CaseValidatorPropertiesTest {
    private static final Map<String, CaseRule> RULES =
            Arrays.stream(CaseRule.values()).collect(Collectors.toMap(CaseRule::id, Function.identity()));

    @Provide
    Arbitrary<TraffickingCase> cases() {
        return CaseArbitraries.cases();
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return CaseArbitraries.anyDates();
    }

    @Provide
    Arbitrary<Victim> victims() {
        return CaseArbitraries.victims();
    }

    /** Guards the generator: each try gets a fresh builder, so lists never pile up across tries. */
    @Property
    void generated_victims_are_independent(@ForAll("victims") Victim v) {
        assertThat(v.restitution()).hasSizeLessThanOrEqualTo(5);
        assertThat(v.services()).hasSizeLessThanOrEqualTo(3);
        assertThat(v.referrals()).hasSizeLessThanOrEqualTo(3);
    }

    @Property
    void validate_only_returns_violations_of_the_catalogue(@ForAll("cases") TraffickingCase c, @ForAll("days") LocalDate today) {
        Violations found = CaseValidator.validate(c, today);
        for (Violation v : found.all()) {
            assertThat(RULES).containsKey(v.ruleId());
            assertThat(v.severity()).isEqualTo(RULES.get(v.ruleId()).severity());
            assertThat(v.messageId()).isNotBlank().isNotEqualTo(v.messageEn());
            assertThat(v.path()).isNotBlank();
        }
    }

    @Property
    void validate_change_never_throws(@ForAll("cases") TraffickingCase stored, @ForAll("cases") TraffickingCase updated) {
        Violations found = CaseValidator.validateChange(stored, updated);
        assertThat(found.all()).extracting(Violation::ruleId)
                .isSubsetOf("CASE-STATUS-TRANSITION", "CASE-STATUS-HISTORY", "CASE-PERSONAL-DATA-ERASED");
    }

    @Property
    void moving_or_closing_either_succeeds_or_refuses_with_rules(@ForAll("cases") TraffickingCase c,
            @ForAll CaseStatus next, @ForAll("days") LocalDate on) {
        Throwable moved = catchThrowable(() -> c.moveTo(next, on));
        Throwable closed = catchThrowable(() -> c.close(on, "Penyidikan dihentikan"));
        for (Throwable t : new Throwable[] {moved, closed}) {
            if (t != null) {
                assertThat(t).isInstanceOf(ValidationException.class);
                assertThat(((ValidationException) t).violations()).allMatch(v -> RULES.containsKey(v.ruleId()));
            }
        }
    }

    @Property
    void a_legal_step_keeps_the_change_valid(@ForAll("cases") TraffickingCase c, @ForAll CaseStatus next,
            @ForAll("days") LocalDate on) {
        TraffickingCase after;
        try {
            after = next == CaseStatus.CLOSED ? c.close(on, "SP3") : c.moveTo(next, on);
        } catch (ValidationException refused) {
            return;
        }
        assertThat(CaseValidator.validateChange(c, after).all()).isEmpty();
        assertThat(after.statusHistory()).hasSize(c.statusHistory().size() + 1);
    }
}
