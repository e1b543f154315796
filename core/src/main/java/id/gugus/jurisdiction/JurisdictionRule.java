package id.gugus.jurisdiction;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/** Rules of jurisdiction codes and the area tree. */
public enum JurisdictionRule implements Rule {
    /** A code is {@code ID}, {@code PP}, {@code PP.KK}, {@code PP.KK.CC} or {@code PP.KK.CC.VVVV}. */
    CODE_FORMAT("JUR-CODE-FORMAT"),
    /** A row's level and parent agree with what its code says. */
    PARENT_MISMATCH("JUR-PARENT"),
    /** The code is well-formed but no such area is known. */
    UNKNOWN("JUR-UNKNOWN");

    private final String id;

    JurisdictionRule(String id) {
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
        return "id.gugus.jurisdiction.JurisdictionRules";
    }
}
