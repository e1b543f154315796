package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import id.gugus.cases.Act;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseManagement;
import id.gugus.cases.CaseManagementState;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ControlMethod;
import id.gugus.cases.Exploitation;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Gender;
import id.gugus.cases.LabourSector;
import id.gugus.cases.LegalElements;
import id.gugus.cases.Means;
import id.gugus.cases.Nik;
import id.gugus.cases.Contact;
import id.gugus.common.LanguageCode;
import id.gugus.cases.MaritalStatus;
import id.gugus.cases.EducationLevel;
import id.gugus.cases.Death;
import id.gugus.cases.Background;
import id.gugus.cases.ContactType;
import id.gugus.cases.DocumentType;
import id.gugus.cases.IdentityDocument;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Place;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruiterRelation;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.Route;
import id.gugus.cases.Sex;
import id.gugus.cases.SexExploitationType;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.TraffickingDetermination;
import id.gugus.cases.TraffickingStatus;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimId;
import id.gugus.common.CountryCode;
import id.gugus.common.Texts;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Groups the rows of an HTCDS file into cases (rows sharing {@code gugus_CaseNumber}, in the order
 * each number first appears) and maps each row back to a victim: the inverse of the export, with
 * {@link HtcdsImportDefaults} for what a file of another system lacks. Every value Gugus cannot
 * hold is a problem; a case with any such problem is not built.
 */
final class HtcdsCases {
    /** Columns of the case, not of the victim: every row of a case must carry the same value. */
    static final ImmutableList<HtcdsField> OF_THE_CASE = ImmutableList.of(HtcdsField.REGISTERED_IN,
            HtcdsField.REPORTED_ON, HtcdsField.STATUS, HtcdsField.REASON_FOR_CASE_CLOSURE, HtcdsField.CASE_STATUS,
            HtcdsField.CASE_OWNER, HtcdsField.MANAGEMENT_SINCE, HtcdsField.LOCATION_OF_RECRUITMENT);

    private static final String DATE = "a date yyyy-mm-dd";
    private static final String COUNTRY = "an ISO 3166-1 alpha-3 country code";
    private static final String LANGUAGE = "an ISO 639 language code";
    private static final String AREA = "a Kemendagri area code such as 61.71";
    /** HTCDS's three relations, back to the Gugus relation each stands for (the finer one is lost on export). */
    private static final ImmutableMap<String, RecruiterRelation> RELATIONS = ImmutableMap.of(
            "familial", RecruiterRelation.FAMILY, "acquainted", RecruiterRelation.ACQUAINTANCE,
            "unacquainted", RecruiterRelation.STRANGER);

    /**
     * A case built from the file, and where its values came from.
     *
     * @param trafficking the case, new (random id, version 0)
     * @param firstRow the row of its first victim, where the case's own values are read
     * @param victimRows the row of each victim, in the case's order
     */
    record ImportedCase(TraffickingCase trafficking, long firstRow, ImmutableList<Long> victimRows) {}

    /** A row read into a victim, and the country of exploitation it names (placed on the case or the victim). */
    private record VictimRow(long row, Victim victim, CountryCode exploitedIn) {}

    private final HtcdsImportDefaults defaults;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportedCase> cases = new ArrayList<>();

