package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.gugus.cases.Act;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Means;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.Sex;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.common.CountryCode;
import id.gugus.common.Rupiah;
import id.gugus.common.Texts;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Reads the cells of one row into the values of a victim and its case, collecting a problem for
 * every cell that cannot be read (all of them, not the first): an empty required cell, a date,
 * NIK, amount, code or label that is not one. The model's own rules run later, on the case.
 */
final class RegisterRowReader {
    private final int row;
    private final ImmutableMap<RegisterColumn, RegisterCell> cells;
    private final ImmutableList.Builder<ImportProblem> problems = ImmutableList.builder();

    private RegisterRowReader(int row, ImmutableMap<RegisterColumn, RegisterCell> cells) {
        this.row = row;
        this.cells = cells;
    }

    static RegisterEntry read(int row, ImmutableMap<RegisterColumn, RegisterCell> cells) {
        return new RegisterRowReader(row, cells).read();
    }

    private RegisterEntry read() {
        CaseNumber number = text(RegisterColumn.NOMOR_KASUS, (t, c) -> CaseNumber.of(t));
        LocalDate reportedOn = cell(RegisterColumn.TANGGAL_LAPORAN, IndonesianDates::of);
        JurisdictionCode registeredIn = text(RegisterColumn.KODE_WILAYAH_PELAPORAN, (t, c) -> JurisdictionCode.of(t));
        CaseStatus status = label(RegisterColumn.STATUS, CaseStatus.class);
        String closingReason = text(RegisterColumn.ALASAN_PENUTUPAN, (t, c) -> Texts.optional(t, c, Texts.LONG));
        String name = text(RegisterColumn.NAMA_KORBAN, (t, c) -> Texts.optional(t, c, Texts.SHORT));
        Nik nik = cell(RegisterColumn.NIK, NikText::of);
        String contact = text(RegisterColumn.KONTAK_KORBAN, (t, c) -> Texts.optional(t, c, Texts.SHORT));
        String address = text(RegisterColumn.ALAMAT_KORBAN, (t, c) -> Texts.optional(t, c, Texts.LONG));
        Sex sex = label(RegisterColumn.JENIS_KELAMIN, Sex.class);
        LocalDate birthDate = cell(RegisterColumn.TANGGAL_LAHIR, IndonesianDates::of);
        Integer age = text(RegisterColumn.UMUR, RegisterRowReader::age);
        CountryCode citizenship = text(RegisterColumn.KEWARGANEGARAAN, RegisterRowReader::citizenship);
        JurisdictionCode origin = text(RegisterColumn.KODE_WILAYAH_ASAL, (t, c) -> JurisdictionCode.of(t));
        LocalDate traffickedOn = cell(RegisterColumn.TANGGAL_DIREKRUT, IndonesianDates::of);
        ImmutableSet<Act> acts = labels(RegisterColumn.PROSES, Act.class);
        ImmutableSet<Means> means = labels(RegisterColumn.CARA, Means.class);
        ImmutableSet<ExploitationType> purposes = labels(RegisterColumn.JENIS_EKSPLOITASI, ExploitationType.class);
        CountryCode destination = text(RegisterColumn.NEGARA_TUJUAN, RegisterRowReader::country);
        RecruitmentChannel channel = label(RegisterColumn.SALURAN_REKRUTMEN, RecruitmentChannel.class);
        Platform platform = label(RegisterColumn.PLATFORM, Platform.class);
        RestitutionHead head = label(RegisterColumn.JENIS_RESTITUSI, RestitutionHead.class);
        Rupiah restitution = cell(RegisterColumn.RESTITUSI_DITUNTUT, RupiahText::of);
        String suspect = text(RegisterColumn.NAMA_PELAKU, (t, c) -> Texts.optional(t, c, Texts.SHORT));
        ImmutableSet<SuspectRole> roles = labels(RegisterColumn.PERAN_PELAKU, SuspectRole.class);
        SuspectKind kind = label(RegisterColumn.JENIS_PELAKU, SuspectKind.class);
        // A claim needs its head, and a suspect's role or kind needs the suspect.
        requiredWith(RegisterColumn.JENIS_RESTITUSI, RegisterColumn.RESTITUSI_DITUNTUT);
        requiredWith(RegisterColumn.RESTITUSI_DITUNTUT, RegisterColumn.JENIS_RESTITUSI);
        requiredWith(RegisterColumn.NAMA_PELAKU, RegisterColumn.PERAN_PELAKU, RegisterColumn.JENIS_PELAKU);
        PersonalData personal = name == null && nik == null && contact == null && address == null
                ? PersonalData.NONE : PersonalData.of(name, nik, contact, address);
        return new RegisterEntry(row, cells, problems.build(), number, reportedOn, registeredIn, status, closingReason,
                personal, sex, birthDate, age, citizenship, origin, traffickedOn, acts, means, purposes, destination,
                channel, platform, head, restitution, suspect, roles, kind == null ? SuspectKind.NATURAL_PERSON : kind);
    }

    private RegisterCell at(RegisterColumn column) {
        return cells.getOrDefault(column, RegisterCell.EMPTY);
    }

    /** The value of a cell, or null if it is empty (a problem if required) or unreadable (a problem). */
    private <T> T cell(RegisterColumn column, BiFunction<RegisterCell, String, T> reader) {
        RegisterCell cell = at(column);
        if (cell.isBlank()) {
            if (column.required()) {
                problems.add(ImportProblem.at(Violation.of(RegisterRule.REQUIRED, column.header()), row, column, null));
            }
            return null;
        }
        try {
            return reader.apply(cell, column.header());
        } catch (ValidationException e) {
            for (Violation v : e.violations()) {
                problems.add(ImportProblem.at(v, row, column, cell.text()));
            }
            return null;
        }
    }

    private <T> T text(RegisterColumn column, BiFunction<String, String, T> reader) {
        return cell(column, (cell, name) -> reader.apply(cell.text(), name));
    }

    private <E extends Enum<E>> E label(RegisterColumn column, Class<E> type) {
        return text(column, (t, c) -> RegisterLabels.parse(type, t, c));
    }

    private <E extends Enum<E>> ImmutableSet<E> labels(RegisterColumn column, Class<E> type) {
        ImmutableSet<E> all = text(column, (t, c) -> RegisterLabels.parseAll(type, t, c));
        return all == null ? ImmutableSet.of() : all;
    }

    private void requiredWith(RegisterColumn needed, RegisterColumn... by) {
        if (!at(needed).isBlank()) {
            return;
        }
        for (RegisterColumn other : by) {
            if (!at(other).isBlank()) {
                problems.add(ImportProblem.at(Violation.of(RegisterRule.REQUIRED, needed.header()), row, needed, null));
                return;
            }
        }
    }

    private static Integer age(String text, String column) {
        // An XLSX number cell shows "25" or "25.0"; either is a whole number.
        String t = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (!t.matches("\\d{1,3}") || Integer.parseInt(t) > 120) {
            throw ValidationException.invalidValue(RegisterRule.AGE, column);
        }
        return Integer.parseInt(t);
    }

    private static CountryCode citizenship(String text, String column) {
        String t = text.toUpperCase(Locale.ROOT);
        return t.equals("WNI") || t.equals("INDONESIA") ? CountryCode.INDONESIA : country(t, column);
    }

    private static CountryCode country(String text, String column) {
        return CountryCode.of(text.toUpperCase(Locale.ROOT));
    }
}
