package id.gugus.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.agency.AgencyType;
import id.gugus.cases.Act;
import id.gugus.cases.Address;
import id.gugus.cases.Background;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseManagement;
import id.gugus.cases.CaseManagementState;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.Consent;
import id.gugus.cases.ConsentPurpose;
import id.gugus.cases.Contact;
import id.gugus.cases.ContactType;
import id.gugus.cases.ControlMethod;
import id.gugus.cases.Death;
import id.gugus.cases.DocumentType;
import id.gugus.cases.EducationLevel;
import id.gugus.cases.Exploitation;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Gender;
import id.gugus.cases.IdentityDocument;
import id.gugus.cases.LabourSector;
import id.gugus.cases.LegalElements;
import id.gugus.cases.MaritalStatus;
import id.gugus.cases.Means;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonName;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Place;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruiterRelation;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.Referral;
import id.gugus.cases.ReferralReason;
import id.gugus.cases.Restitution;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.RestitutionState;
import id.gugus.cases.Route;
import id.gugus.cases.ServiceType;
import id.gugus.cases.Sex;
import id.gugus.cases.SexExploitationType;
import id.gugus.cases.StatusChange;
import id.gugus.cases.Suspect;
import id.gugus.cases.SuspectId;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.TraffickingDetermination;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimId;
import id.gugus.cases.VictimService;
import id.gugus.common.CountryCode;
import id.gugus.common.LanguageCode;
import id.gugus.common.Period;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.Decision;
import id.gugus.meeting.FollowUp;
import id.gugus.meeting.FollowUpId;
import id.gugus.meeting.MeetingId;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import id.gugus.plan.Activity;
import id.gugus.plan.Budget;
import id.gugus.plan.FundingSource;
import id.gugus.plan.Indicator;
import id.gugus.plan.PlanStatus;
import id.gugus.plan.ProgressReport;
import id.gugus.plan.TargetGroup;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.Composition;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.DecreeStatus;
import id.gugus.taskforce.Member;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.SubTaskForce;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import id.gugus.taskforce.TaskForceLevel;
import id.gugus.taskforce.TaskForceStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Fully populated instances of every aggregate, built with the records' canonical constructors:
 * every optional field set somewhere, every collection non-empty, and hostile text (quotes, SQL,
 * 4-byte emoji, non-ASCII names, line separators) in the free-text fields. The Kalimantan Barat
 * story of docs/story.md. Ids are fixed, so two calls give equal objects. The validators find no
 * error in them (the plan has warnings: it covers two of the six clusters).
 */
public final class Fixtures {
    /** Text that breaks naive quoting, encoding or escaping; none has a control character but \n and \t. */
    public static final List<String> HOSTILE = List.of(
            "Siti \"Ani\" O'Brien",
            "'; drop table case;--",
            "Korban 🧒🏽 dari Sambas 🇮🇩",
            "Regapu’u",
            "Soka\"an",
            "Lubuk Pakam I,II",
            "C:\\temp\\new \\u0041 \\\"x\\\"",
            "</script><script>alert(1)</script>",
            "张伟 · محمد · Nguyễn Văn Ánh",
            "line\u2028separator\u2029paragraph",
            "tab\tand\nnewline",
            "{\"json\": [1, 2, {\"nested\": null}]}");

    public static final JurisdictionCode KALBAR = JurisdictionCode.of("61");
    public static final JurisdictionCode SAMBAS = JurisdictionCode.of("61.01");
    public static final JurisdictionCode SAMBAS_DISTRICT = JurisdictionCode.of("61.01.01");
    public static final JurisdictionCode PONTIANAK = JurisdictionCode.of("61.71");
    public static final JurisdictionCode BATAM = JurisdictionCode.of("21.71");

    public static final AgencyId DINAS_PPPA = agencyId("dinas-pppa-kalbar");
    public static final AgencyId POLDA = agencyId("polda-kalbar");
    public static final AgencyId BP3MI = agencyId("bp3mi-kalbar");
    public static final AgencyId DINAS_SOSIAL = agencyId("dinsos-kalbar");
    public static final AgencyId LPSK = agencyId("lpsk");

    private Fixtures() {}

    public static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    public static AgencyId agencyId(String name) {
        return new AgencyId(uuid("agency:" + name));
    }

    public static Jurisdiction jurisdiction() {
        return Jurisdiction.of("53.07.01.2021", "Regapu’u");
    }

    public static Agency agency() {
        return new Agency(DINAS_PPPA, 3, "Dinas PPPA \"Kalbar\" '; drop table case;-- 🧒🏽", AgencyType.WOMEN_AND_CHILD_PROTECTION,
                KALBAR);
    }

    public static Official governor() {
        return new Official(Position.GOVERNOR, "Ria Norsan’s “office” 🏛️");
    }

