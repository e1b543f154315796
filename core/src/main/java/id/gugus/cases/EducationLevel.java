package id.gugus.cases;

/**
 * The highest level of education attained: the nine values of HTCDS 2.0
 * {@code prs_HighestLevelOfEducation}, which are the levels 0 to 8 of ISCED 2011 (UNESCO), with
 * Indonesia's jenjang pendidikan (UU 20/2003) at each level ({@link #jenjang()}). Dukcapil's
 * pendidikan terakhir maps as: tidak/belum sekolah and belum tamat SD to
 * {@link #EARLY_CHILDHOOD} (ISCED 2011 counts attainment below primary at level 0), tamat SD to
 * {@link #PRIMARY}, SLTP to {@link #LOWER_SECONDARY}, SLTA to {@link #UPPER_SECONDARY}, Diploma
 * I/II and Akademi/Diploma III/Sarjana Muda to {@link #SHORT_CYCLE_TERTIARY}, Diploma IV/Strata I
 * to {@link #BACHELORS}, Strata II to {@link #MASTERS}, Strata III to {@link #DOCTORAL}.
 */
public enum EducationLevel {
    /** ISCED 0, HTCDS EarlyChildhoodEducation: PAUD (TK, RA, KB); also no school or primary not finished. */
    EARLY_CHILDHOOD(0, "PAUD / tidak atau belum tamat SD"),
    /** ISCED 1, HTCDS PrimaryEducation: SD, MI, Paket A. */
    PRIMARY(1, "SD / MI / Paket A"),
    /** ISCED 2, HTCDS LowerSecondaryEducation: SMP, MTs, Paket B. */
    LOWER_SECONDARY(2, "SMP / MTs / Paket B"),
    /** ISCED 3, HTCDS UpperSecondaryEducation: SMA, SMK, MA, MAK, Paket C. */
    UPPER_SECONDARY(3, "SMA / SMK / MA / MAK / Paket C"),
    /**
     * ISCED 4, HTCDS PostSecondaryNonTertiaryEducation: no jenjang of the formal system; courses and
     * training after SLTA (kursus, lembaga pelatihan kerja) that lead to no degree.
     */
    POST_SECONDARY_NON_TERTIARY(4, "kursus / pelatihan setelah SLTA"),
    /** ISCED 5, HTCDS ShortCycleTertiaryEducation: Diploma I, II and III. */
    SHORT_CYCLE_TERTIARY(5, "D1 / D2 / D3"),
    /** ISCED 6, HTCDS BachelorsOrEquivalentLevel: Diploma IV, Sarjana (S1), Sarjana Terapan. */
    BACHELORS(6, "D4 / S1"),
    /** ISCED 7, HTCDS MastersOrEquivalentLevel: Magister (S2), Magister Terapan. */
    MASTERS(7, "S2"),
    /** ISCED 8, HTCDS DoctoralOrEquivalentLevel: Doktor (S3), Doktor Terapan. */
    DOCTORAL(8, "S3");

    private final int isced;
    private final String jenjang;

    EducationLevel(int isced, String jenjang) {
        this.isced = isced;
        this.jenjang = jenjang;
    }

    /** The ISCED 2011 level, 0 to 8. */
    public int isced() {
        return isced;
    }

    /** Indonesia's jenjang pendidikan at this level, as a short label. */
    public String jenjang() {
        return jenjang;
    }
}
