package id.gugus.exchange;

import id.gugus.cases.ControlMethod;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.LabourSector;
import id.gugus.cases.Means;
import id.gugus.cases.RecruiterRelation;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.SexExploitationType;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One row of {@link CtdcMicrodata}: CTDC's column names and values ({@code 1} / {@code 0} for
 * its flags, empty where not known or not published). No column holds a name, NIK, contact,
 * address, id, case number or date: the victim is described by the quasi-identifiers at the
 * file's levels and by the means of control, labour sectors, forms of sexual exploitation and
 * recruiter relations, which are not quasi-identifiers (who would know them is who already knows
 * the case).
 *
 * <p>The columns derived from the purposes (the {@code is...} flags, {@code typeOfLabour...},
 * {@code typeOfSex...}) are published only as far as the exploitation quasi-identifier's level
 * allows, so that they never tell more than {@code typeOfExploitConcatenated} does: all of them
 * at levels 0 and 1 (begging and illicit activities, Gugus's own purposes, at level 0 only), the
 * labour and sexual flags at level 2, none above or for a suppressed victim.
 */
final class MicrodataRow {
    /** Every Gugus record comes from case management (CTDC {@code Datasource}). */
    static final String DATA_SOURCE = "Case Management";
    private static final String YES = "1";
    private static final String NO = "0";
    private static final String NOT_PUBLISHED = "";

    private MicrodataRow() {}

    /** The column names, in file order. */
    static List<String> headers() {
        return new ArrayList<>(row(null, null, new int[QuasiIdentifier.values().length], true, null).keySet());
    }

    /**
     * The row of {@code victim}; with {@code suppressed}, every quasi-identifier and every column
     * derived from one is empty. With a null victim, a row of empty values (for the headers).
     */
    static Map<String, String> row(TraffickingCase c, Victim v, int[] levels, boolean suppressed, String[] raw) {
        boolean none = v == null;
        Map<String, String> row = new LinkedHashMap<>();
        for (QuasiIdentifier q : QuasiIdentifier.values()) {
            if (q == QuasiIdentifier.EXPLOITATION) {
                continue; // written beside the flags it governs
            }
            row.put(q.header(), none || suppressed ? QuasiIdentifier.SUPPRESSED : q.text(raw[q.ordinal()], levels[q.ordinal()]));
        }
        row.put("Datasource", DATA_SOURCE);
        int exploitationLevel = suppressed ? QuasiIdentifier.EXPLOITATION.top() : levels[QuasiIdentifier.EXPLOITATION.ordinal()];
        String rawPurposes = none ? QuasiIdentifier.UNKNOWN : raw[QuasiIdentifier.EXPLOITATION.ordinal()];
        boolean known = !rawPurposes.equals(QuasiIdentifier.UNKNOWN);
        exploitation(row, none || !known ? Set.of() : CtdcExploitation.of(rawPurposes), known ? exploitationLevel : QuasiIdentifier.EXPLOITATION.top());
        row.put(QuasiIdentifier.EXPLOITATION.header(), none ? QuasiIdentifier.SUPPRESSED
                : QuasiIdentifier.EXPLOITATION.text(rawPurposes, exploitationLevel));
        labour(row, v, known ? exploitationLevel : QuasiIdentifier.EXPLOITATION.top());
        sex(row, v, known ? exploitationLevel : QuasiIdentifier.EXPLOITATION.top());
        control(row, v);
        recruitment(row, v);
        return row;
    }

    private static void exploitation(Map<String, String> row, Set<CtdcExploitation> categories, int level) {
        boolean labour = categories.contains(CtdcExploitation.FORCED_LABOUR);
        boolean sexual = categories.contains(CtdcExploitation.SEXUAL);
        for (CtdcExploitation e : CtdcExploitation.values()) {
            boolean broad = e == CtdcExploitation.FORCED_LABOUR || e == CtdcExploitation.SEXUAL;
            row.put(e.flag(), level <= 1 || level == 2 && broad ? flag(categories.contains(e)) : NOT_PUBLISHED);
        }
        row.put("isSexAndLabour", level <= 2 ? flag(labour && sexual) : NOT_PUBLISHED);
    }

    private static void labour(Map<String, String> row, Victim v, int level) {
        boolean shown = level <= 1;
        Set<ExploitationType> purposes = v == null ? Set.of() : v.elements().purposes();
        Set<LabourSector> sectors = v == null ? Set.of() : v.exploitation().sectors();
        sector(row, "typeOfLabourAgriculture", shown, sectors, LabourSector.A_AGRICULTURE_FORESTRY_FISHING);
        // ISIC section A holds aquaculture with agriculture: Gugus cannot tell them apart.
        row.put("typeOfLabourAquafarming", NOT_PUBLISHED);
        row.put("typeOfLabourBegging", level == 0 ? flag(purposes.contains(ExploitationType.FORCED_BEGGING)) : NOT_PUBLISHED);
        sector(row, "typeOfLabourConstruction", shown, sectors, LabourSector.F_CONSTRUCTION);
        sector(row, "typeOfLabourDomesticWork", shown, sectors, LabourSector.T_HOUSEHOLDS_AS_EMPLOYERS);
        sector(row, "typeOfLabourHospitality", shown, sectors, LabourSector.I_ACCOMMODATION_FOOD_SERVICE);
        row.put("typeOfLabourIllicitActivities", level == 0 ? flag(purposes.contains(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM)
                || purposes.contains(ExploitationType.FORCED_CRIMINALITY_ONLINE_GAMBLING)
                || purposes.contains(ExploitationType.FORCED_CRIMINALITY_OTHER)) : NOT_PUBLISHED);
        sector(row, "typeOfLabourManufacturing", shown, sectors, LabourSector.C_MANUFACTURING);
        sector(row, "typeOfLabourMiningOrDrilling", shown, sectors, LabourSector.B_MINING_QUARRYING);
        sector(row, "typeOfLabourPeddling", shown, sectors, LabourSector.G_WHOLESALE_RETAIL_TRADE);
        sector(row, "typeOfLabourTransportation", shown, sectors, LabourSector.H_TRANSPORTATION_STORAGE);
        row.put("typeOfLabourOther", shown ? flag(sectors.stream().anyMatch(s -> !NAMED_SECTORS.contains(s))) : NOT_PUBLISHED);
        row.put("typeOfLabourNotSpecified", shown
                ? flag(sectors.isEmpty() && purposes.stream().anyMatch(ExploitationType::isLabour)) : NOT_PUBLISHED);
    }

    private static final Set<LabourSector> NAMED_SECTORS = Set.of(LabourSector.A_AGRICULTURE_FORESTRY_FISHING,
            LabourSector.F_CONSTRUCTION, LabourSector.T_HOUSEHOLDS_AS_EMPLOYERS, LabourSector.I_ACCOMMODATION_FOOD_SERVICE,
            LabourSector.C_MANUFACTURING, LabourSector.B_MINING_QUARRYING, LabourSector.G_WHOLESALE_RETAIL_TRADE,
            LabourSector.H_TRANSPORTATION_STORAGE);

    private static void sector(Map<String, String> row, String header, boolean shown, Set<LabourSector> sectors, LabourSector sector) {
        row.put(header, shown ? flag(sectors.contains(sector)) : NOT_PUBLISHED);
    }

    private static void sex(Map<String, String> row, Victim v, int level) {
        Set<SexExploitationType> types = v == null ? Set.of() : v.exploitation().sexTypes();
        row.put("typeOfSexProstitution", sexType(level, types, SexExploitationType.PROSTITUTION));
        row.put("typeOfSexPornography", sexType(level, types, SexExploitationType.PORNOGRAPHY));
        row.put("typeOfSexRemoteInteractiveServices", sexType(level, types, SexExploitationType.REMOTE_INTERACTIVE_SERVICES));
        row.put("typeOfSexPrivateSexualServices", sexType(level, types, SexExploitationType.PRIVATE_SEXUAL_SERVICES));
    }

    private static String sexType(int level, Set<SexExploitationType> types, SexExploitationType type) {
        return level <= 1 ? flag(types.contains(type)) : NOT_PUBLISHED;
    }

    private static void control(Map<String, String> row, Victim v) {
        Set<ControlMethod> m = v == null ? Set.of() : v.controlMethods();
        row.put("meansOfControlDebtBondage", any(v, m, ControlMethod.DEBT_BONDAGE));
        row.put("meansOfControlTakesEarnings", any(v, m, ControlMethod.WITHHELD_WAGES));
        row.put("meansOfControlRestrictsFinancialAccess", any(v, m, ControlMethod.RESTRICTED_FINANCIAL_ACCESS));
        row.put("meansOfControlThreats", any(v, m, ControlMethod.THREATS, ControlMethod.THREATS_TO_FAMILY));
        row.put("meansOfControlPsychologicalAbuse", any(v, m, ControlMethod.PSYCHOLOGICAL_ABUSE));
        row.put("meansOfControlPhysicalAbuse", any(v, m, ControlMethod.PHYSICAL_ABUSE));
        row.put("meansOfControlSexualAbuse", any(v, m, ControlMethod.SEXUAL_ABUSE));
        row.put("meansOfControlFalsePromises", any(v, m, ControlMethod.FALSE_PROMISES));
        row.put("meansOfControlPsychoactiveSubstances", any(v, m, ControlMethod.PSYCHOACTIVE_SUBSTANCES));
        row.put("meansOfControlRestrictsMovement", any(v, m, ControlMethod.RESTRICTED_MOVEMENT));
        row.put("meansOfControlRestrictsMedicalCare", any(v, m, ControlMethod.RESTRICTED_MEDICAL_CARE));
        row.put("meansOfControlExcessiveWorkingHours", any(v, m, ControlMethod.EXCESSIVE_WORKING_HOURS));
        row.put("meansOfControlUsesChildren", any(v, m, ControlMethod.RESTRICTED_ACCESS_TO_CHILDREN));
        row.put("meansOfControlThreatOfLawEnforcement", any(v, m, ControlMethod.THREATS_OF_LAW_ENFORCEMENT));
        row.put("meansOfControlWithholdsNecessities", any(v, m, ControlMethod.WITHHELD_NECESSITIES));
        row.put("meansOfControlWithholdsDocuments", any(v, m, ControlMethod.WITHHELD_DOCUMENTS));
        row.put("meansOfControlOther", any(v, m, ControlMethod.OTHER));
        // Gugus cannot tell "none" from "not asked": no method recorded is "not specified".
        row.put("meansOfControlNotSpecified", v == null ? NOT_PUBLISHED : flag(m.isEmpty()));
    }

    private static void recruitment(Map<String, String> row, Victim v) {
        Set<RecruiterRelation> r = v == null ? Set.of() : v.recruiterRelations();
        row.put("isAbduction", v == null ? NOT_PUBLISHED : flag(v.elements().means().contains(Means.ABDUCTION)
                || v.recruitmentChannel() == RecruitmentChannel.ABDUCTION));
        row.put("recruiterRelationIntimatePartner", any(v, r, RecruiterRelation.INTIMATE_PARTNER));
        row.put("recruiterRelationFriend", any(v, r, RecruiterRelation.FRIEND));
        row.put("recruiterRelationFamily", any(v, r, RecruiterRelation.FAMILY));
        row.put("recruiterRelationOther", any(v, r, RecruiterRelation.ACQUAINTANCE, RecruiterRelation.STRANGER));
        row.put("recruiterRelationUnknown", v == null ? NOT_PUBLISHED : flag(r.isEmpty()));
    }

    @SafeVarargs
    private static <T> String any(Victim v, Collection<T> held, T... values) {
        if (v == null) {
            return NOT_PUBLISHED;
        }
        Predicate<T> in = held::contains;
        for (T value : values) {
            if (in.test(value)) {
                return YES;
            }
        }
        return NO;
    }

    private static String flag(boolean value) {
        return value ? YES : NO;
    }
}
