package id.gugus.taskforce;

/** Offices that chair task forces or sign their decrees (docs/task-forces.md). */
public enum Position {
    COORDINATING_MINISTER_POLITICS_LAW_SECURITY,
    COORDINATING_MINISTER_HUMAN_DEVELOPMENT_CULTURE,
    /** Chief of National Police. */
    KAPOLRI,
    GOVERNOR,
    VICE_GOVERNOR,
    /** Regional police chief. */
    KAPOLDA,
    /** Bupati. */
    REGENT,
    /** Wali Kota. */
    MAYOR,
    /** Resort police chief of a regency. */
    KAPOLRES,
    /** Resort police chief of a large city. */
    KAPOLRESTA,
    /** Resort police chief of a metropolitan city (Polrestabes: Medan, Surabaya, Bandung, …). */
    KAPOLRESTABES,
    REGIONAL_SECRETARY,
    /** Head of the women's empowerment and child protection office: the pre-2023 daily chair. */
    HEAD_OF_DINAS_PPPA,
    OTHER
}
