package id.gugus.store;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.Objects;

/**
 * What a save did: the aggregate as stored, with its new version, and the warnings its validation
 * gave. Warnings never block a save; they say what the record still lacks (a task force that must
 * be re-formed, {@code TF-NONCOMPLIANT}; a plan without every cluster, {@code PLAN-CLUSTER-MISSING};
 * a case that cannot go to prosecution yet, {@code CASE-ELEMENTS}), so show them to whoever saved.
 *
 * <pre>{@code
 * Saved<TaskForce> saved = store.taskForces().save(taskForce);
 * saved.warnings().forEach(w -> show(w.format(locale)));
 * TaskForce current = saved.stored();                 // keep this copy for the next save
 * }</pre>
 *
 * @param stored the aggregate as the store now holds it, carrying its new version
 * @param warnings every warning of the validation, in the validator's order; never an error (an
 *     error refuses the save with a {@link id.gugus.error.ValidationException})
 * @param <A> the aggregate type
 */
public record Saved<A>(A stored, ImmutableList<Violation> warnings) {
    public Saved {
        Objects.requireNonNull(stored, "stored");
        warnings = ImmutableList.copyOf(Objects.requireNonNull(warnings, "warnings"));
        Preconditions.checkArgument(warnings.stream().noneMatch(Violation::isError),
                "a saved aggregate carries warnings only; an error refuses the save");
    }

    /** The stored copy with the warnings among {@code violations} (which must hold no error). */
    static <A> Saved<A> of(A stored, Violations violations) {
        return new Saved<>(stored, violations.warnings());
    }

    /** Whether the validation gave any warning. */
    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** Whether the validation gave a warning of the rule {@code ruleId} (for example {@code TF-NONCOMPLIANT}). */
    public boolean hasWarning(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return warnings.stream().anyMatch(w -> w.ruleId().equals(ruleId));
    }
}
