package id.gugus.exchange;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the case register template ({@code template-register-kasus.csv},
 * docs/case-register-template.md), in the template's order. One row is one victim of a case;
 * the rows of one case share its number and repeat the columns of the case.
 */
public enum RegisterColumn {
    /** The case number (police report number); groups the rows of one case. */
    NOMOR_KASUS("nomor_kasus", true, false, true),
    /** The date the case was reported. */
    TANGGAL_LAPORAN("tanggal_laporan", true, false, true),
    /** The Kemendagri code of the area that registered the case. */
    KODE_WILAYAH_PELAPORAN("kode_wilayah_pelaporan", true, false, true),
    /** The stage of criminal procedure. */
    STATUS("status", true, false, true),
    /** Why a closed case was closed (free text, never shown in a message). */
    ALASAN_PENUTUPAN("alasan_penutupan", false, true, true),
    /** The victim's name. */
    NAMA_KORBAN("nama_korban", false, true, false),
    /** The victim's NIK, as text. */
    NIK("nik", false, true, false),
    /** A phone number or other contact of the victim. */
    KONTAK_KORBAN("kontak_korban", false, true, false),
    /** The victim's address. */
    ALAMAT_KORBAN("alamat_korban", false, true, false),
    /** Sex: L or P. */
    JENIS_KELAMIN("jenis_kelamin", true, false, false),
    /** The victim's birth date. */
    TANGGAL_LAHIR("tanggal_lahir", false, true, false),
    /** The age when trafficked, when the birth date is not known. */
    UMUR("umur", false, false, false),
    /** Citizenship: ISO 3166-1 alpha-3, or WNI. */
    KEWARGANEGARAAN("kewarganegaraan", true, false, false),
    /** The Kemendagri code of the victim's area of origin. */
    KODE_WILAYAH_ASAL("kode_wilayah_asal", false, false, false),
    /** The date the victim was recruited or first moved. */
    TANGGAL_DIREKRUT("tanggal_direkrut", true, false, false),
    /** The acts (proses), separated by semicolons. */
    PROSES("proses", false, false, false),
    /** The means (cara), separated by semicolons. */
    CARA("cara", false, false, false),
    /** The purposes (jenis eksploitasi), separated by semicolons. */
    JENIS_EKSPLOITASI("jenis_eksploitasi", false, false, false),
    /** The country where the victim was exploited (ISO 3166-1 alpha-3). */
    NEGARA_TUJUAN("negara_tujuan", false, false, false),
    /** How the recruitment reached the victim. */
    SALURAN_REKRUTMEN("saluran_rekrutmen", false, false, false),
    /** The online platform of recruitment. */
    PLATFORM("platform", false, false, false),
    /** The head of restitution claimed (UU 21/2007 Art. 48). */
    JENIS_RESTITUSI("jenis_restitusi", false, false, false),
    /** The restitution claimed, in rupiah. */
    RESTITUSI_DITUNTUT("restitusi_dituntut", false, false, false),
    /** The name of a suspect of the case (the same name on several rows is one suspect). */
    NAMA_PELAKU("nama_pelaku", false, true, false),
    /** The suspect's roles, separated by semicolons. */
    PERAN_PELAKU("peran_pelaku", false, false, false),
    /** Whether the suspect is a natural person or a corporation. */
    JENIS_PELAKU("jenis_pelaku", false, false, false);

    private final String header;
    private final boolean required;
    private final boolean personal;
    private final boolean ofTheCase;

    RegisterColumn(String header, boolean required, boolean personal, boolean ofTheCase) {
        this.header = header;
        this.required = required;
        this.personal = personal;
        this.ofTheCase = ofTheCase;
    }

    /** The column's name in the header row, in Indonesian. */
    public String header() {
        return header;
    }

    /** Whether every row must have a value here (and the header this column). */
    public boolean required() {
        return required;
    }

    /**
     * Whether the column holds personal data (or free text that may), whose value no message,
     * report or log shows.
     */
    public boolean personal() {
        return personal;
    }

    /** Whether the column belongs to the case, so that every row of the case repeats it. */
    public boolean ofTheCase() {
        return ofTheCase;
    }

    /**
     * The column of a header cell: trimmed, in any case.
     *
     * @param header the text of a header cell
     * @return the column, or empty if the template has none of that name
     */
    public static Optional<RegisterColumn> byHeader(String header) {
        String name = header == null ? "" : header.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.header.equals(name)).findFirst();
    }
}
