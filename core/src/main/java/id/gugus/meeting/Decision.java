package id.gugus.meeting;

import id.gugus.common.Texts;

/**
 * A decision of a coordination meeting, with the follow-up it requires.
 *
 * @param followUp null for a decision that needs no action
 */
public record Decision(String text, FollowUp followUp) {
    public Decision {
        Texts.required(text, "decision.text", Texts.LONG);
    }

    public boolean hasFollowUp() {
        return followUp != null;
    }
}
