package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseValidator;
import id.gugus.cases.Victim;
import id.gugus.error.AccessDeniedException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.AccessRule;
import id.gugus.store.GugusStore;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of one case number and everything wrong with them: the problems of reading each row,
 * rows disagreeing on a column of the case, and, when every row reads, the rules of the model on
 * the case built from them, its areas missing from the store's tree, and its number already
 * stored. Each problem is put at the row and column the user has to fix.
 */
final class RegisterCheck {
    private static final Pattern VICTIM = Pattern.compile("victims\\[(\\d+)]\\.?(.*)");
    private static final Pattern SUSPECT = Pattern.compile("suspects\\[(\\d+)]\\.?(.*)");
    private static final Pattern BATCH = Pattern.compile("\\[(\\d+)].*");

    private final ImmutableList<RegisterEntry> rows;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private RegisterCase built;

    private RegisterCheck(List<RegisterEntry> rows) {
        this.rows = ImmutableList.copyOf(rows);
    }

    static RegisterCheck of(List<RegisterEntry> rows, GugusStore store, LocalDate today) {
        RegisterCheck check = new RegisterCheck(rows);
        check.run(store, today);
        return check;
    }

    private void run(GugusStore store, LocalDate today) {
        rows.forEach(e -> problems.addAll(e.problems()));
        agreement();
        if (!problems.isEmpty()) {
            return;
        }
        built = RegisterCase.of(rows);
        Violations found = CaseValidator.validate(built.trafficking(), today);
        for (Violation v : found.errors()) {
            problems.add(locate(v.path(), v));
        }
        for (Violation v : found.warnings()) {
            warnings.add(locate(v.path(), v));
        }
        areas(store);
        if (numberTaken(store)) {
            problems.add(problem(rows.get(0), RegisterColumn.NOMOR_KASUS, Violation.of(RegisterRule.CASE_EXISTS, "")));
        }
    }

    /**
     * Whether a stored case holds the number. Only a number that is taken costs more than the
     * lookup: the store audits the reading of that case, or refuses (and audits) reading one
     * outside the actor's scope; either way the number is taken.
     */
    private boolean numberTaken(GugusStore store) {
        try {
            return store.cases().findByNumber(built.trafficking().number()).isPresent();
        } catch (AccessDeniedException e) {
            if (e.rule() != AccessRule.SCOPE) {
                throw e; // not allowed to read cases at all: no import
            }
            return true; // held by a case outside the actor's scope
        }
    }

    /** The problem of a number found taken only when storing (another writer got there first). */
    ImportProblem numberTaken() {
        return problem(rows.get(0), RegisterColumn.NOMOR_KASUS, Violation.of(RegisterRule.CASE_EXISTS, ""));
    }

    /** Every row of a case repeats the case's columns as its first row has them. */
    private void agreement() {
        RegisterEntry first = rows.get(0);
        for (RegisterEntry e : rows.subList(1, rows.size())) {
            for (RegisterColumn c : RegisterColumn.values()) {
                if (c.ofTheCase() && !Objects.equals(caseValue(e, c), caseValue(first, c))) {
                    problems.add(problem(e, c, Violation.of(RegisterRule.CASE_MISMATCH, "", first.row())));
                }
            }
        }
    }

    /** A column of the case as read, so that 18-03-2024 and 18/03/2024 agree; its text where unread. */
    private static Object caseValue(RegisterEntry e, RegisterColumn c) {
        Object read = switch (c) {
            case TANGGAL_LAPORAN -> e.reportedOn();
            case KODE_WILAYAH_PELAPORAN -> e.registeredIn();
            case STATUS -> e.status();
            default -> null;
        };
        return read != null ? read : RegisterSheet.text(e.cells().getOrDefault(c, RegisterCell.EMPTY));
    }

    private void areas(GugusStore store) {
        area(store, rows.get(0), RegisterColumn.KODE_WILAYAH_PELAPORAN, rows.get(0).registeredIn());
        for (RegisterEntry e : rows) {
            area(store, e, RegisterColumn.KODE_WILAYAH_ASAL, e.origin());
        }
    }

    private void area(GugusStore store, RegisterEntry e, RegisterColumn column, JurisdictionCode code) {
        if (code != null && !store.jurisdictions().exists(code)) {
            problems.add(problem(e, column, Violation.of(RegisterRule.AREA, "")));
        }
    }

