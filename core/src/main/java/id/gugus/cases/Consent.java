package id.gugus.cases;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A victim's consent, or refusal, to one purpose, and when it was asked (HTCDS 2.0 {@code con_Consent}).
 * A later entry for the same purpose records a change of mind; the earlier one stays.
 *
 * @param given whether the victim consented; false records a refusal or a withdrawal
 */
public record Consent(ConsentPurpose purpose, boolean given, LocalDate on) {
    public Consent {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(on, "on");
    }

    /** The victim consented to the purpose on the date. */
    public static Consent given(ConsentPurpose purpose, LocalDate on) {
        return new Consent(purpose, true, on);
    }

    /** The victim refused, or withdrew, consent to the purpose on the date. */
    public static Consent refused(ConsentPurpose purpose, LocalDate on) {
        return new Consent(purpose, false, on);
    }
}
