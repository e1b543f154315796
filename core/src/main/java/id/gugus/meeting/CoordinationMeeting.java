package id.gugus.meeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.AgencyId;
import id.gugus.common.Aggregate;
import id.gugus.common.Dates;
import id.gugus.common.Texts;
import id.gugus.error.NotFoundException;
import id.gugus.taskforce.TaskForceId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * A coordination meeting (rakor) hosted by a task force, and its decisions (docs/meetings.md).
 *
 * <p>The {@code with…} methods and {@link #markDone} return changed copies and do not check
 * the business rules: {@link MeetingValidator} reports all of them together before a save.
 * Nothing here reads the system clock; states are asked for on a date the caller supplies.
 */
public record CoordinationMeeting(
        MeetingId id,
        long version,
        String title,
        LocalDate date,
        String venue,
        TaskForceId host,
        ImmutableSet<AgencyId> participants,
        ImmutableList<Decision> decisions)
        implements Aggregate<MeetingId, CoordinationMeeting> {

    public CoordinationMeeting {
        Objects.requireNonNull(id, "id");
        Texts.required(title, "meeting.title", Texts.SHORT);
        Dates.inRange(Objects.requireNonNull(date, "date"), "meeting.date");
        Texts.required(venue, "meeting.venue", Texts.SHORT);
        Objects.requireNonNull(host, "host");
        participants = ImmutableSet.copyOf(Objects.requireNonNull(participants, "participants"));
        decisions = ImmutableList.copyOf(Objects.requireNonNull(decisions, "decisions"));
    }

    /** A new, unsaved meeting with no decisions yet. */
    public static CoordinationMeeting record(
            String title, LocalDate date, String venue, TaskForceId host, Collection<AgencyId> participants) {
        return new CoordinationMeeting(MeetingId.random(), 0, title, date, venue, host,
                ImmutableSet.copyOf(Objects.requireNonNull(participants, "participants")), ImmutableList.of());
    }

    public CoordinationMeeting withTitle(String title) {
        return new CoordinationMeeting(id, version, title, date, venue, host, participants, decisions);
    }

    /** On another date; {@link MeetingValidator} checks the follow-ups' dates against it. */
    public CoordinationMeeting withDate(LocalDate date) {
        return new CoordinationMeeting(id, version, title, date, venue, host, participants, decisions);
    }

    public CoordinationMeeting withVenue(String venue) {
        return new CoordinationMeeting(id, version, title, date, venue, host, participants, decisions);
    }

    /** Adds a participating agency after the others (no change if it is one already). */
    public CoordinationMeeting withParticipant(AgencyId agency) {
        Objects.requireNonNull(agency, "agency");
        return new CoordinationMeeting(id, version, title, date, venue, host,
                ImmutableSet.<AgencyId>builder().addAll(participants).add(agency).build(), decisions);
    }

    /** Without that participating agency (no change if it took no part). */
    public CoordinationMeeting withoutParticipant(AgencyId agency) {
        Objects.requireNonNull(agency, "agency");
        ImmutableSet<AgencyId> rest = participants.stream().filter(p -> !p.equals(agency))
                .collect(ImmutableSet.toImmutableSet());
        return new CoordinationMeeting(id, version, title, date, venue, host, rest, decisions);
    }

    /** A decision that needs no action (e.g. noting a report). */
    public CoordinationMeeting withDecision(String text) {
        return withDecision(new Decision(text, null));
    }

    /** A decision and the follow-up it requires, with a fresh follow-up id (see {@link #followUps()}). */
    public CoordinationMeeting withDecision(String text, String task, AgencyId assignee, LocalDate due) {
        return withDecision(new Decision(text, FollowUp.assign(task, assignee, due)));
    }

    public CoordinationMeeting withDecision(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return withDecisions(ImmutableList.<Decision>builder().addAll(decisions).add(decision).build());
    }

    /**
     * Records the follow-up as done on {@code doneOn}; marking it again corrects the date.
     *
     * @throws NotFoundException if no decision of this meeting has that follow-up
     */
    public CoordinationMeeting markDone(FollowUpId followUp, LocalDate doneOn) {
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(doneOn, "doneOn");
        boolean found = false;
        ImmutableList.Builder<Decision> changed = ImmutableList.builder();
        for (Decision d : decisions) {
            if (d.hasFollowUp() && d.followUp().id().equals(followUp)) {
                changed.add(new Decision(d.text(), d.followUp().doneOn(doneOn)));
                found = true;
            } else {
                changed.add(d);
            }
        }
        if (!found) {
            throw new NotFoundException("follow-up", followUp);
        }
        return withDecisions(changed.build());
    }

    /** Every follow-up, in decision order. */
    public ImmutableList<FollowUp> followUps() {
        return decisions.stream().filter(Decision::hasFollowUp).map(Decision::followUp)
                .collect(ImmutableList.toImmutableList());
    }

    /** The follow-ups in {@code state} on {@code today}, a date from the caller's clock. */
    public ImmutableList<FollowUp> followUpsIn(FollowUpState state, LocalDate today) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(today, "today");
        return followUps().stream().filter(f -> f.stateOn(today) == state).collect(ImmutableList.toImmutableList());
    }

    @Override
    public CoordinationMeeting withVersion(long version) {
        return new CoordinationMeeting(id, version, title, date, venue, host, participants, decisions);
    }

    private CoordinationMeeting withDecisions(ImmutableList<Decision> changed) {
        return new CoordinationMeeting(id, version, title, date, venue, host, participants, changed);
    }
}
