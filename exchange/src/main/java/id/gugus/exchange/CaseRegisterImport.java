package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.gugus.cases.CaseValidator;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Texts;
import id.gugus.error.DuplicateException;
import id.gugus.error.ValidationException;
import id.gugus.store.GugusStore;
import id.gugus.store.Saved;
import id.gugus.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Import of an existing case register: a spreadsheet, CSV or XLSX, in the template of
 * docs/case-register-template.md ({@code template-register-kasus.csv} on the class path), one row
 * per victim, the rows of one case sharing its number.
 *
 * <p>Every row is read (Indonesian dates, NIK as text, rupiah with thousand separators, values by
 * their Indonesian labels), every case built from its rows is checked with the model's rules
 * ({@link CaseValidator}, on the store's "today"), its areas against the store's area tree and its
 * number against the stored cases; every problem is reported at its row and column. Then, in one
 * unit of work, through the store as its actor (scope and roles apply, every case audited):
 * {@link CaseRegisterMode#ALL_OR_NOTHING} stores the register only if it has no problem at all;
 * {@link CaseRegisterMode#VALID_ROWS} stores the cases whose rows are all valid and returns the
 * rest as a file to fix.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(Path.of("register-2023.xlsx"))) {
 *     CaseRegisterResult result = CaseRegisterImport.xlsx(store.as(caseWorker), in,
 *             CaseRegisterMode.ALL_OR_NOTHING, Progress.NONE);
 *     System.out.print(result.report().text());
 * }
 * }</pre>
 *
 * <p>Personal data never leaves the rows: the report names the row, column and rule of a problem
 * in a name, NIK, contact, address or birth date, and says what is wrong, without the value.
 */
public final class CaseRegisterImport {
    /** The progress part of reading and checking rows. */
    public static final String ROWS = "rows";
    /** The progress part of storing cases. */
    public static final String CASES = "cases";

    /** The file formats of a register. */
    enum Format { CSV, XLSX }

    private CaseRegisterImport() {}

    /**
     * Imports a register in CSV (UTF-8, comma or semicolon separated, header line first).
     *
     * @param store the store, as the actor importing (needs {@code WRITE_CASES} in its scope)
     * @param in the file; read to its end, not closed
     * @param mode what to store when some rows have problems
     * @param progress told of rows read and cases stored
     * @return the report, the cases stored and the rows left to fix
     * @throws id.gugus.error.AccessDeniedException if the actor may not write a case of the
     *     register; nothing is stored
     */
    public static CaseRegisterResult csv(GugusStore store, InputStream in, CaseRegisterMode mode, Progress progress) {
        Objects.requireNonNull(in, "in");
        return run(store, Format.CSV, () -> RegisterSheet.csv(in), mode, progress);
    }

    /**
     * Imports a register in XLSX (the first sheet, header in row 1).
     *
     * @param store the store, as the actor importing (needs {@code WRITE_CASES} in its scope)
     * @param in the file; read to its end, not closed
     * @param mode what to store when some rows have problems
     * @param progress told of rows read and cases stored
     * @return the report, the cases stored and the rows left to fix
     * @throws id.gugus.error.AccessDeniedException if the actor may not write a case of the
     *     register; nothing is stored
     */
    public static CaseRegisterResult xlsx(GugusStore store, InputStream in, CaseRegisterMode mode, Progress progress) {
        Objects.requireNonNull(in, "in");
        return run(store, Format.XLSX, () -> RegisterSheet.xlsx(in), mode, progress);
    }

    private interface SheetReader {
        RegisterSheet read() throws IOException;
    }

    private static CaseRegisterResult run(GugusStore store, Format format, SheetReader reader, CaseRegisterMode mode,
            Progress progress) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(progress, "progress");
        RegisterSheet sheet;
        try {
            sheet = reader.read();
        } catch (IOException | RuntimeException e) {
            // The exception's class only: a parser's message may quote a cell.
            return refused(format, List.of(fileProblem(Violation.of(RegisterRule.FILE, "", e.getClass().getSimpleName()))),
                    0, 0);
        }
        Map<Integer, RegisterColumn> columns = new HashMap<>();
        List<ImportProblem> headerProblems = header(sheet.header(), columns);
        if (!headerProblems.isEmpty()) {
            return refused(format, headerProblems, sheet.lines().size(), 0);
        }
        if (sheet.lines().isEmpty()) {
            return refused(format, List.of(fileProblem(Violation.of(RegisterRule.EMPTY, ""))), 0, 0);
        }
        Map<String, List<RegisterEntry>> groups = new LinkedHashMap<>();
        int done = 0;
        for (RegisterSheet.Line line : sheet.lines()) {
            ImmutableMap.Builder<RegisterColumn, RegisterCell> cells = ImmutableMap.builder();
            columns.forEach((index, column) -> cells.put(column, line.cell(index)));
            RegisterEntry entry = RegisterRowReader.read(line.row(), cells.buildOrThrow());
            String number = entry.text(RegisterColumn.NOMOR_KASUS);
            // A row without a number is a case of its own: it cannot join another.
            groups.computeIfAbsent(number.isEmpty() ? "\u0000" + line.row() : number, k -> new ArrayList<>()).add(entry);
            progress.update(ROWS, ++done, sheet.lines().size());
        }
        LocalDate today = LocalDate.now(store.clock());
        List<RegisterCheck> checks = new ArrayList<>();
        for (List<RegisterEntry> rows : groups.values()) {
            checks.add(RegisterCheck.of(rows, store, today));
        }
        return store(store, format, sheet, checks, mode, progress);
    }

    private static CaseRegisterResult store(GugusStore store, Format format, RegisterSheet sheet,
            List<RegisterCheck> checks, CaseRegisterMode mode, Progress progress) {
        List<RegisterCheck> valid = new ArrayList<>(checks.stream().filter(RegisterCheck::isValid).toList());
        List<ImportProblem> late = new ArrayList<>();
        boolean storing = mode == CaseRegisterMode.VALID_ROWS || valid.size() == checks.size();
        ImmutableList<TraffickingCase> stored = ImmutableList.of();
        // The store checks once more (its own "today", references, numbers taken meanwhile): a
        // case it refuses is reported like any other; with VALID_ROWS the others are tried again.
        for (int attempt = 0; storing && !valid.isEmpty() && attempt <= checks.size(); attempt++) {
            List<TraffickingCase> cases = valid.stream().map(c -> c.built().trafficking()).toList();
            try {
                stored = store.inUnitOfWork(s -> s.cases().saveAll(cases)).stream().map(Saved::stored)
                        .collect(ImmutableList.toImmutableList());
                break;
            } catch (ValidationException e) {
                Set<RegisterCheck> refused = new HashSet<>();
                for (Violation v : e.violations()) {
                    RegisterCheck check = valid.get(RegisterCheck.batchIndex(v.path()));
                    late.add(check.locate(v.path().replaceFirst("^\\[\\d+]\\.?", ""), v));
                    refused.add(check);
                }
                valid.removeAll(refused);
                storing = mode == CaseRegisterMode.VALID_ROWS;
            } catch (DuplicateException e) {
                RegisterCheck taken = valid.stream()
                        .filter(c -> c.built().trafficking().number().value().equals(e.key()))
                        .findFirst().orElseThrow(() -> e);
                late.add(taken.numberTaken());
                valid.remove(taken);
                storing = mode == CaseRegisterMode.VALID_ROWS;
            }
        }
        progress.update(CASES, stored.size(), checks.size());
        List<ImportProblem> problems = new ArrayList<>();
        checks.forEach(c -> problems.addAll(c.problems()));
        problems.addAll(late);
        problems.sort(Comparator.comparingLong(ImportProblem::row));
        Set<Integer> storedRows = new HashSet<>();
        if (!stored.isEmpty()) {
            valid.forEach(c -> c.rows().forEach(e -> storedRows.add(e.row())));
        }
        ImmutableList<RegisterSheet.Line> toFix = mode == CaseRegisterMode.VALID_ROWS
                ? sheet.lines().stream().filter(l -> !storedRows.contains(l.row())).collect(ImmutableList.toImmutableList())
                : ImmutableList.of();
        int victims = stored.stream().mapToInt(c -> c.victims().size()).sum();
        List<ImportProblem> warnings = new ArrayList<>();
        checks.forEach(c -> warnings.addAll(c.warnings()));
        return new CaseRegisterResult(new CaseRegisterReport(sheet.lines().size(), checks.size(), stored.size(), victims,
                ImmutableList.copyOf(problems), ImmutableList.copyOf(warnings)), stored, format, sheet.header(), toFix);
    }

    /** The column of each header cell, and a problem for each missing, unknown or repeated one. */
    private static List<ImportProblem> header(List<String> header, Map<Integer, RegisterColumn> columns) {
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                continue;
            }
            Optional<RegisterColumn> column = RegisterColumn.byHeader(name);
            if (column.isEmpty()) {
                problems.add(headerProblem(1, Texts.echo(name)));
            } else if (columns.containsValue(column.get())) {
                problems.add(headerProblem(2, column.get().header()));
            } else {
                columns.put(i, column.get());
            }
        }
        for (RegisterColumn c : RegisterColumn.values()) {
            if (c.required() && !columns.containsValue(c)) {
                problems.add(headerProblem(0, c.header()));
            }
        }
        return problems;
    }

    private static ImportProblem headerProblem(int variant, String column) {
        Violation v = Violation.of(RegisterRule.HEADER, "", variant, column);
        return ImportProblem.at(v, 1, "");
    }

    private static ImportProblem fileProblem(Violation v) {
        return ImportProblem.at(v, 0, "");
    }

    private static CaseRegisterResult refused(Format format, List<ImportProblem> problems, int rows, int cases) {
        return new CaseRegisterResult(new CaseRegisterReport(rows, cases, 0, 0, ImmutableList.copyOf(problems),
                ImmutableList.of()),
                ImmutableList.of(), format, ImmutableList.of(), ImmutableList.of());
    }
}
