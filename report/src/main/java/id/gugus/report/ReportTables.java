package id.gugus.report;

import com.google.common.collect.ImmutableList;

/**
 * The tables of every report, by id, and the axes their rows and columns run along. Tables
 * counting {@link #VICTIMS} share their grand total (the victims of the cases reported in the
 * period), as do tables counting {@link #CASES}; disclosure control protects them together.
 */
public final class ReportTables {
    public static final String VICTIMS = "victims";
    public static final String CASES = "cases";

    /** Victims by the area (province, or regency or city) where their case was registered. */
    public static final String VICTIMS_BY_REGISTRATION = "victims-by-registration";
    /** Cases by the area where they were registered. */
    public static final String CASES_BY_REGISTRATION = "cases-by-registration";
    /** Victims by the area they come from. */
    public static final String VICTIMS_BY_ORIGIN = "victims-by-origin";
    /** Victims by SIMFONI-PPA age band when trafficked, and sex. */
    public static final String VICTIMS_BY_AGE_AND_SEX = "victims-by-age-and-sex";
    public static final String VICTIMS_BY_CITIZENSHIP = "victims-by-citizenship";
    /** A victim exploited in two ways counts under both. */
    public static final String VICTIMS_BY_EXPLOITATION = "victims-by-exploitation";
    /** Victims by the country where their case's exploitation took place. */
    public static final String VICTIMS_BY_DESTINATION = "victims-by-destination";
    public static final String VICTIMS_BY_RECRUITMENT = "victims-by-recruitment";
    public static final String CASES_BY_STATUS = "cases-by-status";
    /** Victims claiming restitution and granted it (ordered by a court), and the amounts. */
    public static final String RESTITUTION = "restitution";

    /** Every table, in the order a report shows them. */
    public static final ImmutableList<String> ALL = ImmutableList.of(VICTIMS_BY_REGISTRATION, CASES_BY_REGISTRATION,
            VICTIMS_BY_ORIGIN, VICTIMS_BY_AGE_AND_SEX, VICTIMS_BY_CITIZENSHIP, VICTIMS_BY_EXPLOITATION,
            VICTIMS_BY_DESTINATION, VICTIMS_BY_RECRUITMENT, CASES_BY_STATUS, RESTITUTION);

    /** Axes: what the keys of a row or column are. */
    public static final String AREA = "AREA";
    public static final String AGE_BAND = "AGE_BAND";
    public static final String SEX = "SEX";
    public static final String COUNTRY = "COUNTRY";
    public static final String EXPLOITATION_TYPE = "EXPLOITATION_TYPE";
    public static final String RECRUITMENT_CHANNEL = "RECRUITMENT_CHANNEL";
    public static final String CASE_STATUS = "CASE_STATUS";
    /** Rows of the restitution table: {@code CLAIMED}, {@code GRANTED}. */
    public static final String RESTITUTION_STAGE = "RESTITUTION_STAGE";
    /** Columns of the restitution table: {@code VICTIMS} (a count), {@code AMOUNT} (rupiah). */
    public static final String RESTITUTION_FIGURE = "RESTITUTION_FIGURE";
    /** The one column of a one-way table. */
    public static final String MEASURE = "MEASURE";

    private ReportTables() {}
}
