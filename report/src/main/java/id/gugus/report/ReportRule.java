package id.gugus.report;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/** Rules of making a report, with messages in Indonesian and English. */
public enum ReportRule implements Rule {
    /** Only the nation, a province, a regency or a city has a task force that reports. */
    LEVEL("REPORT-LEVEL"),
    /** The as-of date must fall on or after the start of the period. */
    AS_OF("REPORT-AS-OF");

    private final String id;

    ReportRule(String id) {
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
        return "id.gugus.report.ReportRules";
    }
}
