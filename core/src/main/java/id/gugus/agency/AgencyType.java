package id.gugus.agency;

/** Kinds of agency that sit on task forces and run activities (docs/task-forces.md). */
public enum AgencyType {
    /** Regional head's office: governor, regent or mayor (Sekretariat Daerah). */
    REGIONAL_GOVERNMENT,
    /** Women's empowerment and child protection office (Dinas PPPA / DP3A). */
    WOMEN_AND_CHILD_PROTECTION,
    /** National police and its regional commands (Polri, Polda, Polres). */
    POLICE,
    MANPOWER,
    IMMIGRATION,
    /** Migrant worker protection (BP2MI / BP3MI, KemenP2MI). */
    MIGRANT_WORKER_PROTECTION,
    SOCIAL_AFFAIRS,
    HEALTH,
    EDUCATION,
    RELIGIOUS_AFFAIRS,
    COMMUNICATION_AND_INFORMATICS,
    FOREIGN_AFFAIRS,
    PROSECUTOR,
    COURT,
    /** Witness and victim protection agency (LPSK). */
    WITNESS_AND_VICTIM_PROTECTION,
    PLANNING,
    NGO,
    INTERNATIONAL_ORGANISATION,
    OTHER
}
