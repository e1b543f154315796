package id.gugus.cases;

import id.gugus.common.Texts;

/** The number a case is registered under, e.g. a police report number {@code LP/B/123/X/2026/SPKT}. */
public record CaseNumber(String value) {
    public CaseNumber {
        Texts.required(value, "case.number", 100);
    }

    public static CaseNumber of(String value) {
        return new CaseNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
