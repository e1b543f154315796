package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import id.gugus.error.ValidationException;
import id.gugus.validation.Severity;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.List;

/**
 * An imported file was refused, and nothing of it stored: every problem found, each naming its
 * row, column and rule. A {@link ValidationException} whose violations are the problems, their path
 * {@code rows[5].prs_Gender}, so a caller that handles the library's validation errors handles this
 * one too. No message holds a personal value.
 */
public class ImportRefused extends ValidationException {
    private final ImmutableList<ImportProblem> problems;

    /**
     * @param problems every problem of the file; at least one
     */
    public ImportRefused(List<ImportProblem> problems) {
        super(Violations.of(problems.stream().map(ImportRefused::violation).toList()));
        this.problems = ImmutableList.copyOf(problems);
    }

    /**
     * Every problem of the file, in the order found (rows of the file, then the rules of the model).
     *
     * @return the problems
     */
    public ImmutableList<ImportProblem> problems() {
        return problems;
    }

    private static Violation violation(ImportProblem p) {
        String path = "rows[" + p.row() + "]" + (p.column().isEmpty() ? "" : "." + p.column());
        return new Violation(p.ruleId(), Severity.ERROR, path, p.messageId(), p.messageEn());
    }
}
