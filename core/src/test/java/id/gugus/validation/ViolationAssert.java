package id.gugus.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.error.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on violations: rule id, path and both messages, as every rule test must check. */
public final class ViolationAssert {
    private ViolationAssert() {}

    /** Runs {@code call}, which must throw a {@link ValidationException} with exactly one violation. */
    public static Violation thrownViolation(ThrowingCallable call) {
        ValidationException e = catchThrowableOfType(ValidationException.class, call);
        assertThat(e).as("a ValidationException").isNotNull();
        assertThat(e.violations()).hasSize(1);
        return e.violations().get(0);
    }

    /** The one violation of {@code call}, checked field by field. */
    public static Violation assertViolation(ThrowingCallable call, String ruleId, String path, String messageId,
            String messageEn) {
        Violation v = thrownViolation(call);
        assertViolation(v, ruleId, path, messageId, messageEn);
        return v;
    }

    public static void assertViolation(Violation v, String ruleId, String path, String messageId, String messageEn) {
        assertThat(v)
                .extracting(Violation::ruleId, Violation::path, Violation::messageId, Violation::messageEn)
                .containsExactly(ruleId, path, messageId, messageEn);
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
    }
}
