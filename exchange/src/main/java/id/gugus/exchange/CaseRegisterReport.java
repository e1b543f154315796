package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import id.gugus.validation.RuleMessages;
import java.util.Locale;
import java.util.Objects;

/**
 * What an import of a case register found and did: the rows and cases read, the cases and
 * victims stored, and every problem, each naming its row, column, rule and (for a column without
 * personal data) value, in Indonesian and English.
 *
 * @param rows the rows of data read (the header not counted)
 * @param cases the cases those rows describe (distinct case numbers)
 * @param casesStored the cases stored
 * @param victimsStored the victims of the cases stored
 * @param problems every problem, in row order
 * @param warnings the warnings of the model on the cases the rows describe (a victim's legal
 *     elements incomplete, no area of origin, no age): they stop nothing, and are listed so that
 *     the register's gaps can be filled in Gugus afterwards
 */
public record CaseRegisterReport(int rows, int cases, int casesStored, int victimsStored,
        ImmutableList<ImportProblem> problems, ImmutableList<ImportProblem> warnings) {
    public CaseRegisterReport {
        problems = ImmutableList.copyOf(Objects.requireNonNull(problems, "problems"));
        warnings = ImmutableList.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /**
     * Whether the register had no problem at all.
     *
     * @return true if no row has a problem
     */
    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * The report as text in one language: a summary line, one line per problem, then one line
     * per warning.
     *
     * @param locale Indonesian ({@code id}) or English (any other)
     * @return the text, ending with a line break
     */
    public String text(Locale locale) {
        boolean indonesian = RuleMessages.INDONESIAN.getLanguage().equals(locale.getLanguage());
        StringBuilder b = new StringBuilder();
        if (indonesian) {
            b.append(String.format("Register perkara: %d baris, %d perkara; disimpan %d perkara dengan %d korban; %d masalah%n",
                    rows, cases, casesStored, victimsStored, problems.size()));
        } else {
            b.append(String.format("Case register: %d rows, %d cases; stored %d cases with %d victims; %d problems%n",
                    rows, cases, casesStored, victimsStored, problems.size()));
        }
        for (ImportProblem p : problems) {
            b.append("  ").append(p.format(locale)).append(System.lineSeparator());
        }
        if (!warnings.isEmpty()) {
            b.append(indonesian ? "Peringatan (tidak menghalangi penyimpanan):" : "Warnings (they do not stop storing):")
                    .append(System.lineSeparator());
        }
        for (ImportProblem w : warnings) {
            b.append("  ").append(w.format(locale)).append(System.lineSeparator());
        }
        return b.toString();
    }

    /**
     * The report in Indonesian, then in English.
     *
     * @return both texts
     */
    public String text() {
        return text(RuleMessages.INDONESIAN) + text(Locale.ENGLISH);
    }
}
