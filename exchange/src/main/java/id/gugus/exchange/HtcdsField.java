package id.gugus.exchange;

import id.gugus.cases.CaseManagement;
import id.gugus.cases.ContactType;
import id.gugus.cases.Exploitation;
import id.gugus.cases.Place;
import id.gugus.cases.RecruiterRelation;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of an HTCDS 2.0 exchange file, in file order: the HTCDS field names Gugus can fill
 * for one victim in one case (docs/htcds-mapping.md, section "What the exchange carries"), led by
 * two {@code gugus_} columns that name the record, since HTCDS has no case number, and followed by
 * {@code gugus_} extension columns for what a Gugus case requires and HTCDS lacks (registering
 * area, dates, criminal-procedure status, sex, origin, the acts and means of the legal elements).
 *
 * <p>Values are Gugus's codes (enum constant names, ISO 3166-1 alpha-3 countries, ISO dates),
 * except where the library defines the HTCDS value ({@link RecruiterRelation#htcds()}). A field
 * with several values joins them with {@value #SEPARATOR}. An unknown value is empty.
 */
public enum HtcdsField {
    /** Gugus: the case number (HTCDS has none). */
    CASE_NUMBER("gugus_CaseNumber", false, (c, v) -> c.number().value()),
    /** Gugus: the victim's id in the case. */
    VICTIM_ID("gugus_VictimId", false, (c, v) -> v.id().value().toString()),
    /** {@code PersonalData.name}: the full name (else the name as known); Gugus does not split names. Personal. */
    FIRST_NAME("prs_FirstName", true, (c, v) -> v.personal().shownName()),
    /** {@code PersonalData.nik}, the 16-digit NIK; without one, the number of the first identity document. Personal. */
    IDENTITY_NUMBER("prs_IdentityNumber", true, (c, v) -> v.personal().nik() != null ? v.personal().nik().value()
            : v.personal().documents().isEmpty() ? null : v.personal().documents().get(0).number()),
    /** {@code PersonalData.contacts}: the first of type MOBILE_PHONE, as written. Personal. */
    MOBILE_PHONE("prs_MobilePhone", true, (c, v) -> v.personal().firstContact(ContactType.MOBILE_PHONE)),
    /** {@code PersonalData.contacts}: the first of type HOME_PHONE, as written. Personal. */
    HOME_PHONE("prs_HomePhone", true, (c, v) -> v.personal().firstContact(ContactType.HOME_PHONE)),
    /** {@code PersonalData.contacts}: the first of type EMAIL. Personal. */
    EMAIL("prs_Email", true, (c, v) -> v.personal().firstContact(ContactType.EMAIL)),
    /** {@code PersonalData.address.text}: the address as written. Personal. */
    MAILING_STREET("prs_MailingStreet", true, (c, v) -> v.personal().address() == null ? null : v.personal().address().text()),
    /** {@code Victim.birthDate}: exported only with the personal-data permission (it singles a victim out). */
    BIRTHDATE("prs_Birthdate", true, (c, v) -> text(v.birthDate())),
    /** {@code Victim.gender} (HTCDS gender, not the civil-registration sex). */
    GENDER("prs_Gender", false, (c, v) -> text(v.gender())),
    /** {@code Victim.death}: {@code true} if known to be no longer alive, else {@code false}; the date is not carried. */
    DECEASED("prs_Deceased", false, (c, v) -> Boolean.toString(v.isDeceased())),
    /** {@code Victim.background.maritalStatus}. */
    MARITAL_STATUS("prs_MaritalStatus", false, (c, v) -> text(v.background().maritalStatus())),
    /** {@code Victim.background.children}. */
    NUMBER_OF_CHILDREN("prs_NumberOfChildren", false, (c, v) -> text(v.background().children())),
    /** {@code Victim.background.primaryLanguage} (ISO 639-2/T). */
    PRIMARY_LANGUAGE("prs_PrimaryLanguage", false, (c, v) -> text(v.background().primaryLanguage())),
    /** {@code Victim.background.secondaryLanguage} (ISO 639-2/T). */
    SECONDARY_LANGUAGE("prs_SecondaryLanguage", false, (c, v) -> text(v.background().secondaryLanguage())),
    /** {@code Victim.background.education} (the ISCED 2011 level's name). */
    HIGHEST_LEVEL_OF_EDUCATION("prs_HighestLevelOfEducation", false, (c, v) -> text(v.background().education())),
    /** {@code Victim.citizenship} then {@code otherCitizenships}. */
    CITIZENSHIP("prs_Citizenship", false, (c, v) -> join(Stream.concat(Stream.ofNullable(v.citizenship()),
            v.otherCitizenships().stream()).map(CountryCode::value).toList())),
    /** {@code Victim.traffickingStatus.status}. */
    TRAFFICKING_STATUS("vic_TraffickingStatus", false,
            (c, v) -> v.traffickingStatus() == null ? null : text(v.traffickingStatus().status())),
    /** {@code Victim.ageWhenTrafficked()}: from the birth date if known, else as recorded. */
    AGE_WHEN_TRAFFICKED("vic_AgeWhenTrafficked", false,
            (c, v) -> v.ageWhenTrafficked().isPresent() ? Integer.toString(v.ageWhenTrafficked().getAsInt()) : null),
    /** {@code Victim.recruiterRelations}, as HTCDS's Familial / Acquainted / Unacquainted. */
    RELATIONSHIP_TO_TRAFFICKER("vic_RelationshipToTrafficker", false,
            (c, v) -> join(v.recruiterRelations().stream().map(RecruiterRelation::htcds).distinct().toList())),
    /** {@code Victim.platform}: one, where HTCDS allows several. */
    RECRUITMENT_WEBSITES_AND_APPS("vic_RecruitmentWebsitesAndApps", false, (c, v) -> text(v.platform())),
    /** {@code Victim.recruitmentChannel}. */
    METHOD_OF_RECRUITMENT("vic_MethodOfRecruitment", false, (c, v) -> text(v.recruitmentChannel())),
    /** {@code TraffickingCase.route.recruitment.country}: per case, not per victim. */
    LOCATION_OF_RECRUITMENT("vic_LocationOfRecruitment", false, (c, v) -> country(c.route().recruitment())),
    /** {@code Victim.controlMethods}. */
    METHODS_OF_CONTROL("vic_MethodsOfControl", false, (c, v) -> join(v.controlMethods())),
    /** {@code Victim.elements.purposes}, forced criminality included (a Gugus value HTCDS lacks). */
    TYPE_OF_EXPLOITATION("vic_TypeOfExploitation", false,
            (c, v) -> v.elements() == null ? null : join(v.elements().purposes())),
    /** {@code Victim.exploitation.sectors} (ISIC Rev. 4 sections). */
    FORCED_LABOUR_INDUSTRY("vic_ForcedLabourIndustry", false, (c, v) -> join(exploitation(v).sectors())),
    /** {@code Victim.exploitation.sexTypes}. */
    TYPE_OF_SEX_EXPLOITATION("vic_TypeOfSexExploitation", false, (c, v) -> join(exploitation(v).sexTypes())),
    /** {@code Victim.exploitation.platforms}. */
    EXPLOITATION_WEBSITES_AND_APPS("vic_ExploitationWebsitesAndApps", false, (c, v) -> join(exploitation(v).platforms())),
    /** {@code Victim.exploitation.country}, else the case's {@code route.exploitation.country}. */
    LOCATION_OF_EXPLOITATION("vic_LocationOfExploitation", false, (c, v) -> exploitation(v).country() != null
            ? exploitation(v).country().value() : country(c.route().exploitation())),
    /** {@code TraffickingCase.management.state}. */
    CASE_STATUS("cas_Status", false, (c, v) -> c.management() == null ? null : text(c.management().state())),
    /** {@code TraffickingCase.closingReason}. */
    REASON_FOR_CASE_CLOSURE("cas_ReasonForCaseClosure", false, (c, v) -> c.closingReason()),
    /** {@code TraffickingCase.management.owner} (an actor id). */
    CASE_OWNER("cas_CaseOwner", false, (c, v) -> c.management() == null ? null : owner(c.management())),
    // The gugus_ extension columns below carry what Gugus requires and HTCDS lacks, so that an
    // export imports back into the same cases (HtcdsImport); other systems may leave them out.
    /** Gugus: {@code TraffickingCase.registeredIn}, the Kemendagri code of the registering area. */
    REGISTERED_IN("gugus_RegisteredIn", false, (c, v) -> c.registeredIn().value()),
    /** Gugus: {@code TraffickingCase.reportedOn}. */
    REPORTED_ON("gugus_ReportedOn", false, (c, v) -> c.reportedOn().toString()),
    /** Gugus: {@code TraffickingCase.status}, the stage of criminal procedure (its history is not carried). */
    STATUS("gugus_Status", false, (c, v) -> text(c.status())),
    /** Gugus: {@code TraffickingCase.management.since}, the date of the case work's state. */
    MANAGEMENT_SINCE("gugus_ManagementSince", false,
            (c, v) -> c.management() == null ? null : c.management().since().toString()),
    /** Gugus: {@code Victim.sex}, as recorded in civil registration. */
    SEX("gugus_Sex", false, (c, v) -> text(v.sex())),
    /** Gugus: {@code Victim.traffickedOn}, the reference date of the age when trafficked. */
    TRAFFICKED_ON("gugus_TraffickedOn", false, (c, v) -> v.traffickedOn().toString()),
    /** Gugus: {@code Victim.origin}, the Kemendagri code of the area a citizen comes from. */
    ORIGIN("gugus_Origin", false, (c, v) -> v.origin() == null ? null : v.origin().value()),
    /** Gugus: {@code Victim.elements.acts}, the acts of UU 21/2007 Art. 1(1). */
    ACTS("gugus_Acts", false, (c, v) -> v.elements() == null ? null : join(v.elements().acts())),
    /** Gugus: {@code Victim.elements.means}, the means of UU 21/2007 Art. 1(1). */
    MEANS("gugus_Means", false, (c, v) -> v.elements() == null ? null : join(v.elements().means())),
    /**
     * Gugus: the type of the identity document whose number is in {@code prs_IdentityNumber} when the
     * victim has no NIK ({@code IdentityDocument.type}); empty for a NIK. HTCDS has one identity
     * number and no type.
     */
    IDENTITY_DOCUMENT_TYPE("gugus_IdentityDocumentType", true, (c, v) -> v.personal().nik() != null
            || v.personal().documents().isEmpty() ? null : text(v.personal().documents().get(0).type())),
    /** Gugus: the issuing country (ISO 3166-1 alpha-3) of that document ({@code IdentityDocument.issuedBy}). */
    IDENTITY_DOCUMENT_ISSUED_BY("gugus_IdentityDocumentIssuedBy", true, (c, v) -> v.personal().nik() != null
            || v.personal().documents().isEmpty() ? null : v.personal().documents().get(0).issuedBy().value());

    /** Joins the values of a field that holds several. */
    public static final String SEPARATOR = ";";

    private final String header;
    private final boolean personal;
    private final BiFunction<TraffickingCase, Victim, String> value;

    HtcdsField(String header, boolean personal, BiFunction<TraffickingCase, Victim, String> value) {
        this.header = header;
        this.personal = personal;
        this.value = value;
    }

    /** The column name: the HTCDS 2.0 field name, or a {@code gugus_} name for the record's ids. */
    public String header() {
        return header;
    }

    /** Whether the field is personal data, left empty for an actor without the personal-data permission. */
    public boolean personal() {
        return personal;
    }

    /** The field's text for {@code victim} in {@code trafficking}; empty if not recorded. */
    String valueOf(TraffickingCase trafficking, Victim victim) {
        return Objects.requireNonNullElse(value.apply(trafficking, victim), "");
    }

    /** The field whose {@link #header()} is {@code header}, if any (exact, case-sensitive, as HTCDS names them). */
    static Optional<HtcdsField> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(header));
    }

    private static final Map<String, HtcdsField> BY_HEADER =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(HtcdsField::header, f -> f));

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    private static String join(Collection<?> values) {
        return values.stream().map(HtcdsField::text).collect(Collectors.joining(SEPARATOR));
    }

    private static String country(Place place) {
        return place == null ? null : place.country().value();
    }

    private static Exploitation exploitation(Victim v) {
        return v.exploitation() == null ? Exploitation.NONE : v.exploitation();
    }

    private static String owner(CaseManagement management) {
        return management.owner();
    }
}
