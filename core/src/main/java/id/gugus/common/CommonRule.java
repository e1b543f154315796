package id.gugus.common;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/** Rules of the shared value types. */
public enum CommonRule implements Rule {
    /** Rupiah amounts are never negative. */
    MONEY_NEGATIVE("MONEY-NEGATIVE"),
    /** Countries are ISO 3166-1 alpha-3 codes. */
    COUNTRY_CODE("COUNTRY-CODE"),
    /** A period ends on or after its start. */
    PERIOD_ORDER("PERIOD-ORDER"),
    /** A required text is missing or blank. */
    TEXT_REQUIRED("TEXT-REQUIRED"),
    /** A text is longer than the column that stores it, or holds control characters. */
    TEXT_FORMAT("TEXT-FORMAT");

    private final String id;

    CommonRule(String id) {
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
        return "id.gugus.common.CommonRules";
    }
}
