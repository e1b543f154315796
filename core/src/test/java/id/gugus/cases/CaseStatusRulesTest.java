package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.REPORTED_ON;
import static id.gugus.cases.CaseFixtures.TODAY;
import static id.gugus.cases.ViolationAssert.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.gugus.validation.Violations;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStatusRulesTest {
    /** The forward steps of criminal procedure, written out rather than derived from the enum. */
    private static final Set<String> FORWARD = Set.of("REPORTED>INQUIRY", "INQUIRY>INVESTIGATION",
            "INVESTIGATION>PROSECUTION", "PROSECUTION>TRIAL", "TRIAL>VERDICT");
    private static final Map<CaseStatus, String> EN = Map.of(CaseStatus.REPORTED, "reported", CaseStatus.INQUIRY,
            "inquiry", CaseStatus.INVESTIGATION, "investigation", CaseStatus.PROSECUTION, "prosecution",
            CaseStatus.TRIAL, "trial", CaseStatus.VERDICT, "verdict", CaseStatus.CLOSED, "closed");
    private static final Map<CaseStatus, String> ID = Map.of(CaseStatus.REPORTED, "dilaporkan", CaseStatus.INQUIRY,
            "penyelidikan", CaseStatus.INVESTIGATION, "penyidikan", CaseStatus.PROSECUTION, "penuntutan",
            CaseStatus.TRIAL, "persidangan", CaseStatus.VERDICT, "putusan", CaseStatus.CLOSED, "ditutup");

    /** The clean case set directly into {@code status}, without history (as if imported). */
    private static TraffickingCase in(CaseStatus status) {
        TraffickingCase c = CaseFixtures.clean();
        return new TraffickingCase(c.id(), 3, c.number(), c.registeredIn(), c.reportedOn(), status,
                status == CaseStatus.CLOSED ? "Penyidikan dihentikan" : null, c.victims(), c.suspects(), c.route(),
                ImmutableList.of());
    }

    static Stream<Arguments> everyPair() {
        return EnumSet.allOf(CaseStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(CaseStatus.class).stream().map(to -> Arguments.of(from, to)));
    }

    @Nested
    class Transition {
        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("id.gugus.cases.CaseStatusRulesTest#everyPair")
        void the_transition_table(CaseStatus from, CaseStatus to) {
            boolean legal = from == to || FORWARD.contains(from + ">" + to)
                    || (from != CaseStatus.CLOSED && to == CaseStatus.CLOSED);
            Violations found = CaseValidator.validateChange(in(from), in(to));
            if (legal) {
                assertThat(found.all()).isEmpty();
            } else {
                only(found, CaseRule.STATUS_TRANSITION, "status", "dari " + ID.get(from) + " ke " + ID.get(to),
                        "from " + EN.get(from) + " to " + EN.get(to));
            }
        }

        @Test
        void the_table_has_six_forward_steps_six_closings_seven_stays_and_thirty_refusals() {
            long legal = everyPair().map(Arguments::get)
                    .filter(p -> CaseValidator.validateChange(in((CaseStatus) p[0]), in((CaseStatus) p[1])).isEmpty())
                    .count();
            assertThat(legal).isEqualTo(5 + 6 + 7);
        }

        @Test
        void the_stored_history_may_only_grow() {
            TraffickingCase stored = CaseFixtures.at(CaseFixtures.clean(), CaseStatus.INVESTIGATION);
            TraffickingCase rewritten = new TraffickingCase(stored.id(), stored.version(), stored.number(),
                    stored.registeredIn(), stored.reportedOn(), stored.status(), null, stored.victims(),
                    stored.suspects(), stored.route(), stored.statusHistory().subList(1, 2));
            only(CaseValidator.validateChange(stored, rewritten), CaseRule.STATUS_HISTORY, "statusHistory",
                    "hanya boleh bertambah", "may only grow");
            assertThat(CaseValidator.validateChange(stored, stored.moveTo(CaseStatus.PROSECUTION, TODAY)).all()).isEmpty();
        }
    }

    @Nested
    class ClosingReason {
        @Test
        void a_closed_case_needs_a_reason() {
            TraffickingCase closed = in(CaseStatus.CLOSED);
            TraffickingCase blank = new TraffickingCase(closed.id(), 0, closed.number(), closed.registeredIn(),
                    closed.reportedOn(), CaseStatus.CLOSED, "  ", closed.victims(), closed.suspects(), closed.route(),
                    ImmutableList.of());
            only(CaseValidator.validate(blank, TODAY), CaseRule.CLOSING_REASON, "closingReason",
                    "wajib mencantumkan alasan penutupan", "needs the reason it was closed");
        }

        @Test
        void an_open_case_has_no_closing_reason() {
            TraffickingCase open = in(CaseStatus.INQUIRY);
            TraffickingCase reasoned = new TraffickingCase(open.id(), 0, open.number(), open.registeredIn(),
                    open.reportedOn(), CaseStatus.INQUIRY, "Dihentikan", open.victims(), open.suspects(), open.route(),
                    ImmutableList.of());
            only(CaseValidator.validate(reasoned, TODAY), CaseRule.CLOSING_REASON, "closingReason",
                    "hanya diisi untuk perkara yang ditutup", "Only a closed case has a closing reason");
        }

        @Test
        void a_closed_case_with_its_reason_is_fine() {
            assertThat(CaseValidator.validate(in(CaseStatus.CLOSED), TODAY).all()).isEmpty();
            assertThat(CaseValidator.validate(CaseFixtures.at(CaseFixtures.clean(), CaseStatus.CLOSED), TODAY).all())
                    .isEmpty();
        }

        @Test
        void a_closing_step_in_the_history_needs_its_reason() {
            TraffickingCase c = in(CaseStatus.CLOSED);
            TraffickingCase noReason = new TraffickingCase(c.id(), 0, c.number(), c.registeredIn(), c.reportedOn(),
                    CaseStatus.CLOSED, "Penyidikan dihentikan", c.victims(), c.suspects(), c.route(),
                    ImmutableList.of(new StatusChange(CaseStatus.REPORTED, CaseStatus.CLOSED, REPORTED_ON, null)));
            only(CaseValidator.validate(noReason, TODAY), CaseRule.CLOSING_REASON, "statusHistory[0].reason",
                    "alasan penutupan", "reason it was closed");
        }
    }

    @Nested
    class ProsecutionElements {
        private TraffickingCase incomplete(CaseStatus status) {
            TraffickingCase c = in(status);
            return c.replaceVictim(c.victims().get(1).toBuilder().purposes().build());
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = {"PROSECUTION", "TRIAL", "VERDICT"})
        void from_prosecution_on_every_victims_elements_must_be_complete(CaseStatus status) {
            Violations found = CaseValidator.validate(incomplete(status), TODAY);
            ViolationAssert.single(found, CaseRule.PROSECUTION_ELEMENTS, "victims[1].elements",
                    "tahap " + ID.get(status) + ", tetapi unsur", "at the " + EN.get(status) + " stage");
            ViolationAssert.single(found, CaseRule.ELEMENTS, "victims[1].elements", "anak", "child");
            assertThat(found.all()).hasSize(2);
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = {"REPORTED", "INQUIRY", "INVESTIGATION", "CLOSED"})
        void before_prosecution_or_once_closed_incomplete_elements_are_only_a_warning(CaseStatus status) {
            Violations found = CaseValidator.validate(incomplete(status), TODAY);
            only(found, CaseRule.ELEMENTS, "victims[1].elements", "belum lengkap", "incomplete");
            assertThat(found.hasErrors()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = {"PROSECUTION", "TRIAL", "VERDICT"})
        void complete_elements_pass_at_every_stage(CaseStatus status) {
            assertThat(CaseValidator.validate(in(status), TODAY).all()).isEmpty();
        }
    }

    @Nested
    class History {
        private TraffickingCase with(CaseStatus status, StatusChange... steps) {
            TraffickingCase c = in(status);
            return new TraffickingCase(c.id(), 0, c.number(), c.registeredIn(), c.reportedOn(), status,
                    c.closingReason(), c.victims(), c.suspects(), c.route(), ImmutableList.copyOf(steps));
        }

        @Test
        void a_step_must_start_where_the_previous_ended() {
            TraffickingCase c = with(CaseStatus.PROSECUTION,
                    new StatusChange(CaseStatus.REPORTED, CaseStatus.INQUIRY, REPORTED_ON, null),
                    new StatusChange(CaseStatus.INVESTIGATION, CaseStatus.PROSECUTION, REPORTED_ON, null));
            only(CaseValidator.validate(c, TODAY), CaseRule.STATUS_HISTORY, "statusHistory[1].from",
                    "tidak dimulai dari status akhir", "does not start where the previous one ended");
        }

        @Test
        void the_last_step_leads_to_the_current_status() {
            TraffickingCase c = with(CaseStatus.INVESTIGATION,
                    new StatusChange(CaseStatus.REPORTED, CaseStatus.INQUIRY, REPORTED_ON, null));
            only(CaseValidator.validate(c, TODAY), CaseRule.STATUS_HISTORY, "statusHistory[0].to",
                    "tidak berakhir pada status perkara saat ini", "does not lead to the current status");
        }

        @Test
        void an_illegal_step_in_the_history_is_a_transition_error() {
            TraffickingCase c = with(CaseStatus.PROSECUTION,
                    new StatusChange(CaseStatus.REPORTED, CaseStatus.PROSECUTION, REPORTED_ON, null));
            only(CaseValidator.validate(c, TODAY), CaseRule.STATUS_TRANSITION, "statusHistory[0]",
                    "dari dilaporkan ke penuntutan", "from reported to prosecution");
        }

        @Test
        void a_history_made_by_moving_step_by_step_is_fine() {
            for (CaseStatus status : CaseStatus.values()) {
                TraffickingCase c = CaseFixtures.at(CaseFixtures.clean(), status);
                assertThat(CaseValidator.validate(c, TODAY).all()).as("%s", status).isEmpty();
            }
        }
    }
}
