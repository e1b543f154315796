package id.gugus.cases;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;

/**
 * The three elements of trafficking as established for one victim (UU 21/2007 Art. 1(1)):
 * acts, means and purposes (the exploitation types). An adult's case needs all three; a
 * child's needs act and purpose. Consent never removes the crime, so it is not an element.
 */
public record LegalElements(ImmutableSet<Act> acts, ImmutableSet<Means> means, ImmutableSet<ExploitationType> purposes) {
    public static final LegalElements NONE = new LegalElements(ImmutableSet.of(), ImmutableSet.of(), ImmutableSet.of());

    public LegalElements {
        acts = ImmutableSet.copyOf(Objects.requireNonNull(acts, "acts"));
        means = ImmutableSet.copyOf(Objects.requireNonNull(means, "means"));
        purposes = ImmutableSet.copyOf(Objects.requireNonNull(purposes, "purposes"));
    }

    /** Complete for a child: act and purpose. Complete for an adult: act, means and purpose. */
    public boolean completeFor(boolean child) {
        return !acts.isEmpty() && !purposes.isEmpty() && (child || !means.isEmpty());
    }
}
