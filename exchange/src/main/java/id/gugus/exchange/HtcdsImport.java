package id.gugus.exchange;

import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseValidator;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Actor;
import id.gugus.security.Permission;
import id.gugus.store.GugusStore;
import id.gugus.store.Saved;
import id.gugus.validation.Violation;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Import of cases from a file in the HTCDS 2.0 field set ({@link HtcdsField}): the CSV or JSON
 * Lines that {@link HtcdsExport} writes, or a file of another system in the same field set
 * (columns in any order, columns Gugus does not import reported as warnings, optional columns
 * absent). Rows sharing {@code gugus_CaseNumber} form one case; each row is one victim.
 *
 * <p>Every value is mapped back to Gugus's (the inverse of the export) and every case validated
 * with the library's rules ({@link CaseValidator}, through the store); every problem is reported
 * at once, by row and column, as an {@link ImportRefused}, and then nothing is stored. A file
 * without problems is stored through {@code store}, as its {@link GugusStore#actor() actor}, in
 * one unit of work ({@link id.gugus.store.CaseRepository#saveAll}), all or nothing, audited as the
 * store audits every save. The actor needs what writing a case needs ({@link Permission#WRITE_CASES}
 * and {@link Permission#READ_PERSONAL_DATA}), and every case must lie in its scope.
 *
 * <p>What HTCDS does not carry comes from the {@code gugus_} extension columns of a Gugus export,
 * or for a file of another system from {@link HtcdsImportDefaults}; the rest (suspects, restitution,
 * services, referrals, consents, status history, transit places) is not in the file and must be
 * entered again. The file is read whole: the cases are saved in one batch.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(Path.of("kalbar-htcds.csv"))) {
 *     HtcdsImported done = HtcdsImport.csv(store.as(caseWorker), in, HtcdsImportDefaults.NONE, Progress.NONE);
 * } catch (ImportRefused refused) {
 *     refused.problems().forEach(p -> log.warn(p.format(Locale.forLanguageTag("id"))));
 * }
 * }</pre>
 */
public final class HtcdsImport {
    /** The progress part name reported to {@link Progress}. */
    static final String PART = "htcds";
    private static final Pattern IN_BATCH = Pattern.compile("\\[(\\d+)](?:\\.)?(.*)");

    private HtcdsImport() {}

    /**
     * Imports the cases of an HTCDS CSV file (UTF-8, header line, RFC 4180 quoting); {@code in} is
     * read to its end, not closed.
     *
     * @param store the store, as the actor who imports
     * @param in the file
     * @param defaults values for what the file lacks, or {@link HtcdsImportDefaults#NONE}
     * @param progress told of the rows read and the cases stored
     * @return what was stored, and the warnings
     * @throws ImportRefused naming every problem of the file; nothing was stored
     * @throws id.gugus.error.AccessDeniedException if the actor may not write cases, or a case lies
     *     outside its scope; nothing was stored
     * @throws id.gugus.error.ReferenceException if an area a case names does not exist; nothing was stored
     * @throws id.gugus.error.DuplicateException if a case number is stored already; nothing was stored
     */
    public static HtcdsImported csv(GugusStore store, InputStream in, HtcdsImportDefaults defaults, Progress progress) {
        requireMayWriteCases(store);
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(progress, "progress");
        return save(store, HtcdsFile.csv(in, progress), defaults, progress);
    }

    /**
     * Imports the cases of an HTCDS JSON Lines file (UTF-8, one object per victim, keys the HTCDS
     * names, absent keys empty); {@code in} is read to its end, not closed.
     *
     * @param store the store, as the actor who imports
     * @param in the file
     * @param defaults values for what the file lacks, or {@link HtcdsImportDefaults#NONE}
     * @param progress told of the rows read and the cases stored
     * @return what was stored, and the warnings
     * @throws ImportRefused naming every problem of the file; nothing was stored
     * @throws id.gugus.error.AccessDeniedException if the actor may not write cases, or a case lies
     *     outside its scope; nothing was stored
     * @throws id.gugus.error.ReferenceException if an area a case names does not exist; nothing was stored
     * @throws id.gugus.error.DuplicateException if a case number is stored already; nothing was stored
     */
    public static HtcdsImported jsonLines(GugusStore store, InputStream in, HtcdsImportDefaults defaults,
            Progress progress) {
        requireMayWriteCases(store);
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(progress, "progress");
        return save(store, HtcdsFile.jsonLines(in, progress), defaults, progress);
    }

    /**
     * An actor who may not write cases is refused before the file is read, so that the problems
     * of a file are never told to someone who could not import it. The refusal is the store's own,
     * audited like any refused save: a case it could not save is put to it.
     */
    private static void requireMayWriteCases(GugusStore store) {
        Objects.requireNonNull(store, "store");
        Actor actor = store.actor();
        if (!actor.has(Permission.WRITE_CASES) || !actor.has(Permission.READ_PERSONAL_DATA)) {
            store.cases().saveAll(List.of(TraffickingCase.register(CaseNumber.of("HTCDS import"), actor.scope(),
                    LocalDate.now(store.clock()))));
            throw new IllegalStateException("the store let an actor without WRITE_CASES save a case");
        }
    }

    private static HtcdsImported save(GugusStore store, HtcdsFile file, HtcdsImportDefaults defaults,
            Progress progress) {
        HtcdsCases read = HtcdsCases.read(file, defaults);
        List<ImportProblem> errors = new ArrayList<>(file.errors());
        errors.addAll(read.problems());
        List<HtcdsCases.ImportedCase> cases = read.cases();
        errors.addAll(unknownAreas(store, cases));
        if (!errors.isEmpty()) {
            // The cases read whole are checked against the model's rules too, so one pass names every problem.
            LocalDate today = LocalDate.now(store.clock());
            for (HtcdsCases.ImportedCase c : cases) {
                for (Violation v : CaseValidator.validate(c.trafficking(), today).errors()) {
                    errors.add(HtcdsPaths.place(v, c));
                }
            }
            throw new ImportRefused(errors);
        }
        // Every row is a victim of a case now: a row refused without a problem would be lost unnoticed.
        long victimRows = cases.stream().mapToLong(c -> c.victimRows().size()).sum();
        if (victimRows != file.rows().size()) {
            throw new IllegalStateException("the HTCDS import left " + (file.rows().size() - victimRows)
                    + " rows out without naming a problem");
        }
        List<ImportProblem> warnings = new ArrayList<>(file.warnings());
        if (cases.isEmpty()) {
            progress.update(PART, 0, 0);
            return HtcdsImported.of(0, 0, warnings);
        }
        List<Saved<TraffickingCase>> saved;
        try {
            saved = store.cases().saveAll(cases.stream().map(HtcdsCases.ImportedCase::trafficking).toList());
        } catch (ValidationException e) {
            throw new ImportRefused(inFile(e.violations(), cases));
        }
        long victims = 0;
        for (int i = 0; i < saved.size(); i++) {
            victims += cases.get(i).victimRows().size();
            for (Violation w : saved.get(i).warnings()) {
                warnings.add(HtcdsPaths.place(w, cases.get(i)));
            }
        }
        progress.update(PART, saved.size(), cases.size());
        return HtcdsImported.of(saved.size(), victims, warnings);
    }

    /**
     * The areas the cases name that the store does not hold, by row and column: the store would
     * refuse them one at a time (a {@link id.gugus.error.ReferenceException}), without the row.
     */
    private static List<ImportProblem> unknownAreas(GugusStore store, List<HtcdsCases.ImportedCase> cases) {
        Map<JurisdictionCode, Boolean> known = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (HtcdsCases.ImportedCase c : cases) {
            TraffickingCase t = c.trafficking();
            if (!known.computeIfAbsent(t.registeredIn(), store.jurisdictions()::exists)) {
                problems.add(area(c.firstRow(), HtcdsField.REGISTERED_IN, t.registeredIn()));
            }
            for (int i = 0; i < t.victims().size(); i++) {
                JurisdictionCode origin = t.victims().get(i).origin();
                if (origin != null && !known.computeIfAbsent(origin, store.jurisdictions()::exists)) {
                    problems.add(area(c.victimRows().get(i), HtcdsField.ORIGIN, origin));
                }
            }
        }
        return problems;
    }

    private static ImportProblem area(long row, HtcdsField column, JurisdictionCode code) {
        return ImportProblem.of(HtcdsImportRule.AREA, row, column.header(), row, column.header(), code.value())
                .showing(HtcdsRowValues.showable(column, code.value()));
    }

    /** The violations of a batch, each named {@code [i].path} by the case's index, placed at their rows. */
    private static List<ImportProblem> inFile(List<Violation> violations, List<HtcdsCases.ImportedCase> cases) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Violation v : violations) {
            Matcher m = IN_BATCH.matcher(v.path());
            int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (index >= 0 && index < cases.size()) {
                Violation relative = new Violation(v.ruleId(), v.severity(), m.group(2), v.messageId(), v.messageEn());
                problems.add(HtcdsPaths.place(relative, cases.get(index)));
            } else {
                problems.add(ImportProblem.at(v, 0, ""));
            }
        }
        return problems;
    }
}
