package id.gugus.report.disclosure;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/** The rules of disclosure control's settings, with messages in Indonesian and English. */
public enum DisclosureRule implements Rule {
    /** k below 3 would publish counts of one or two people. */
    K_MINIMUM("DISCLOSURE-K-MINIMUM"),
    /** A protection level below 1 would let a reader pin a suppressed count down exactly. */
    PROTECTION_MINIMUM("DISCLOSURE-PROTECTION-MINIMUM");

    private final String id;

    DisclosureRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String bundle() {
        return "id.gugus.report.disclosure.DisclosureRules";
    }
}
