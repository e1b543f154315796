package id.gugus.cases;

import id.gugus.common.Texts;
import id.gugus.security.Actor;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The case work beside the criminal procedure: its state (HTCDS 2.0 {@code cas_Status}), since
 * when, and the case owner (HTCDS {@code cas_CaseOwner}), the actor who manages the case. An open
 * state names an owner ({@code CASE-OWNER}); closed-referred needs a referral ({@code CASE-MANAGEMENT-REFERRED}).
 *
 * @param owner the id of the actor ({@link Actor#id()}) who owns the case; null if nobody does
 * @param since when the case entered this state
 */
public record CaseManagement(CaseManagementState state, String owner, LocalDate since) {
    public CaseManagement {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Texts.optional(owner, "management.owner", Actor.MAX_ID_LENGTH);
    }

    /** Active since the date, owned by the actor. */
    public static CaseManagement active(String owner, LocalDate since) {
        return new CaseManagement(CaseManagementState.ACTIVE, owner, since);
    }

    /** In a new state from the date, with the same owner. */
    public CaseManagement moveTo(CaseManagementState next, LocalDate on) {
        return new CaseManagement(next, owner, on);
    }

    /** Handed to another owner, in the same state. */
    public CaseManagement withOwner(String other) {
        return new CaseManagement(state, other, since);
    }
}
