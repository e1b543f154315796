package id.gugus.examples.kalbar;

import id.gugus.agency.AgencyType;
import id.gugus.jurisdiction.JurisdictionCode;

/** The offices that sit on the provincial task force and run the RAD (docs/task-forces.md). */
enum ProvincialAgency {
    GOVERNMENT("Pemerintah Provinsi Kalimantan Barat", AgencyType.REGIONAL_GOVERNMENT, "Sekretaris Daerah"),
    DINAS_PPPA("Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Kalimantan Barat",
            AgencyType.WOMEN_AND_CHILD_PROTECTION, "Kepala Dinas PPPA"),
    POLDA("Kepolisian Daerah Kalimantan Barat", AgencyType.POLICE, "Direktur Reserse Kriminal Umum"),
    MANPOWER("Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Barat", AgencyType.MANPOWER, "Kepala Dinas"),
    IMMIGRATION("Kantor Wilayah Kementerian Hukum dan HAM Kalimantan Barat, Divisi Keimigrasian",
            AgencyType.IMMIGRATION, "Kepala Divisi Keimigrasian"),
    BP3MI("Balai Pelayanan Pelindungan Pekerja Migran Indonesia Kalimantan Barat",
            AgencyType.MIGRANT_WORKER_PROTECTION, "Kepala BP3MI"),
    SOCIAL_AFFAIRS("Dinas Sosial Provinsi Kalimantan Barat", AgencyType.SOCIAL_AFFAIRS, "Kepala Dinas"),
    HEALTH("Dinas Kesehatan Provinsi Kalimantan Barat", AgencyType.HEALTH, "Kepala Dinas"),
    EDUCATION("Dinas Pendidikan dan Kebudayaan Provinsi Kalimantan Barat", AgencyType.EDUCATION, "Kepala Dinas"),
    RELIGIOUS_AFFAIRS("Kantor Wilayah Kementerian Agama Provinsi Kalimantan Barat", AgencyType.RELIGIOUS_AFFAIRS,
            "Kepala Kantor Wilayah"),
    COMMUNICATION("Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat",
            AgencyType.COMMUNICATION_AND_INFORMATICS, "Kepala Dinas"),
    PROSECUTOR("Kejaksaan Tinggi Kalimantan Barat", AgencyType.PROSECUTOR, "Asisten Tindak Pidana Umum"),
    PLANNING("Badan Perencanaan Pembangunan Daerah Provinsi Kalimantan Barat", AgencyType.PLANNING, "Kepala Bappeda"),
    /** National, but serves the province's victims: restitution assessments. */
    LPSK("Lembaga Perlindungan Saksi dan Korban", AgencyType.WITNESS_AND_VICTIM_PROTECTION, "Wakil Ketua",
            JurisdictionCode.NATIONAL);

    final String agencyName;
    final AgencyType type;
    /** The office (not the person) that represents the agency on the task force. */
    final String representative;
    final JurisdictionCode jurisdiction;

    ProvincialAgency(String agencyName, AgencyType type, String representative) {
        this(agencyName, type, representative, KalbarAreas.PROVINCE);
    }

    ProvincialAgency(String agencyName, AgencyType type, String representative, JurisdictionCode jurisdiction) {
        this.agencyName = agencyName;
        this.type = type;
        this.representative = representative;
        this.jurisdiction = jurisdiction;
    }
}
