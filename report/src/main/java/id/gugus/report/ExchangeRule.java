package id.gugus.report;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/** Why a received exchange file cannot be added up into a report, with messages in Indonesian and English. */
public enum ExchangeRule implements Rule {
    /** The file's content does not match its SHA-256: changed after it was made, or damaged. */
    CHECKSUM("EXCHANGE-CHECKSUM"),
    /** The file reports another period than the report it would join. */
    PERIOD("EXCHANGE-PERIOD"),
    /** The file's jurisdiction is not below the receiver's. */
    SCOPE("EXCHANGE-SCOPE"),
    /** Two files of one jurisdiction. */
    DUPLICATE("EXCHANGE-DUPLICATE"),
    /** The receiver's own store already holds cases of the file's jurisdiction: they would count twice. */
    OVERLAP("EXCHANGE-OVERLAP"),
    /** An internal (unsuppressed) report never leaves its installation. */
    INTERNAL("EXCHANGE-INTERNAL"),
    /** The file is not an exchange file this version can read. */
    FORMAT("EXCHANGE-FORMAT");

    private final String id;

    ExchangeRule(String id) {
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
        return "id.gugus.report.ExchangeRules";
    }
}
