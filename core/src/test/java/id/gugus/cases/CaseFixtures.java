package id.gugus.cases;

import id.gugus.agency.AgencyId;
import id.gugus.common.CountryCode;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;

/**
 * A clean case from the story of docs/story.md: residents of Kalimantan Barat recruited through
 * social media into an online-scam compound in Cambodia. Every NIK here is built from a real
 * bundled district. Tests change one thing at a time and expect exactly the matching rule.
 */
final class CaseFixtures {
    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);
    static final LocalDate REPORTED_ON = LocalDate.of(2024, 6, 1);
    static final LocalDate TRAFFICKED_ON = LocalDate.of(2024, 2, 1);

    static final JurisdictionCode KALBAR = JurisdictionCode.of("61");
    /** 61.71.01 Pontianak Selatan, Kota Pontianak. */
    static final JurisdictionCode PONTIANAK_SELATAN = JurisdictionCode.of("61.71.01");
    /** 61.01.01 Sambas, Kabupaten Sambas. */
    static final JurisdictionCode SAMBAS = JurisdictionCode.of("61.01.01");

    /** Woman born 14 March 1998, first registered in Pontianak Selatan: day 14 + 40 = 54. */
    static final String ADULT_NIK = "6171015403980001";
    static final LocalDate ADULT_BORN = LocalDate.of(1998, 3, 14);
    /** Boy born 9 July 2008, first registered in Sambas. */
    static final String CHILD_NIK = "6101010907080002";
    static final LocalDate CHILD_BORN = LocalDate.of(2008, 7, 9);
    /** Man born 12 May 1985, first registered in Singkawang Tengah (61.72.01). */
    static final String SUSPECT_NIK = "6172011205850003";

    static final AgencyId DINAS_PPPA = AgencyId.of("00000000-0000-0000-0000-0000000000a1");
    static final AgencyId DINAS_SOSIAL = AgencyId.of("00000000-0000-0000-0000-0000000000a2");

    private CaseFixtures() {}

    /** A woman of 25, all three elements established. */
    static Victim.Builder adult() {
        return Victim.builder()
                .personal(PersonalData.of("Siti Rahmawati", Nik.of(ADULT_NIK), "+62 812 5555 0101", "Jl. Tanjungpura 1"))
                .female()
                .birthDate(ADULT_BORN)
                .origin(PONTIANAK_SELATAN)
                .traffickedOn(TRAFFICKED_ON)
                .acts(Act.RECRUITMENT, Act.SENDING)
                .means(Means.FRAUD_OR_DECEPTION)
                .purposes(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM)
                .controlMethods(ControlMethod.WITHHELD_DOCUMENTS, ControlMethod.DEBT_BONDAGE)
                .recruitedThrough(RecruitmentChannel.ONLINE_SOCIAL_NETWORK, Platform.FACEBOOK);
    }

    /** A boy of 15: act and purpose suffice, no means recorded. */
    static Victim.Builder child() {
        return Victim.builder()
                .personal(PersonalData.of("Budi Santoso", Nik.of(CHILD_NIK), null, null))
                .male()
                .birthDate(CHILD_BORN)
                .origin(SAMBAS)
                .traffickedOn(TRAFFICKED_ON)
                .acts(Act.RECRUITMENT)
                .purposes(ExploitationType.FORCED_CRIMINALITY_ONLINE_GAMBLING);
    }

    static Suspect recruiter() {
        return Suspect.naturalPerson(PersonalData.of("Andi Wijaya", Nik.of(SUSPECT_NIK), null, null),
                CountryCode.INDONESIA, SuspectRole.RECRUITER);
    }

    static Suspect agency() {
        return Suspect.legalPerson("PT Contoh Penyalur", SuspectRole.BROKER_OR_AGENT);
    }

    static Route scamRoute() {
        return new Route(Place.in(JurisdictionCode.of("61.71")),
                com.google.common.collect.ImmutableList.of(Place.abroad(CountryCode.of("MYS"))),
                Place.abroad(CountryCode.of("KHM")));
    }

    static TraffickingCase reported(Victim... victims) {
        return TraffickingCase.register(CaseNumber.of("LP/B/123/VI/2024/SPKT/POLDA KALBAR"), KALBAR, REPORTED_ON)
                .withVictims(java.util.List.of(victims))
                .withSuspect(recruiter())
                .withSuspect(agency())
                .withRoute(scamRoute());
    }

    /** The clean case: both victims, both suspects, the route, at REPORTED. */
    static TraffickingCase clean() {
        return reported(adult().build(), child().build());
    }

    /** The case moved one stage at a time, four weeks apart, into {@code status}; closed after investigation. */
    static TraffickingCase at(TraffickingCase c, CaseStatus status) {
        if (status == CaseStatus.CLOSED) {
            TraffickingCase investigated = at(c, CaseStatus.INVESTIGATION);
            return investigated.close(REPORTED_ON.plusWeeks(12), "Penyidikan dihentikan (SP3)");
        }
        TraffickingCase result = c;
        LocalDate on = REPORTED_ON;
        while (result.status() != status) {
            on = on.plusWeeks(4);
            result = result.moveTo(CaseStatus.values()[result.status().ordinal() + 1], on);
        }
        return result;
    }

    static VictimService shelter(LocalDate start, LocalDate end) {
        return new VictimService(ServiceType.SHELTER, DINAS_SOSIAL, start, end);
    }

    static Referral referral(boolean consent) {
        return new Referral(DINAS_PPPA, DINAS_SOSIAL, REPORTED_ON.plusDays(3), ServiceType.SOCIAL_REHABILITATION, consent);
    }

    static Restitution suffering() {
        return Restitution.claim(RestitutionHead.SUFFERING, Rupiah.of(50_000_000));
    }
}
