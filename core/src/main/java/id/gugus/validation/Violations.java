package id.gugus.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/** The result of validating one object: every violation found, errors and warnings. */
public record Violations(ImmutableList<Violation> all) {
    private static final Violations NONE = new Violations(ImmutableList.of());

    public Violations {
        all = ImmutableList.copyOf(Objects.requireNonNull(all, "all"));
    }

    public static Violations none() {
        return NONE;
    }

    public static Violations of(Violation... violations) {
        return new Violations(ImmutableList.copyOf(violations));
    }

    public static Violations of(List<Violation> violations) {
        return new Violations(ImmutableList.copyOf(violations));
    }

    public ImmutableList<Violation> errors() {
        return all.stream().filter(Violation::isError).collect(ImmutableList.toImmutableList());
    }

    public ImmutableList<Violation> warnings() {
        return all.stream().filter(v -> !v.isError()).collect(ImmutableList.toImmutableList());
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Violation::isError);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public boolean contains(String ruleId) {
        return all.stream().anyMatch(v -> v.ruleId().equals(ruleId));
    }

    /** Every violation with its path under {@code parent} (see {@link Violation#under}). */
    public Violations under(String parent) {
        return new Violations(all.stream().map(v -> v.under(parent)).collect(ImmutableList.toImmutableList()));
    }

    public Violations and(Violations other) {
        return new Violations(ImmutableList.<Violation>builder().addAll(all).addAll(other.all).build());
    }
}
