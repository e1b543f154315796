package id.gugus.exchange;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/**
 * Why anonymised microdata ({@link CtdcMicrodata}) cannot be made, with messages in Indonesian and
 * English (bundle {@code id.gugus.exchange.MicrodataRules}). No message takes a value of a victim.
 */
public enum MicrodataRule implements Rule {
    /** k below 3 would let a file row stand for one or two people (the report module's disclosure control says the same of counts). */
    K_MINIMUM("MICRODATA-K-MINIMUM"),
    /** The share of victims that may be suppressed is a fraction from 0 to 1. */
    SUPPRESSION_LIMIT("MICRODATA-SUPPRESSION-LIMIT"),
    /** The cases changed between the two reads of an export: the file written is not k-anonymous and must be discarded. */
    STORE_CHANGED("MICRODATA-STORE-CHANGED");

    private final String id;

    MicrodataRule(String id) {
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
        return "id.gugus.exchange.MicrodataRules";
    }
}
