package id.gugus.cases;

/**
 * The industry in which a victim's labour was exploited: the 21 sections of ISIC Rev. 4, as HTCDS 2.0
 * {@code vic_ForcedLabourIndustry} lists them (Field Definitions, Labour Industry tier 1).
 * Indonesia's KBLI 2020 uses the same sections and letters. CTDC's {@code typeOfLabour*} variables
 * are derived from these and {@link ExploitationType} (docs/htcds-mapping.md).
 */
public enum LabourSector {
    /** A: agriculture, forestry and fishing (plantations, fishing vessels). */
    A_AGRICULTURE_FORESTRY_FISHING('A'),
    /** B: mining and quarrying. */
    B_MINING_QUARRYING('B'),
    /** C: manufacturing. */
    C_MANUFACTURING('C'),
    /** D: electricity, gas, steam and air conditioning supply. */
    D_ELECTRICITY_GAS_STEAM('D'),
    /** E: water supply, sewerage, waste management. */
    E_WATER_SUPPLY_WASTE('E'),
    /** F: construction. */
    F_CONSTRUCTION('F'),
    /** G: wholesale and retail trade, repair of motor vehicles (peddling included). */
    G_WHOLESALE_RETAIL_TRADE('G'),
    /** H: transportation and storage. */
    H_TRANSPORTATION_STORAGE('H'),
    /** I: accommodation and food service activities (hospitality). */
    I_ACCOMMODATION_FOOD_SERVICE('I'),
    /** J: information and communication. */
    J_INFORMATION_COMMUNICATION('J'),
    /** K: financial and insurance activities. */
    K_FINANCIAL_INSURANCE('K'),
    /** L: real estate activities. */
    L_REAL_ESTATE('L'),
    /** M: professional, scientific and technical activities. */
    M_PROFESSIONAL_SCIENTIFIC_TECHNICAL('M'),
    /** N: administrative and support service activities (cleaning included). */
    N_ADMINISTRATIVE_SUPPORT('N'),
    /** O: public administration and defence. */
    O_PUBLIC_ADMINISTRATION_DEFENCE('O'),
    /** P: education. */
    P_EDUCATION('P'),
    /** Q: human health and social work activities. */
    Q_HEALTH_SOCIAL_WORK('Q'),
    /** R: arts, entertainment and recreation (gambling included). */
    R_ARTS_ENTERTAINMENT_RECREATION('R'),
    /** S: other service activities. */
    S_OTHER_SERVICES('S'),
    /** T: activities of households as employers (domestic work). */
    T_HOUSEHOLDS_AS_EMPLOYERS('T'),
    /** U: activities of extraterritorial organisations. */
    U_EXTRATERRITORIAL_ORGANISATIONS('U');

    private final char section;

    LabourSector(char section) {
        this.section = section;
    }

    /** The ISIC (and KBLI) section letter, A to U. */
    public char section() {
        return section;
    }
}
