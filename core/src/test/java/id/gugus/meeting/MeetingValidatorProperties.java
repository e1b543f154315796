package id.gugus.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.AgencyId;
import id.gugus.taskforce.TaskForceId;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MeetingValidatorProperties {
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final List<AgencyId> AGENCIES = List.of(
            AgencyId.of("00000000-0000-4000-8000-0000000000a1"), AgencyId.of("00000000-0000-4000-8000-0000000000a2"),
            AgencyId.of("00000000-0000-4000-8000-0000000000a3"), AgencyId.of("00000000-0000-4000-8000-0000000000a4"),
            AgencyId.of("00000000-0000-4000-8000-0000000000a5"));
    // A small pool so that repeated ids happen often.
    private static final List<FollowUpId> IDS = List.of(
            FollowUpId.of("00000000-0000-4000-8000-0000000000f1"), FollowUpId.of("00000000-0000-4000-8000-0000000000f2"),
            FollowUpId.of("00000000-0000-4000-8000-0000000000f3"), FollowUpId.of("00000000-0000-4000-8000-0000000000f4"),
            FollowUpId.of("00000000-0000-4000-8000-0000000000f5"), FollowUpId.of("00000000-0000-4000-8000-0000000000f6"));
    private static final Set<String> RULE_IDS = Arrays.stream(MeetingRule.values()).map(MeetingRule::id).collect(Collectors.toSet());

    @Provide
    Arbitrary<CoordinationMeeting> meetings() {
        Arbitrary<LocalDate> date = Arbitraries.integers().between(0, 2000).map(FIRST_DAY::plusDays);
        Arbitrary<Integer> offset = Arbitraries.integers().between(-30, 90);
        Arbitrary<FollowUp> followUp = Combinators.combine(Arbitraries.of(IDS), Arbitraries.of(AGENCIES), offset,
                        offset.injectNull(0.5))
                // Offsets from the first day here; the meeting's own date shifts them below.
                .as((id, assignee, due, done) -> new FollowUp(id, "Tugas", assignee, FIRST_DAY.plusDays(due),
                        done == null ? null : FIRST_DAY.plusDays(done)));
        Arbitrary<Decision> decision = Combinators.combine(
                        Arbitraries.strings().withChars("Rapat {0}'#|").ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank()),
                        followUp.injectNull(0.3))
                .as(Decision::new);
        return Combinators.combine(date, Arbitraries.of(AGENCIES).set().ofMaxSize(5), decision.list().ofMaxSize(6))
                .as((day, participants, decisions) -> new CoordinationMeeting(MeetingId.random(), 0, "Rakor", day,
                        "Pontianak", TaskForceId.random(), ImmutableSet.copyOf(participants),
                        decisions.stream().map(d -> shift(d, day)).collect(ImmutableList.toImmutableList())));
    }

    private static Decision shift(Decision d, LocalDate day) {
        if (d.followUp() == null) {
            return d;
        }
        FollowUp f = d.followUp();
        long by = day.toEpochDay() - FIRST_DAY.toEpochDay();
        return new Decision(d.text(), new FollowUp(f.id(), f.task(), f.assignee(), f.due().plusDays(by),
                f.doneOn() == null ? null : f.doneOn().plusDays(by)));
    }

    @Property
    void theValidatorNeverThrowsAndReportsExactlyTheBrokenFollowUps(@ForAll("meetings") CoordinationMeeting m) {
        Violations v = MeetingValidator.validate(m);
        assertThat(v.all()).extracting(Violation::ruleId).allMatch(RULE_IDS::contains);
        List<FollowUp> followUps = m.followUps();
        assertThat(count(v, "MEETING-FOLLOWUP-DUE")).isEqualTo(followUps.stream().filter(f -> f.due().isBefore(m.date())).count());
        assertThat(count(v, "MEETING-FOLLOWUP-DONE"))
                .isEqualTo(followUps.stream().filter(f -> f.doneOn() != null && f.doneOn().isBefore(m.date())).count());
        assertThat(count(v, "MEETING-ASSIGNEE"))
                .isEqualTo(followUps.stream().filter(f -> !m.participants().contains(f.assignee())).count());
        Set<FollowUpId> seen = new HashSet<>();
        long repeats = followUps.stream().filter(f -> !seen.add(f.id())).count();
        assertThat(count(v, "MEETING-FOLLOWUP-ID")).isEqualTo(repeats);
        assertThat(v.warnings()).extracting(Violation::ruleId).allMatch("MEETING-ASSIGNEE"::equals);
    }

    @Property
    void aFollowUpsStateNeverGoesBackAsDaysPass(@ForAll("meetings") CoordinationMeeting m,
            @ForAll @IntRange(min = -100, max = 200) int day, @ForAll @IntRange(min = 0, max = 100) int later) {
        LocalDate today = m.date().plusDays(day);
        for (FollowUp f : m.followUps()) {
            FollowUpState now = f.stateOn(today);
            FollowUpState then = f.stateOn(today.plusDays(later));
            if (now == FollowUpState.DONE) {
                assertThat(then).isEqualTo(FollowUpState.DONE);
            }
            if (now == FollowUpState.OVERDUE) {
                assertThat(then).isIn(FollowUpState.OVERDUE, FollowUpState.DONE);
            }
        }
        int total = 0;
        for (FollowUpState s : FollowUpState.values()) {
            total += m.followUpsIn(s, today).size();
        }
        assertThat(total).as("every follow-up is in exactly one state").isEqualTo(m.followUps().size());
    }

    private static long count(Violations v, String ruleId) {
        return v.all().stream().filter(x -> x.ruleId().equals(ruleId)).count();
    }
}