    public static TaskForce taskForce() {
        Official kapolda = new Official(Position.KAPOLDA, "Irjen Pol. Pipit Rismanto");
        Official headOfDinas = new Official(Position.HEAD_OF_DINAS_PPPA, "Kepala Dinas \"PPPA\"");
        Decree old = new Decree("188.44/123/HK/2019", LocalDate.of(2019, 3, 1), governor(), DecreeStatus.REVOKED);
        Decree current = new Decree("100.3.3.2/456/HK/2026", LocalDate.of(2026, 2, 10), governor(), DecreeStatus.SIGNED);
        ImmutableList.Builder<SubTaskForce> subs = ImmutableList.builder();
        for (Cluster cluster : Cluster.values()) {
            subs.add(new SubTaskForce(cluster, cluster == Cluster.LAW_ENFORCEMENT ? POLDA : DINAS_PPPA));
        }
        return new TaskForce(
                new TaskForceId(uuid("tf:61")),
                7,
                "Gugus Tugas PP-TPPO Provinsi Kalimantan Barat ' OR 1=1 --",
                TaskForceLevel.PROVINCE,
                KALBAR,
                governor(),
                kapolda,
                subs.build(),
                ImmutableList.of(
                        new Member(POLDA, kapolda),
                        new Member(DINAS_PPPA, new Official(Position.OTHER, HOSTILE.get(0))),
                        new Member(BP3MI, new Official(Position.OTHER, HOSTILE.get(8)))),
                current,
                TaskForceStatus.ESTABLISHED,
                new TaskForceId(uuid("tf:ID")),
                ImmutableList.of("UU 21/2007", "Perpres 49/2023", HOSTILE.get(9)),
                ImmutableList.of(new Composition(governor(), headOfDinas, old, LocalDate.of(2026, 2, 10))));
    }

    /** A decree only drafted: number, no date or signatory. */
    public static Decree draftDecree() {
        return Decree.draft("100.3.3.2/DRAFT/2026");
    }

