package id.gugus.cases;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/** Rules of cases, victims and suspects (DESIGN §4). */
public enum CaseRule implements Rule {
    /** A NIK is exactly 16 digits. */
    NIK_FORMAT("CASE-NIK-FORMAT", Severity.ERROR);

    private final String id;
    private final Severity severity;

    CaseRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String bundle() {
        return "id.gugus.cases.CaseRules";
    }
}
