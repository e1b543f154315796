package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.REPORTED_ON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.error.NotFoundException;
import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TraffickingCaseTest {
    private static final LocalDate LATER = REPORTED_ON.plusMonths(1);

    @Test
    void register_opens_an_empty_reported_case() {
        TraffickingCase c = TraffickingCase.register(CaseNumber.of("LP/B/1/2024"), CaseFixtures.KALBAR, REPORTED_ON);
        assertThat(c.status()).isEqualTo(CaseStatus.REPORTED);
        assertThat(c.version()).isZero();
        assertThat(c.victims()).isEmpty();
        assertThat(c.suspects()).isEmpty();
        assertThat(c.statusHistory()).isEmpty();
        assertThat(c.route()).isEqualTo(Route.UNKNOWN);
        assertThat(c.closingReason()).isNull();
        assertThat(c.id()).isNotEqualTo(
                TraffickingCase.register(CaseNumber.of("LP/B/1/2024"), CaseFixtures.KALBAR, REPORTED_ON).id());
    }

    @Nested
    class Copies {
        @Test
        void adding_victims_suspects_and_a_route_returns_new_copies() {
            TraffickingCase empty = TraffickingCase.register(CaseNumber.of("LP/1"), CaseFixtures.KALBAR, REPORTED_ON);
            Victim a = CaseFixtures.adult().build();
            Victim b = CaseFixtures.child().build();
            Victim c = CaseFixtures.child().build();
            TraffickingCase full = empty.withVictim(a).withVictims(List.of(b, c)).withSuspect(CaseFixtures.agency())
                    .withRoute(CaseFixtures.scamRoute());
            assertThat(empty.victims()).isEmpty();
            assertThat(empty.suspects()).isEmpty();
            assertThat(full.victims()).containsExactly(a, b, c);
            assertThat(full.suspects()).hasSize(1);
            assertThat(full.route().exploitationAbroad()).isTrue();
            assertThat(full.id()).isEqualTo(empty.id());
        }

        @Test
        void replace_victim_keeps_the_place_in_the_list() {
            TraffickingCase c = CaseFixtures.clean();
            Victim changed = c.victims().get(0).toBuilder().controlMethods(ControlMethod.THREATS).build();
            TraffickingCase after = c.replaceVictim(changed);
            assertThat(after.victims()).containsExactly(changed, c.victims().get(1));
            assertThat(c.victims().get(0).controlMethods()).doesNotContain(ControlMethod.THREATS);
        }

        @Test
        void replacing_an_unknown_victim_is_not_found() {
            assertThatThrownBy(() -> CaseFixtures.clean().replaceVictim(CaseFixtures.adult().build()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    class Moving {
        @Test
        void each_step_is_recorded() {
            TraffickingCase c = CaseFixtures.clean().moveTo(CaseStatus.INQUIRY, REPORTED_ON)
                    .moveTo(CaseStatus.INVESTIGATION, LATER);
            assertThat(c.status()).isEqualTo(CaseStatus.INVESTIGATION);
            assertThat(c.statusHistory()).containsExactly(
                    new StatusChange(CaseStatus.REPORTED, CaseStatus.INQUIRY, REPORTED_ON, null),
                    new StatusChange(CaseStatus.INQUIRY, CaseStatus.INVESTIGATION, LATER, null));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("id.gugus.cases.CaseStatusRulesTest#everyPair")
        void move_to_takes_exactly_one_step_forward(CaseStatus from, CaseStatus to) {
            TraffickingCase c = CaseFixtures.at(CaseFixtures.clean(), from);
            LocalDate on = REPORTED_ON.plusYears(1);
            if (to != CaseStatus.CLOSED && from != CaseStatus.CLOSED && to.ordinal() == from.ordinal() + 1) {
                assertThat(c.moveTo(to, on).status()).isEqualTo(to);
            } else if (to == CaseStatus.CLOSED && from != CaseStatus.CLOSED) {
                assertThat(refusal(() -> c.moveTo(to, on))).singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("CASE-CLOSING-REASON");
                    assertThat(v.path()).isEqualTo("closingReason");
                });
            } else {
                assertThat(refusal(() -> c.moveTo(to, on))).singleElement().satisfies(v -> {
                    assertThat(v.ruleId()).isEqualTo("CASE-STATUS-TRANSITION");
                    assertThat(v.path()).isEqualTo("status");
                    assertThat(v.messageEn()).contains("cannot move from");
                    assertThat(v.messageId()).contains("tidak dapat berpindah dari");
                });
            }
        }

        @Test
        void prosecution_needs_complete_elements_for_every_victim() {
            TraffickingCase c = CaseFixtures.reported(CaseFixtures.adult().means().build(), CaseFixtures.child().build(),
                    CaseFixtures.child().acts().build());
            TraffickingCase investigated = CaseFixtures.at(c, CaseStatus.INVESTIGATION);
            assertThat(refusal(() -> investigated.moveTo(CaseStatus.PROSECUTION, LATER.plusMonths(5))))
                    .extracting(Violation::ruleId, Violation::path)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("CASE-PROSECUTION-ELEMENTS", "victims[0].elements"),
                            org.assertj.core.groups.Tuple.tuple("CASE-PROSECUTION-ELEMENTS", "victims[2].elements"));
        }

        @Test
        void completing_the_elements_opens_the_way_to_prosecution() {
            TraffickingCase c = CaseFixtures.at(CaseFixtures.reported(CaseFixtures.adult().means().build()),
                    CaseStatus.INVESTIGATION);
            TraffickingCase completed = c.replaceVictim(c.victims().get(0).toBuilder()
                    .means(Means.FRAUD_OR_DECEPTION, Means.ABUSE_OF_VULNERABILITY).build());
            assertThat(completed.moveTo(CaseStatus.PROSECUTION, LATER.plusMonths(5)).status())
                    .isEqualTo(CaseStatus.PROSECUTION);
        }

        @Test
        void a_step_dated_before_the_last_one_is_refused_with_every_reason() {
            TraffickingCase inquiry = CaseFixtures.clean().moveTo(CaseStatus.INQUIRY, LATER);
            assertThat(refusal(() -> inquiry.moveTo(CaseStatus.PROSECUTION, LATER.minusDays(1))))
                    .extracting(Violation::ruleId, Violation::path).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("CASE-STATUS-TRANSITION", "status"),
                            org.assertj.core.groups.Tuple.tuple("CASE-DATE-ORDER", "statusHistory[1].on"));
        }

        @Test
        void a_step_before_the_report_is_refused() {
            assertThat(refusal(() -> CaseFixtures.clean().moveTo(CaseStatus.INQUIRY, REPORTED_ON.minusDays(1))))
                    .singleElement().satisfies(v -> {
                        assertThat(v.ruleId()).isEqualTo("CASE-DATE-ORDER");
                        assertThat(v.path()).isEqualTo("statusHistory[0].on");
                    });
        }
    }

    @Nested
    class Closing {
        @Test
        void close_from_any_open_stage_with_a_reason() {
            for (CaseStatus open : List.of(CaseStatus.REPORTED, CaseStatus.INQUIRY, CaseStatus.INVESTIGATION,
                    CaseStatus.PROSECUTION, CaseStatus.TRIAL, CaseStatus.VERDICT)) {
                TraffickingCase c = CaseFixtures.at(CaseFixtures.clean(), open).close(LATER.plusYears(1), "Putusan inkracht");
                assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
                assertThat(c.closingReason()).isEqualTo("Putusan inkracht");
                assertThat(c.statusHistory().get(c.statusHistory().size() - 1))
                        .isEqualTo(new StatusChange(open, CaseStatus.CLOSED, LATER.plusYears(1), "Putusan inkracht"));
            }
        }

        @Test
        void closing_without_a_reason_is_refused() {
            assertThat(refusal(() -> CaseFixtures.clean().close(LATER, " "))).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo("CASE-CLOSING-REASON");
                assertThat(v.messageId()).contains("alasan penutupan");
                assertThat(v.messageEn()).contains("needs the reason");
            });
        }

        @Test
        void nothing_comes_after_closing() {
            TraffickingCase closed = CaseFixtures.clean().close(LATER, "SP3");
            assertThat(refusal(() -> closed.close(LATER, "again"))).extracting(Violation::ruleId)
                    .containsExactly("CASE-STATUS-TRANSITION");
            assertThat(refusal(() -> closed.moveTo(CaseStatus.INQUIRY, LATER))).extracting(Violation::ruleId)
                    .containsExactly("CASE-STATUS-TRANSITION");
        }
    }

    @Test
    void to_string_shows_no_person() {
        TraffickingCase c = CaseFixtures.clean();
        assertThat(c.toString()).contains(c.id().toString(), "REPORTED", "victims=2", "suspects=2")
                .doesNotContain("Siti", "Budi", "Andi", "PT Contoh", CaseFixtures.ADULT_NIK, CaseFixtures.CHILD_NIK,
                        CaseFixtures.SUSPECT_NIK, "+62", "Tanjungpura");
        assertThat(c.victims().get(0).toString()).doesNotContain("Siti", CaseFixtures.ADULT_NIK, "+62", "Tanjungpura");
        assertThat(c.suspects().get(0).toString()).doesNotContain("Andi", CaseFixtures.SUSPECT_NIK);
    }

    private static List<Violation> refusal(org.assertj.core.api.ThrowableAssert.ThrowingCallable step) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(step);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return ((ValidationException) thrown).violations();
    }
}