    public static TraffickingCase traffickingCase() {
        Victim child = new Victim(
                new VictimId(uuid("victim:1")),
                PersonalData.of(HOSTILE.get(0), Nik.of("6101015405090001"), "+62 812-0000-0000 \"WA\"", HOSTILE.get(10)),
                Sex.FEMALE,
                Gender.FEMININE,
                LocalDate.of(2009, 5, 14),
                null,
                CountryCode.INDONESIA,
                ImmutableSet.of(CountryCode.of("MYS")),
                SAMBAS_DISTRICT,
                LocalDate.of(2025, 11, 30),
                TraffickingDetermination.actual(DINAS_SOSIAL, LocalDate.of(2026, 1, 12)),
                new LegalElements(
                        ImmutableSet.of(Act.RECRUITMENT, Act.TRANSPORTATION, Act.RECEIPT),
                        ImmutableSet.of(Means.FRAUD_OR_DECEPTION, Means.ABUSE_OF_VULNERABILITY),
                        ImmutableSet.of(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM)),
                ImmutableSet.of(ControlMethod.WITHHELD_DOCUMENTS, ControlMethod.RESTRICTED_MOVEMENT, ControlMethod.DEBT_BONDAGE,
                        ControlMethod.THREATS_OF_LAW_ENFORCEMENT),
                new Exploitation(ImmutableSet.of(LabourSector.J_INFORMATION_COMMUNICATION), ImmutableSet.of(),
                        ImmutableSet.of(Platform.TELEGRAM, Platform.WECHAT), CountryCode.of("KHM")),
                ImmutableSet.of(RecruiterRelation.FRIEND, RecruiterRelation.ACQUAINTANCE),
                RecruitmentChannel.ONLINE_SOCIAL_NETWORK,
                Platform.FACEBOOK,
                ImmutableList.of(
                        new Restitution(RestitutionHead.LOST_PROPERTY_OR_INCOME, Rupiah.of(125_000_000), Rupiah.of(100_000_000),
                                RestitutionState.ORDERED),
                        new Restitution(RestitutionHead.SUFFERING, Rupiah.of(Rupiah.MAX), Rupiah.ZERO, RestitutionState.UNPAID),
                        Restitution.claim(RestitutionHead.MEDICAL_OR_PSYCHOLOGICAL_COSTS, Rupiah.of(7_500_000))),
                ImmutableList.of(
                        new VictimService(ServiceType.REPATRIATION, BP3MI, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9)),
                        new VictimService(ServiceType.SHELTER, DINAS_SOSIAL, LocalDate.of(2026, 1, 9), null,
                                LocalDate.of(2026, 7, 9))),
                ImmutableList.of(
                        new Referral(BP3MI, DINAS_SOSIAL, LocalDate.of(2026, 1, 9), ServiceType.SOCIAL_REHABILITATION, true,
                                ReferralReason.MIGRATION_OR_CHANGE_OF_LOCATION, LocalDate.of(2026, 1, 10),
                                "bp3mi-kalbar/petugas \"satu\"", "dinsos-kalbar/pekerja.sosial@dinsos.go.id"),
                        new Referral(DINAS_SOSIAL, LPSK, LocalDate.of(2026, 2, 1), ServiceType.LEGAL_AID, true)),
                ImmutableList.of(Consent.given(ConsentPurpose.INTERVIEW, LocalDate.of(2026, 1, 9)),
                        Consent.refused(ConsentPurpose.DATA_SHARING, LocalDate.of(2026, 1, 9))),
                new Background(MaritalStatus.SINGLE, 0, LanguageCode.INDONESIAN, LanguageCode.of("msa"),
                        EducationLevel.LOWER_SECONDARY),
                null);
        Victim adult = new Victim(
                new VictimId(uuid("victim:2")),
                PersonalData.NONE,
                Sex.MALE,
                null,
                null,
                24,
                CountryCode.INDONESIA,
                ImmutableSet.of(),
                PONTIANAK,
                LocalDate.of(2025, 10, 1),
                TraffickingDetermination.possible(),
                new LegalElements(ImmutableSet.of(Act.RECRUITMENT), ImmutableSet.of(Means.FRAUD_OR_DECEPTION),
                        ImmutableSet.of(ExploitationType.FORCED_LABOUR)),
                ImmutableSet.of(),
                Exploitation.NONE,
                ImmutableSet.of(),
                null,
                null,
                ImmutableList.of(),
                ImmutableList.of(),
                ImmutableList.of(),
                ImmutableList.of(),
                null,
                Death.DATE_UNKNOWN);
        Victim foreigner = new Victim(
                new VictimId(uuid("victim:3")),
                PersonalData.named(HOSTILE.get(8)),
                Sex.FEMALE,
                Gender.NOT_SPECIFIED,
                null,
                31,
                CountryCode.of("MYS"),
                ImmutableSet.of(CountryCode.of("PHL")),
                null,
                LocalDate.of(2025, 9, 15),
                null,
                new LegalElements(ImmutableSet.of(Act.HARBOURING), ImmutableSet.of(Means.DEBT_BONDAGE),
                        ImmutableSet.of(ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.FORCED_LABOUR)),
                ImmutableSet.of(ControlMethod.THREATS),
                new Exploitation(ImmutableSet.of(LabourSector.I_ACCOMMODATION_FOOD_SERVICE),
                        ImmutableSet.of(SexExploitationType.PROSTITUTION), ImmutableSet.of(Platform.MICHAT), null),
                ImmutableSet.of(RecruiterRelation.INTIMATE_PARTNER),
                RecruitmentChannel.RECRUITMENT_AGENCY,
                Platform.NONE,
                ImmutableList.of(),
                ImmutableList.of(),
                ImmutableList.of(),
                ImmutableList.of(),
                new Background(MaritalStatus.REGISTERED_PARTNERSHIP, 2, LanguageCode.of("fil"), LanguageCode.of("may"),
                        EducationLevel.SHORT_CYCLE_TERTIARY),
                new Death(LocalDate.of(2026, 3, 1)));
        Suspect recruiter = new Suspect(
                new SuspectId(uuid("suspect:1")),
                SuspectKind.NATURAL_PERSON,
                // Every structured part, beside the hostile texts: an alias, contacts of each checked kind, a village, a passport.
                new PersonalData(new PersonName(HOSTILE.get(1), "Bang \"Andi\" 🙂"), Nik.of("6171011203880002"),
                        ImmutableList.of(Contact.of(ContactType.OTHER, HOSTILE.get(6)),
                                Contact.of(ContactType.MOBILE_PHONE, "+62 812-5555-0101"),
                                Contact.of(ContactType.EMAIL, "andi.w@contoh.co.id"),
                                Contact.of(ContactType.MESSAGING, "t.me/andi_kerja")),
                        new Address(JurisdictionCode.of("61.71.01.1001"), HOSTILE.get(7)),
                        ImmutableList.of(IdentityDocument.of(DocumentType.PASSPORT, "C 1234567", CountryCode.INDONESIA))),
                ImmutableSet.of(SuspectRole.RECRUITER, SuspectRole.BROKER_OR_AGENT),
                CountryCode.INDONESIA);
        Suspect company = new Suspect(
                new SuspectId(uuid("suspect:2")),
                SuspectKind.LEGAL_PERSON,
                PersonalData.named("PT \"Sukses\" Abadi & Co. 🏢"),
                ImmutableSet.of(SuspectRole.EXPLOITER),
                null);
        Route route = new Route(
                Place.in(SAMBAS).on(LocalDate.of(2025, 9, 1)),
                ImmutableList.of(Place.in(BATAM).on(LocalDate.of(2025, 9, 20)), Place.abroad(CountryCode.of("MYS")), new Place(CountryCode.INDONESIA, null)),
                Place.abroad(CountryCode.of("KHM")));
        return new TraffickingCase(
                new CaseId(uuid("case:1")),
                2,
                CaseNumber.of("LP/B/123/X/2026/SPKT/POLDA KALBAR \"🙂\""),
                KALBAR,
                LocalDate.of(2026, 1, 3),
                CaseStatus.CLOSED,
                "Penyidikan dihentikan (SP3) — \"insufficient evidence\"; ' OR ''='",
                ImmutableList.of(child, adult, foreigner),
                ImmutableList.of(recruiter, company),
                route,
                ImmutableList.of(
                        new StatusChange(CaseStatus.REPORTED, CaseStatus.INQUIRY, LocalDate.of(2026, 1, 5), null),
                        new StatusChange(CaseStatus.INQUIRY, CaseStatus.INVESTIGATION, LocalDate.of(2026, 2, 1), null),
                        new StatusChange(CaseStatus.INVESTIGATION, CaseStatus.CLOSED, LocalDate.of(2026, 6, 30), HOSTILE.get(2))),
                new CaseManagement(CaseManagementState.FOLLOW_UP, "dinsos-kalbar/pekerja-sosial", LocalDate.of(2026, 3, 1)));
    }

    public static ActionPlan actionPlan() {
        Activity socialisation = new Activity(
                "Sosialisasi pencegahan TPPO di SMA & universitas \"aman\" 🎓",
                Cluster.PREVENTION,
                DINAS_PPPA,
                ImmutableSet.of(TargetGroup.SENIOR_HIGH_SCHOOL_STUDENTS, TargetGroup.UNIVERSITY_STUDENTS,
                        TargetGroup.INTERFAITH_LEADERS),
                new Indicator(HOSTILE.get(11), "sekolah", new BigDecimal("123456789012345.0001")),
                Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                new Budget(Rupiah.of(999_999_999_999_999L), FundingSource.APBD),
                ImmutableList.of(
                        new ProgressReport(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), new BigDecimal("1E+3")),
                        new ProgressReport(Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1)), new BigDecimal("0.10")),
                        new ProgressReport(Period.of(LocalDate.of(2026, 7, 2), LocalDate.of(2026, 12, 31)),
                                new BigDecimal("0.0001"))));
        Activity enforcement = new Activity(
                "Operasi gabungan di pelabuhan 'Dwikora'",
                Cluster.LAW_ENFORCEMENT,
                POLDA,
                ImmutableSet.of(TargetGroup.LAW_ENFORCEMENT_OFFICERS),
                new Indicator("Operasi", "kali", BigDecimal.valueOf(12)),
                Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29)),
                new Budget(Rupiah.ZERO, FundingSource.APBN),
                ImmutableList.of());
        return new ActionPlan(
                new ActionPlanId(uuid("plan:RAD-61")),
                4,
                "RAD PP-TPPO Provinsi Kalimantan Barat 2026–2029 ✓",
                KALBAR,
                new ActionPlanId(uuid("plan:RAN")),
                Period.years(2026, 2029),
                PlanStatus.IN_EFFECT,
                new Decree("Pergub 12/2026", LocalDate.of(2026, 1, 2), governor(), DecreeStatus.SIGNED),
                ImmutableList.of(socialisation, enforcement));
    }

    public static CoordinationMeeting meeting() {
        return new CoordinationMeeting(
                new MeetingId(uuid("meeting:1")),
                1,
                "Rakor Gugus Tugas \"Kalbar\" #1 — 2026",
                LocalDate.of(2026, 3, 12),
                "Aula Kantor Gubernur, Jl. Ahmad Yani No. 1, Pontianak; Ruang 'Garuda' 🦅",
                new TaskForceId(uuid("tf:61")),
                ImmutableSet.of(DINAS_PPPA, POLDA, BP3MI, LPSK),
                ImmutableList.of(
                        new Decision("Pemulangan 70 warga dari Kamboja", new FollowUp(new FollowUpId(uuid("fu:1")),
                                HOSTILE.get(3) + " — koordinasi dengan KBRI Phnom Penh", BP3MI, LocalDate.of(2026, 4, 30),
                                LocalDate.of(2026, 4, 28))),
                        new Decision("Patroli siber iklan lowongan kerja palsu", new FollowUp(new FollowUpId(uuid("fu:2")),
                                HOSTILE.get(1), POLDA, LocalDate.of(2026, 6, 30), null)),
                        new Decision(HOSTILE.get(11), null)));
    }
}
