package id.gugus.report.render;

import com.google.common.collect.ImmutableMap;
import id.gugus.cases.StatisticsKey;
import id.gugus.common.Period;
import id.gugus.plan.PlanTerms;
import id.gugus.report.Report;
import id.gugus.report.ReportTables;
import id.gugus.report.table.Cell;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.report.table.Unit;
import id.gugus.taskforce.Cluster;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words and number formats of one language, shared by every renderer: titles, the names of
 * row and column keys (areas from the report, countries from the JDK's ISO tables, enums from
 * {@code ReportTerms}), and how a suppressed number is shown.
 */
public final class Terms {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ImmutableMap<String, String> ALPHA2_OF_ALPHA3 = alpha2OfAlpha3();

    private final Language language;
    private final ResourceBundle bundle;

    private Terms(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("id.gugus.report.render.ReportTerms", language.locale(),
                Terms.class.getClassLoader(), NO_FALLBACK);
    }

    public static Terms of(Language language) {
        return new Terms(language);
    }

    public Language language() {
        return language;
    }

    /** The term of a key; a missing one fails loudly, so that tests find every gap in either language. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + language + " term " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }

    /** The name of a row or column key on an axis. */
    public String key(Report report, String axis, String key) {
        if (key.equals(StatisticsKey.UNKNOWN_TEXT) && !axis.equals(ReportTables.RECRUITMENT_CHANNEL)) {
            return get("UNKNOWN");
        }
        return switch (axis) {
            case ReportTables.AREA -> report.areaName(key);
            case ReportTables.COUNTRY -> country(key);
            default -> get(axis + "." + key);
        };
    }

    public String country(String alpha3) {
        String alpha2 = ALPHA2_OF_ALPHA3.get(alpha3);
        return alpha2 == null ? alpha3 : new Locale("", alpha2).getDisplayCountry(language.locale());
    }

    public String cluster(Cluster cluster) {
        return PlanTerms.cluster(cluster, language.locale());
    }

    public String title(CountTable table) {
        return get(table.id());
    }

    /** A number as the reader's language writes it ({@code 1.258.000.000} or {@code 1,258,000,000}). */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(language.locale()).format(n);
    }

    /** A cell: its number, or the suppression mark. */
    public String cell(Cell cell) {
        return cell.isSuppressed() ? get("report.suppressedMark") : number(cell.published());
    }

    public String cell(CountTable table, Position p) {
        return cell(table.at(p));
    }

    public String header(Report report, CountTable table, int column) {
        String key = table.columnKeys().get(column);
        return table.columnAxis().equals(ReportTables.MEASURE) ? get("MEASURE." + key)
                : key(report, table.columnAxis(), key);
    }

    public boolean isAmount(CountTable table, int column) {
        return table.columnUnits().get(column) == Unit.RUPIAH;
    }

    public String date(java.time.LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
    }

    public String period(Period period) {
        return date(period.start()) + " – " + date(period.end());
    }

    private static ImmutableMap<String, String> alpha2OfAlpha3() {
        ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
        for (String alpha2 : Locale.getISOCountries()) {
            map.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        return map.buildKeepingLast();
    }
}
