package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * Victims recorded in more than one case who look like one person (issue #6): the same NIK, or
 * the same name and birth date. It names cases and victims by id only; whoever reads it may
 * open the cases to compare.
 *
 * @param victims the victims the reader may see, in {@link VictimInCase} order
 * @param outsideScope always 0: a report derived from personal data reveals nothing outside the
 *     reader's scope, not even a count (issue #16); kept so that code built against it compiles,
 *     and to go
 */
public record DuplicateVictims(DuplicateReason reason, ImmutableList<VictimInCase> victims, int outsideScope) {
    public DuplicateVictims {
        Objects.requireNonNull(reason, "reason");
        victims = ImmutableList.sortedCopyOf(Objects.requireNonNull(victims, "victims"));
        if (outsideScope < 0) {
            throw new IllegalArgumentException("outsideScope is never negative");
        }
    }

    /** How many distinct cases of the group the reader can see. */
    public long visibleCases() {
        return victims.stream().map(VictimInCase::caseId).distinct().count();
    }
}
