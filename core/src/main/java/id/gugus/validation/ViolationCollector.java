package id.gugus.validation;

import com.google.common.collect.ImmutableList;

/**
 * Gathers violations while a validator walks an object, so that all of them are reported
 * together (docs/validation.md), never only the first.
 */
public final class ViolationCollector {
    private final ImmutableList.Builder<Violation> violations = ImmutableList.builder();

    public ViolationCollector add(Rule rule, String path, Object... args) {
        violations.add(Violation.of(rule, path, args));
        return this;
    }

    /** Adds the violation when {@code broken} is true; returns whether it was. */
    public boolean check(boolean broken, Rule rule, String path, Object... args) {
        if (broken) {
            add(rule, path, args);
        }
        return broken;
    }

    public ViolationCollector addAll(Violations more) {
        violations.addAll(more.all());
        return this;
    }

    /** Adds violations found by a nested validator, with their paths under {@code prefix}. */
    public ViolationCollector addAll(String prefix, Violations more) {
        for (Violation v : more.all()) {
            violations.add(new Violation(v.ruleId(), v.severity(), prefix + "." + v.path(), v.messageId(), v.messageEn()));
        }
        return this;
    }

    public Violations result() {
        return Violations.of(violations.build());
    }
}
