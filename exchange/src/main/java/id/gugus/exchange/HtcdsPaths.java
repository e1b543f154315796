package id.gugus.exchange;

import com.google.common.collect.ImmutableMap;
import id.gugus.validation.Violation;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a violation of the model's rules, found in a case built from a file, back at the row and
 * column its value came from: {@code victims[2].personal.nik} is the row of the third victim,
 * column {@code prs_IdentityNumber}; a value of the case is at the case's first row.
 */
final class HtcdsPaths {
    private static final Pattern VICTIM = Pattern.compile("victims\\[(\\d+)](?:\\.(.*))?");
    /** The model's paths in a victim, by prefix, and the column each comes from (longest prefix first where they nest). */
    private static final Map<String, HtcdsField> IN_A_VICTIM = ImmutableMap.<String, HtcdsField>builder()
            .put("personal.name", HtcdsField.FIRST_NAME)
            .put("personal.nik", HtcdsField.IDENTITY_NUMBER)
            .put("personal.contacts", HtcdsField.MOBILE_PHONE)
            .put("personal.documents", HtcdsField.IDENTITY_NUMBER)
            .put("personal.address", HtcdsField.MAILING_STREET)
            .put("personal", HtcdsField.IDENTITY_NUMBER)
            .put("id", HtcdsField.VICTIM_ID)
            .put("birthDate", HtcdsField.BIRTHDATE)
            .put("death", HtcdsField.DECEASED)
            .put("background.maritalStatus", HtcdsField.MARITAL_STATUS)
            .put("background.children", HtcdsField.NUMBER_OF_CHILDREN)
            .put("background.primaryLanguage", HtcdsField.PRIMARY_LANGUAGE)
            .put("background.secondaryLanguage", HtcdsField.SECONDARY_LANGUAGE)
            .put("background.education", HtcdsField.HIGHEST_LEVEL_OF_EDUCATION)
            .put("recordedAge", HtcdsField.AGE_WHEN_TRAFFICKED)
            .put("gender", HtcdsField.GENDER)
            .put("sex", HtcdsField.SEX)
            .put("citizenship", HtcdsField.CITIZENSHIP)
            .put("otherCitizenships", HtcdsField.CITIZENSHIP)
            .put("origin", HtcdsField.ORIGIN)
            .put("traffickedOn", HtcdsField.TRAFFICKED_ON)
            .put("traffickingStatus", HtcdsField.TRAFFICKING_STATUS)
            .put("elements.acts", HtcdsField.ACTS)
            .put("elements.means", HtcdsField.MEANS)
            .put("elements.purposes", HtcdsField.TYPE_OF_EXPLOITATION)
            .put("elements", HtcdsField.ACTS)
            .put("controlMethods", HtcdsField.METHODS_OF_CONTROL)
            .put("exploitation.sectors", HtcdsField.FORCED_LABOUR_INDUSTRY)
            .put("exploitation.sexTypes", HtcdsField.TYPE_OF_SEX_EXPLOITATION)
            .put("exploitation.platforms", HtcdsField.EXPLOITATION_WEBSITES_AND_APPS)
            .put("exploitation.country", HtcdsField.LOCATION_OF_EXPLOITATION)
            .put("recruiterRelations", HtcdsField.RELATIONSHIP_TO_TRAFFICKER)
            .put("recruitmentChannel", HtcdsField.METHOD_OF_RECRUITMENT)
            .put("platform", HtcdsField.RECRUITMENT_WEBSITES_AND_APPS)
            .build();
    private static final Map<String, HtcdsField> IN_A_CASE = ImmutableMap.<String, HtcdsField>builder()
            .put("number", HtcdsField.CASE_NUMBER)
            .put("case.number", HtcdsField.CASE_NUMBER)
            .put("registeredIn", HtcdsField.REGISTERED_IN)
            .put("reportedOn", HtcdsField.REPORTED_ON)
            .put("statusHistory", HtcdsField.STATUS)
            .put("status", HtcdsField.STATUS)
            .put("closingReason", HtcdsField.REASON_FOR_CASE_CLOSURE)
            .put("management.owner", HtcdsField.CASE_OWNER)
            .put("management.since", HtcdsField.MANAGEMENT_SINCE)
            .put("management", HtcdsField.CASE_STATUS)
            .put("route.recruitment", HtcdsField.LOCATION_OF_RECRUITMENT)
            .put("route.exploitation", HtcdsField.LOCATION_OF_EXPLOITATION)
            .build();

    private HtcdsPaths() {}

    /** The problem of {@code violation}, whose path is relative to the case, placed in the file. */
    static ImportProblem place(Violation violation, HtcdsCases.ImportedCase from) {
        String path = violation.path();
        Matcher victim = VICTIM.matcher(path);
        if (victim.matches()) {
            int index = Integer.parseInt(victim.group(1));
            long row = index < from.victimRows().size() ? from.victimRows().get(index) : from.firstRow();
            String rest = victim.group(2) == null ? "" : victim.group(2);
            return ImportProblem.at(violation, row, column(IN_A_VICTIM, rest, HtcdsField.VICTIM_ID));
        }
        return ImportProblem.at(violation, from.firstRow(), column(IN_A_CASE, path, HtcdsField.CASE_NUMBER));
    }

    private static String column(Map<String, HtcdsField> table, String path, HtcdsField otherwise) {
        for (Map.Entry<String, HtcdsField> e : table.entrySet()) {
            String p = e.getKey();
            if (path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[")) {
                return e.getValue().header();
            }
        }
        return otherwise.header();
    }
}
