package id.gugus.storage.jdbc;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.agency.AgencyType;
import id.gugus.cases.Act;
import id.gugus.cases.Background;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ControlMethod;
import id.gugus.cases.EducationLevel;
import id.gugus.cases.Exploitation;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.LegalElements;
import id.gugus.cases.MaritalStatus;
import id.gugus.cases.Means;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Place;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.Referral;
import id.gugus.cases.Restitution;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.RestitutionState;
import id.gugus.cases.Route;
import id.gugus.cases.ServiceType;
import id.gugus.cases.Sex;
import id.gugus.cases.StatusChange;
import id.gugus.cases.Suspect;
import id.gugus.cases.SuspectId;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimId;
import id.gugus.cases.VictimService;
import id.gugus.common.CountryCode;
import id.gugus.common.LanguageCode;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;

/** Test data: a Kalimantan Barat online-scam case with all its parts, and variations of it. */
final class Fixtures {
    static final JurisdictionCode KALBAR = JurisdictionCode.of("61");
    static final JurisdictionCode PONTIANAK = JurisdictionCode.of("61.71");
    static final JurisdictionCode SAMBAS = JurisdictionCode.of("61.01");
    static final CountryCode CAMBODIA = CountryCode.of("KHM");

    private Fixtures() {}

    static Agency agency(String name, JurisdictionCode at) {
        return new Agency(AgencyId.random(), 1, name, AgencyType.POLICE, at);
    }

    static Victim victim(PersonalData personal, Sex sex, int age, JurisdictionCode origin, ExploitationType... purposes) {
        AgencyId shelter = AgencyId.of("00000000-0000-4000-8000-000000000001");
        return new Victim(VictimId.random(), personal, sex, null, null, age, CountryCode.INDONESIA, ImmutableSet.of(),
                origin, LocalDate.of(2025, 3, 1), null,
                new LegalElements(ImmutableSet.of(Act.RECRUITMENT, Act.TRANSPORTATION),
                        ImmutableSet.of(Means.FRAUD_OR_DECEPTION), ImmutableSet.copyOf(purposes)),
                ImmutableSet.of(ControlMethod.WITHHELD_DOCUMENTS, ControlMethod.FALSE_PROMISES), Exploitation.NONE,
                ImmutableSet.of(), RecruitmentChannel.ONLINE_SOCIAL_NETWORK, Platform.FACEBOOK,
                ImmutableList.of(new Restitution(RestitutionHead.LOST_PROPERTY_OR_INCOME, Rupiah.of(45_000_000),
                        Rupiah.of(30_000_000), RestitutionState.ORDERED)),
                ImmutableList.of(new VictimService(ServiceType.REPATRIATION, shelter, LocalDate.of(2025, 6, 1), null)),
                ImmutableList.of(new Referral(shelter, AgencyId.of("00000000-0000-4000-8000-000000000002"),
                        LocalDate.of(2025, 6, 2), ServiceType.SOCIAL_REHABILITATION, true)
                        .withCaseWorkers("dinsos-kalbar/pekerja-sosial", null)),
                ImmutableList.of(),
                new Background(MaritalStatus.SINGLE, 0, LanguageCode.INDONESIAN, null, EducationLevel.UPPER_SECONDARY),
                null);
    }

    static PersonalData person(String name) {
        return PersonalData.of(name, Nik.of("6171014501990001"), "+62 812 0000 0000", "Jl. Gajah Mada 1, Pontianak");
    }

    static TraffickingCase scamCase(String number, JurisdictionCode registeredIn, LocalDate reportedOn) {
        return new TraffickingCase(CaseId.random(), 1, CaseNumber.of(number), registeredIn, reportedOn,
                CaseStatus.INVESTIGATION, null,
                ImmutableList.of(
                        victim(person("Siti"), Sex.FEMALE, 16, PONTIANAK, ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM),
                        victim(PersonalData.NONE, Sex.MALE, 24, SAMBAS, ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM,
                                ExploitationType.FORCED_LABOUR)),
                ImmutableList.of(new Suspect(SuspectId.random(), SuspectKind.NATURAL_PERSON, PersonalData.named("Budi"),
                        ImmutableSet.of(SuspectRole.RECRUITER), CountryCode.INDONESIA)),
                new Route(Place.in(PONTIANAK), ImmutableList.of(Place.abroad(CountryCode.of("MYS"))), Place.abroad(CAMBODIA)),
                ImmutableList.of(new StatusChange(CaseStatus.REPORTED, CaseStatus.INQUIRY, reportedOn, null),
                        new StatusChange(CaseStatus.INQUIRY, CaseStatus.INVESTIGATION, reportedOn.plusDays(10), null)));
    }
}