    private HtcdsCases(HtcdsImportDefaults defaults) {
        this.defaults = defaults;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<ImportedCase> cases() {
        return cases;
    }

    static HtcdsCases read(HtcdsFile file, HtcdsImportDefaults defaults) {
        HtcdsCases read = new HtcdsCases(Objects.requireNonNull(defaults, "defaults"));
        read.requireColumns(file);
        Map<String, List<HtcdsFile.Row>> byNumber = new LinkedHashMap<>();
        for (HtcdsFile.Row row : file.rows()) {
            String number = row.raw(HtcdsField.CASE_NUMBER).strip();
            if (number.isEmpty()) {
                if (!file.isReportedMissing(HtcdsField.CASE_NUMBER)) {
                    read.problems.add(ImportProblem.of(HtcdsImportRule.REQUIRED, row.number(),
                            HtcdsField.CASE_NUMBER.header(), row.number(), HtcdsField.CASE_NUMBER.header()));
                }
                // Not part of any case, but its values are still checked, so one pass names every problem.
                read.victim(new HtcdsRowValues(file, row, read.problems));
            } else {
                byNumber.computeIfAbsent(number, n -> new ArrayList<>()).add(row);
            }
        }
        byNumber.values().forEach(rows -> read.trafficking(file, rows));
        return read;
    }

    /** A column Gugus needs and cannot take from the defaults, absent from the header, is reported once for the file. */
    private void requireColumns(HtcdsFile file) {
        if (!file.hasHeader()) {
            return;
        }
        missing(file, HtcdsField.CASE_NUMBER, false);
        missing(file, HtcdsField.CITIZENSHIP, false);
        missing(file, HtcdsField.REGISTERED_IN, defaults.registeredIn() == null);
        missing(file, HtcdsField.REPORTED_ON, defaults.reportedOn() == null);
        missing(file, HtcdsField.TRAFFICKED_ON, defaults.traffickedOn() == null);
    }

    private void missing(HtcdsFile file, HtcdsField field, boolean needed) {
        boolean always = field == HtcdsField.CASE_NUMBER || field == HtcdsField.CITIZENSHIP;
        if ((always || needed) && !file.mayHold(field)) {
            problems.add(ImportProblem.of(HtcdsImportRule.COLUMN_MISSING, 1, field.header(), field.header(),
                    always ? 0 : 1));
            file.reportedMissing(field);
        }
    }

    private void trafficking(HtcdsFile file, List<HtcdsFile.Row> rows) {
        int before = problems.size();
        HtcdsRowValues first = new HtcdsRowValues(file, rows.get(0), problems);
        for (HtcdsFile.Row row : rows.subList(1, rows.size())) {
            for (HtcdsField f : OF_THE_CASE) {
                if (!row.raw(f).strip().equals(first.raw(f).strip())) {
                    problems.add(ImportProblem.of(HtcdsImportRule.CASE_MISMATCH, row.number(), f.header(), row.number(),
                            f.header(), first.row()).showing(HtcdsRowValues.showable(f, row.raw(f))));
                }
            }
        }
        CaseNumber number = first.parse(HtcdsField.CASE_NUMBER, "a case number of 1 to 100 characters", CaseNumber::of);
        JurisdictionCode registeredIn = first.required(HtcdsField.REGISTERED_IN, defaults.registeredIn(), AREA,
                JurisdictionCode::of);
        LocalDate reportedOn = first.required(HtcdsField.REPORTED_ON, defaults.reportedOn(), DATE, LocalDate::parse);
        String closingReason = first.text(HtcdsField.REASON_FOR_CASE_CLOSURE,
                s -> Texts.optional(s, "closingReason", Texts.LONG));
        CaseStatus status = first.one(HtcdsField.STATUS, CaseStatus.class);
        if (status == null && !first.present(HtcdsField.STATUS)) {
            // HTCDS has no criminal-procedure stage: a closing reason tells a closed case, else it is as reported.
            status = closingReason == null ? CaseStatus.REPORTED : CaseStatus.CLOSED;
        }
        CaseManagement management = management(first, reportedOn);
        Place recruitment = place(first.parse(HtcdsField.LOCATION_OF_RECRUITMENT, COUNTRY, CountryCode::of));

        List<VictimRow> victims = new ArrayList<>();
        for (HtcdsFile.Row row : rows) {
            VictimRow v = victim(new HtcdsRowValues(file, row, problems));
            if (v != null) {
                victims.add(v);
            }
        }
        // A row refused (a value, or a column missing from the whole file) leaves the case unbuilt.
        if (problems.size() > before || first.failed() || victims.size() < rows.size()) {
            return;
        }
        // One country of exploitation for every victim is the case's route; victims that differ keep their own.
        List<CountryCode> countries = victims.stream().map(VictimRow::exploitedIn).distinct().toList();
        boolean shared = countries.size() == 1 && countries.get(0) != null;
        ImmutableList<Victim> all = victims.stream()
                .map(v -> shared || v.exploitedIn() == null ? v.victim()
                        : v.victim().toBuilder().exploitation(v.victim().exploitation().inCountry(v.exploitedIn())).build())
                .collect(ImmutableList.toImmutableList());
        Route route = new Route(recruitment, ImmutableList.of(), shared ? place(countries.get(0)) : null);
        TraffickingCase c = new TraffickingCase(CaseId.random(), 0, number, registeredIn, reportedOn, status,
                closingReason, all, ImmutableList.of(), route, ImmutableList.of(), management);
        cases.add(new ImportedCase(c, first.row(),
                victims.stream().map(VictimRow::row).collect(ImmutableList.toImmutableList())));
    }

    private CaseManagement management(HtcdsRowValues first, LocalDate reportedOn) {
        CaseManagementState state = first.one(HtcdsField.CASE_STATUS, CaseManagementState.class);
        String owner = first.text(HtcdsField.CASE_OWNER, s -> CaseManagement.active(s, LocalDate.EPOCH).owner());
        LocalDate since = first.parse(HtcdsField.MANAGEMENT_SINCE, DATE, LocalDate::parse);
        if (state == null) {
            if ((owner != null || since != null) && !first.present(HtcdsField.CASE_STATUS)) {
                first.required(HtcdsField.CASE_STATUS, null, "", s -> s);
            }
            return null;
        }
        // Without gugus_ManagementSince (a file of another system) the state is taken as of the report.
        return new CaseManagement(state, owner, since != null ? since : reportedOn);
    }

    /** The victim of one row; null if a value of the row was refused. */
    private VictimRow victim(HtcdsRowValues row) {
        Victim.Builder b = Victim.builder();
        VictimId id = row.parse(HtcdsField.VICTIM_ID, "a UUID", VictimId::of);
        if (id != null) {
            b.id(id);
        }
        // Each text alone through PersonalData.of, so that the model's own check names the column at fault.
        String name = row.text(HtcdsField.FIRST_NAME, s -> checked(s, PersonalData.of(s, null, null, null)));
        DocumentType documentType = row.one(HtcdsField.IDENTITY_DOCUMENT_TYPE, DocumentType.class);
        CountryCode issuedBy = row.parse(HtcdsField.IDENTITY_DOCUMENT_ISSUED_BY, COUNTRY, CountryCode::of);
        Nik nik = null;
        IdentityDocument document = null;
        if (documentType == null) {
            nik = row.parse(HtcdsField.IDENTITY_NUMBER, "a NIK of 16 digits (another document needs "
                    + HtcdsField.IDENTITY_DOCUMENT_TYPE.header() + " and " + HtcdsField.IDENTITY_DOCUMENT_ISSUED_BY.header() + ")",
                    s -> Nik.of(s.strip()));
        } else if (issuedBy != null) {
            document = row.parse(HtcdsField.IDENTITY_NUMBER, "a document number of at most " + IdentityDocument.MAX_NUMBER
                    + " characters", s -> IdentityDocument.of(documentType, s.strip(), issuedBy));
        } else {
            row.refuse(HtcdsField.IDENTITY_DOCUMENT_ISSUED_BY, COUNTRY + " (the document's issuing country)");
        }
        // Each contact column keeps its type, so that a round trip writes it to the same column.
        ImmutableList.Builder<Contact> contacts = ImmutableList.builder();
        contact(row, HtcdsField.MOBILE_PHONE, ContactType.MOBILE_PHONE, contacts);
        contact(row, HtcdsField.HOME_PHONE, ContactType.HOME_PHONE, contacts);
        contact(row, HtcdsField.EMAIL, ContactType.EMAIL, contacts);
        String address = row.text(HtcdsField.MAILING_STREET, s -> checked(s, PersonalData.of(null, null, null, s)));
        b.personal(PersonalData.of(name, nik, null, address).withContacts(contacts.build())
                .withDocuments(document == null ? ImmutableList.of() : ImmutableList.of(document)));
        // HTCDS's person fields beyond the name: the export writes them, so the import reads them back.
        if (Boolean.TRUE.equals(row.parse(HtcdsField.DECEASED, "true or false", HtcdsCases::trueOrFalse))) {
            b.death(Death.DATE_UNKNOWN); // the export carries no date of death
        }
        b.background(new Background(row.one(HtcdsField.MARITAL_STATUS, MaritalStatus.class),
                row.parse(HtcdsField.NUMBER_OF_CHILDREN, "a whole number", Integer::valueOf),
                row.parse(HtcdsField.PRIMARY_LANGUAGE, LANGUAGE, LanguageCode::of),
                row.parse(HtcdsField.SECONDARY_LANGUAGE, LANGUAGE, LanguageCode::of),
                row.one(HtcdsField.HIGHEST_LEVEL_OF_EDUCATION, EducationLevel.class)));
        LocalDate birthDate = row.parse(HtcdsField.BIRTHDATE, DATE, LocalDate::parse);
        b.birthDate(birthDate);
        b.gender(row.one(HtcdsField.GENDER, Gender.class));
        ImmutableList<CountryCode> citizenships = row.required(HtcdsField.CITIZENSHIP, null, COUNTRY + " or several",
                s -> ImmutableList.copyOf(HtcdsRowValues.SEPARATED.splitToList(s).stream().map(CountryCode::of).toList()));
        if (citizenships != null && !citizenships.isEmpty()) {
            b.citizenship(citizenships.get(0));
            b.otherCitizenships(citizenships.subList(1, citizenships.size()).toArray(CountryCode[]::new));
        }
        TraffickingStatus determined = row.one(HtcdsField.TRAFFICKING_STATUS, TraffickingStatus.class);
        if (determined != null) {
            // The deciding agency and date are not carried: a decided status then breaks CASE-TRAFFICKING-STATUS.
            b.traffickingStatus(new TraffickingDetermination(determined, null, null));
        }
        Integer age = row.parse(HtcdsField.AGE_WHEN_TRAFFICKED, "a whole number of years", Integer::valueOf);
        b.recruitedBy(row.several(HtcdsField.RELATIONSHIP_TO_TRAFFICKER, "Familial, Acquainted or Unacquainted",
                HtcdsCases::relation).toArray(RecruiterRelation[]::new));
        b.recruitedThrough(row.one(HtcdsField.METHOD_OF_RECRUITMENT, RecruitmentChannel.class),
                row.one(HtcdsField.RECRUITMENT_WEBSITES_AND_APPS, Platform.class));
        b.controlMethods(row.several(HtcdsField.METHODS_OF_CONTROL, ControlMethod.class).toArray(ControlMethod[]::new));
        b.elements(new LegalElements(row.several(HtcdsField.ACTS, Act.class), row.several(HtcdsField.MEANS, Means.class),
                row.several(HtcdsField.TYPE_OF_EXPLOITATION, ExploitationType.class)));
        b.exploitation(new Exploitation(row.several(HtcdsField.FORCED_LABOUR_INDUSTRY, LabourSector.class),
                row.several(HtcdsField.TYPE_OF_SEX_EXPLOITATION, SexExploitationType.class),
                row.several(HtcdsField.EXPLOITATION_WEBSITES_AND_APPS, Platform.class), null));
        CountryCode exploitedIn = row.parse(HtcdsField.LOCATION_OF_EXPLOITATION, COUNTRY, CountryCode::of);
        b.origin(row.parse(HtcdsField.ORIGIN, AREA, JurisdictionCode::of));
        Sex sex = row.one(HtcdsField.SEX, Sex.class);
        if (sex == null && !row.present(HtcdsField.SEX)) {
            // A file of another system: the NIK tells the sex (40 added to the day for women).
            sex = nik == null ? null : nik.sex().orElse(null);
            if (sex == null) {
                row.required(HtcdsField.SEX, null, "", s -> s);
            }
        }
        b.sex(sex);
        LocalDate traffickedOn = row.required(HtcdsField.TRAFFICKED_ON, defaults.traffickedOn(), DATE, LocalDate::parse);
        b.traffickedOn(traffickedOn);
        b.age(recordedAge(age, birthDate, traffickedOn));
        if (row.failed()) {
            return null;
        }
        return new VictimRow(row.row(), b.build(), exploitedIn);
    }

    /**
     * The export writes the age from the birth date when there is one: the age is recorded only
     * without a birth date, or when it disagrees with it (then the model's CASE-AGE reports it).
     */
    private static Integer recordedAge(Integer age, LocalDate birthDate, LocalDate traffickedOn) {
        if (age == null || birthDate == null || traffickedOn == null || birthDate.isAfter(traffickedOn)) {
            return age;
        }
        return Period.between(birthDate, traffickedOn).getYears() == age ? null : age;
    }

    private static Boolean trueOrFalse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("neither true nor false");
        };
    }

    /** Adds the contact of {@code field}'s column, if the row has one the model accepts as a {@code type}. */
    private static void contact(HtcdsRowValues row, HtcdsField field, ContactType type, ImmutableList.Builder<Contact> contacts) {
        Contact contact = row.parse(field, "a " + type.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " the model accepts", s -> Contact.of(type, s));
        if (contact != null) {
            contacts.add(contact);
        }
    }

    /** {@code text}, once the model has accepted it: building {@code accepted} threw otherwise. */
    private static String checked(String text, PersonalData accepted) {
        Objects.requireNonNull(accepted, "accepted");
        return text;
    }

    private static RecruiterRelation relation(String value) {
        RecruiterRelation r = RELATIONS.get(value.toLowerCase(Locale.ROOT));
        return r != null ? r : RecruiterRelation.valueOf(value);
    }

    private static Place place(CountryCode country) {
        return country == null ? null : new Place(country, null);
    }
}
