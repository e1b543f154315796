package id.gugus.common;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/** Rules of the shared value types. */
public enum CommonRule implements Rule {
    /** A date or time stamp lies in {@link Dates#EARLIEST}..{@link Dates#LATEST}, the dates every store keeps. */
    DATE_RANGE("DATE-RANGE"),
    /** A version is 0 (never saved) or one a store gave (1 or more): never negative. */
    VERSION_NEGATIVE("VERSION-NEGATIVE"),
    /** Rupiah amounts are never negative. */
    MONEY_NEGATIVE("MONEY-NEGATIVE"),
    /** A rupiah amount, or a total the library computes, is at most {@link Rupiah#MAX}. */
    MONEY_RANGE("MONEY-RANGE"),
    /** A decimal number has at most {@link Decimals#MAX_INTEGER_DIGITS} digits before the point and {@link Decimals#MAX_SCALE} after. */
    DECIMAL_RANGE("DECIMAL-RANGE"),
    /** Countries are ISO 3166-1 alpha-3 codes. */
    COUNTRY_CODE("COUNTRY-CODE"),
    /** Languages are ISO 639-2 codes (terminology or bibliographic) or ISO 639-1 codes, lower case. */
    LANGUAGE_CODE("LANGUAGE-CODE"),
    /** A period ends on or after its start. */
    PERIOD_ORDER("PERIOD-ORDER"),
    /** A required text is missing or blank. */
    TEXT_REQUIRED("TEXT-REQUIRED"),
    /** A text is longer than the column that stores it, holds control characters, or an unpaired UTF-16 surrogate. */
    TEXT_FORMAT("TEXT-FORMAT"),
    /** A page cursor that no query of this kind wrote, or one longer than {@link PageRequest#MAX_CURSOR_LENGTH}. */
    PAGE_CURSOR("PAGE-CURSOR");

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