    /**
     * The problem of a violation of the built case at {@code path} (relative to the case):
     * {@code victims[2].personal.nik} is the NIK of the third victim's row.
     */
    ImportProblem locate(String path, Violation v) {
        Objects.requireNonNull(built, "built");
        Matcher m = VICTIM.matcher(path);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            RegisterEntry e = built.entry(built.victimRows().get(i));
            Victim victim = built.trafficking().victims().get(i);
            return problem(e, victimColumn(m.group(2), e, victim), v);
        }
        m = SUSPECT.matcher(path);
        if (m.matches()) {
            RegisterEntry e = built.entry(built.suspectRows().get(Integer.parseInt(m.group(1))));
            String rest = m.group(2);
            RegisterColumn c = rest.startsWith("roles") ? RegisterColumn.PERAN_PELAKU
                    : rest.startsWith("kind") ? RegisterColumn.JENIS_PELAKU : RegisterColumn.NAMA_PELAKU;
            return problem(e, c, v);
        }
        return problem(rows.get(0), caseColumn(path), v);
    }

    private static RegisterColumn victimColumn(String rest, RegisterEntry e, Victim victim) {
        if (rest.startsWith("personal.name")) {
            return RegisterColumn.NAMA_KORBAN;
        }
        if (rest.startsWith("personal.nik")) {
            return RegisterColumn.NIK;
        }
        if (rest.startsWith("personal.contact")) {
            return RegisterColumn.KONTAK_KORBAN;
        }
        if (rest.startsWith("personal.address")) {
            return RegisterColumn.ALAMAT_KORBAN;
        }
        if (rest.startsWith("elements")) {
            return RegisterCase.elementColumn(e, victim.wasChild());
        }
        if (rest.startsWith("restitution")) {
            return rest.endsWith(".head") ? RegisterColumn.JENIS_RESTITUSI : RegisterColumn.RESTITUSI_DITUNTUT;
        }
        String field = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return switch (field) {
            case "sex" -> RegisterColumn.JENIS_KELAMIN;
            case "birthDate" -> RegisterColumn.TANGGAL_LAHIR;
            case "recordedAge" -> RegisterColumn.UMUR;
            case "citizenship", "otherCitizenships" -> RegisterColumn.KEWARGANEGARAAN;
            case "origin" -> RegisterColumn.KODE_WILAYAH_ASAL;
            case "traffickedOn" -> RegisterColumn.TANGGAL_DIREKRUT;
            case "exploitation" -> RegisterColumn.NEGARA_TUJUAN;
            case "recruitmentChannel" -> RegisterColumn.SALURAN_REKRUTMEN;
            case "platform" -> RegisterColumn.PLATFORM;
            default -> null;
        };
    }

    private static RegisterColumn caseColumn(String path) {
        String field = path.replaceFirst("[.\\[].*", "");
        return switch (field) {
            case "number" -> RegisterColumn.NOMOR_KASUS;
            case "reportedOn" -> RegisterColumn.TANGGAL_LAPORAN;
            case "registeredIn" -> RegisterColumn.KODE_WILAYAH_PELAPORAN;
            case "status", "statusHistory" -> RegisterColumn.STATUS;
            case "closingReason" -> RegisterColumn.ALASAN_PENUTUPAN;
            case "route" -> RegisterColumn.NEGARA_TUJUAN;
            default -> null;
        };
    }

    private static ImportProblem problem(RegisterEntry e, RegisterColumn column, Violation v) {
        return ImportProblem.at(v, e.row(), column,
                column == null ? null : RegisterSheet.text(e.cells().getOrDefault(column, RegisterCell.EMPTY)));
    }

    /** The index of the case in a batch that a path of {@code saveAll} starts with ({@code [3].victims[0]...}). */
    static int batchIndex(String path) {
        Matcher m = BATCH.matcher(path);
        if (!m.matches()) {
            throw new IllegalStateException("a batch violation without an index: " + path);
        }
        return Integer.parseInt(m.group(1));
    }

    boolean isValid() {
        return problems.isEmpty();
    }

    ImmutableList<ImportProblem> problems() {
        return ImmutableList.copyOf(problems);
    }

    /** The warnings of the model on the built case (incomplete elements, no origin): they do not stop it. */
    ImmutableList<ImportProblem> warnings() {
        return ImmutableList.copyOf(warnings);
    }

    RegisterCase built() {
        return built;
    }

    ImmutableList<RegisterEntry> rows() {
        return rows;
    }
}
