package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.CAMBODIA;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.SAMBAS;
import static id.gugus.storage.tck.TckFixtures.advanced;
import static id.gugus.storage.tck.TckFixtures.simpleCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.AgencyId;
import id.gugus.cases.Background;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseManagement;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.Consent;
import id.gugus.cases.ConsentPurpose;
import id.gugus.cases.ControlMethod;
import id.gugus.cases.Death;
import id.gugus.cases.EducationLevel;
import id.gugus.cases.Exploitation;
import id.gugus.cases.Gender;
import id.gugus.cases.LabourSector;
import id.gugus.cases.MaritalStatus;
import id.gugus.cases.Place;
import id.gugus.cases.Platform;
import id.gugus.cases.RecruiterRelation;
import id.gugus.cases.Referral;
import id.gugus.cases.ReferralReason;
import id.gugus.cases.Restitution;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.Route;
import id.gugus.cases.ServiceType;
import id.gugus.cases.Suspect;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.TraffickingDetermination;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimService;
import id.gugus.common.LanguageCode;
import id.gugus.common.Rupiah;
import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.error.GugusException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ReferenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Cases: versioned saves of the whole aggregate, unique numbers, references, deletion. */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.PERSISTENCE)
public abstract class CaseContract extends StorageContract {
    protected TckWorld world;

    @BeforeEach
    public void seed() {
        world = seedWorld();
    }

    /**
     * A case that uses every part of the model: NIK, services, referrals, restitution, a route with
     * transit, and the HTCDS 2.0 fields (gender, further citizenships, trafficking status, details
     * of exploitation, consents, a referral's reason, acceptance and case workers, a planned end, dated
     * places, the case work's state and owner, marital status, children, languages, education, a death).
     */
    protected TraffickingCase richCase() {
        Victim a1 = SevenCases.victimA1();
        Victim served = a1.toBuilder()
                .gender(Gender.FEMININE)
                .otherCitizenships(TckFixtures.MALAYSIA)
                .traffickingStatus(TraffickingDetermination.actual(world.dp3aKalbar.id(), LocalDate.of(2024, 4, 25)))
                .controlMethods(ControlMethod.THREATS_OF_LAW_ENFORCEMENT, ControlMethod.WITHHELD_NECESSITIES)
                .exploitation(Exploitation.NONE.withSectors(LabourSector.J_INFORMATION_COMMUNICATION)
                        .withPlatforms(Platform.TELEGRAM, Platform.WECHAT).inCountry(CAMBODIA))
                .recruitedBy(RecruiterRelation.ACQUAINTANCE)
                .consent(Consent.given(ConsentPurpose.INTERVIEW, LocalDate.of(2024, 4, 22)))
                .consent(Consent.refused(ConsentPurpose.DATA_SHARING, LocalDate.of(2024, 4, 22)))
                .maritalStatus(MaritalStatus.SINGLE)
                .children(0)
                .languages(LanguageCode.INDONESIAN, LanguageCode.of("msa"))
                .education(EducationLevel.UPPER_SECONDARY)
                .build()
                .withRestitution(Restitution.claim(RestitutionHead.LOST_PROPERTY_OR_INCOME, Rupiah.of(45_000_000)))
                .withRestitution(Restitution.claim(RestitutionHead.SUFFERING, Rupiah.of(100_000_000)))
                .withService(new VictimService(ServiceType.REPATRIATION, world.bp3mi.id(), LocalDate.of(2024, 4, 20),
                        LocalDate.of(2024, 4, 22)))
                .withService(new VictimService(ServiceType.SHELTER, world.dp3aKalbar.id(), LocalDate.of(2024, 4, 22), null,
                        LocalDate.of(2024, 7, 22)))
                .withReferral(new Referral(world.dp3aKalbar.id(), world.lpsk.id(), LocalDate.of(2024, 5, 2),
                        ServiceType.LEGAL_AID, true, ReferralReason.ADDITIONAL_SERVICES_REQUIRED, LocalDate.of(2024, 5, 3))
                        .withCaseWorkers("dp3a-kalbar/case-worker", "lpsk/pendamping"));
        return TckFixtures.newCase("LP/B/999/V/2024/SPKT/POLDA KALBAR", KOTA_PONTIANAK, LocalDate.of(2024, 5, 10),
                CaseStatus.INVESTIGATION, new Route(Place.in(TckFixtures.PONTIANAK_TIMUR).on(a1.traffickedOn()),
                        ImmutableList.of(Place.in(KOTA_PONTIANAK), Place.abroad(TckFixtures.MALAYSIA).on(a1.traffickedOn())),
                        Place.abroad(CAMBODIA)),
                served, TckFixtures.victim(id.gugus.cases.Sex.MALE, 16, a1.traffickedOn(), SAMBAS,
                        id.gugus.cases.ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM,
                        id.gugus.cases.ExploitationType.FORCED_LABOUR).toBuilder()
                        .languages(LanguageCode.of("day"), LanguageCode.INDONESIAN).death(Death.DATE_UNKNOWN).build())
                .withManagement(CaseManagement.active("dp3a-kalbar/case-worker", LocalDate.of(2024, 5, 10)));
    }

    @Test
    public void aSavedCaseHasVersionOneAndLoadsEqualInEveryPart() {
        TraffickingCase fresh = richCase();
        TraffickingCase saved = store.cases().save(fresh).stored();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(fresh.version()).isZero();
        assertThat(saved.withVersion(0)).isEqualTo(fresh);
        TraffickingCase loaded = store.cases().get(fresh.id());
        assertSameContent(loaded, saved);
        assertThat(loaded.victims().get(0).personal().nik().value()).isEqualTo(SevenCases.A1_NIK);
        assertThat(loaded.victims().get(0).personal().shownName()).isEqualTo(SevenCases.A1_NAME);
    }

    /** The HTCDS 2.0 person fields and the referral's case workers come back as saved (issue #15). */
    @Test
    public void thePersonFieldsAndTheCaseWorkersOfAReferralComeBack() {
        TraffickingCase saved = store.cases().save(richCase()).stored();
        Victim served = store.cases().get(saved.id()).victims().get(0);
        assertThat(served.background()).isEqualTo(new Background(MaritalStatus.SINGLE, 0, LanguageCode.INDONESIAN,
                LanguageCode.of("msa"), EducationLevel.UPPER_SECONDARY));
        assertThat(served.isDeceased()).isFalse();
        assertThat(served.referrals()).singleElement().satisfies(r -> {
            assertThat(r.referringCaseWorker()).isEqualTo("dp3a-kalbar/case-worker");
            assertThat(r.referredCaseWorker()).isEqualTo("lpsk/pendamping");
        });
        Victim other = store.cases().get(saved.id()).victims().get(1);
        assertThat(other.death()).isEqualTo(Death.DATE_UNKNOWN);
        assertThat(other.background().needsInterpreter()).isFalse();
        assertThat(other.background().primaryLanguage()).isEqualTo(LanguageCode.of("day"));
    }

    @Test
    public void anUpdateBumpsTheVersionAndReplacesTheWholeCase() {
        TraffickingCase v1 = store.cases().save(simpleCase("LP/B/1/I/2026/SPKT", LocalDate.of(2026, 1, 5))).stored();
        List<Suspect> suspects = new ArrayList<>(v1.suspects());
        suspects.add(TckFixtures.recruiter("Tersangka Kedua"));
        TraffickingCase v2 = store.cases().save(TckFixtures.withSuspects(v1, suspects)).stored();
        assertThat(v2.version()).isEqualTo(2);
        assertSameContent(store.cases().get(v1.id()), v2);
        TraffickingCase v3 = store.cases().save(TckFixtures.withSuspects(v2, suspects.subList(1, 2))).stored();
        assertThat(store.cases().get(v1.id()).suspects()).hasSize(1).isEqualTo(v3.suspects());
    }

    @Test
    public void aCaseMovesThroughProcedureOneStepPerSave() {
        TraffickingCase c = store.cases().save(simpleCase("LP/B/2/I/2026/SPKT", LocalDate.of(2026, 1, 5))).stored();
        c = store.cases().save(advanced(c, CaseStatus.INQUIRY)).stored();
        c = store.cases().save(advanced(c, CaseStatus.INVESTIGATION)).stored();
        TraffickingCase loaded = store.cases().get(c.id());
        assertThat(loaded.status()).isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(loaded.statusHistory()).extracting(s -> s.to()).containsExactly(CaseStatus.INQUIRY, CaseStatus.INVESTIGATION);
        assertThat(loaded.version()).isEqualTo(3);
    }

    @Test
    public void aStaleCopyIsAConflictAndChangesNothing() {
        TraffickingCase v1 = store.cases().save(simpleCase("LP/B/3/I/2026/SPKT", LocalDate.of(2026, 1, 5))).stored();
        TraffickingCase v2 = store.cases().save(advanced(v1, CaseStatus.INQUIRY)).stored();
        assertThatThrownBy(() -> store.cases().save(advanced(v1, CaseStatus.CLOSED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("Case");
                    assertThat(e.id()).isEqualTo(v1.id().toString());
                });
        assertSameContent(store.cases().get(v1.id()), v2);
    }

    @Test
    public void updatingACaseNeverStoredIsNotFound() {
        TraffickingCase ghost = simpleCase("LP/B/4/I/2026/SPKT", LocalDate.of(2026, 1, 5)).withVersion(2);
        assertThatThrownBy(() -> store.cases().save(ghost)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Case").hasMessageContaining(ghost.id().toString());
        assertThat(store.cases().findByNumber(ghost.number())).isEmpty();
    }

    @Test
    public void insertingAnIdAlreadyStoredIsADuplicate() {
        TraffickingCase v1 = store.cases().save(simpleCase("LP/B/5/I/2026/SPKT", LocalDate.of(2026, 1, 5))).stored();
        TraffickingCase again = TckFixtures.withNumber(v1.withVersion(0), "LP/B/6/I/2026/SPKT");
        assertThatThrownBy(() -> store.cases().save(again)).isInstanceOf(DuplicateException.class);
        assertThat(store.cases().findByNumber(again.number())).isEmpty();
        assertSameContent(store.cases().get(v1.id()), v1);
    }

    @Test
    public void aSecondCaseWithTheSameNumberIsADuplicateAndNothingIsStored() {
        TraffickingCase first = store.cases().save(simpleCase("LP/B/7/I/2026/SPKT", LocalDate.of(2026, 1, 5))).stored();
        TraffickingCase second = simpleCase("LP/B/7/I/2026/SPKT", LocalDate.of(2026, 1, 6));
        assertThatThrownBy(() -> store.cases().save(second))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("Case");
                    assertThat(e.key()).isEqualTo("LP/B/7/I/2026/SPKT");
                });
        assertThat(store.cases().find(second.id())).isEmpty();
        assertThat(store.cases().findByNumber(CaseNumber.of("LP/B/7/I/2026/SPKT"))).contains(first);
        assertThat(store.cases().count(id.gugus.cases.CaseQuery.all())).isEqualTo(1);
    }

    @Test
    public void takingAnotherCasesNumberIsADuplicate() {
        store.cases().save(simpleCase("LP/B/8/I/2026/SPKT", LocalDate.of(2026, 1, 5)));
        TraffickingCase other = store.cases().save(simpleCase("LP/B/9/I/2026/SPKT", LocalDate.of(2026, 1, 5))).stored();
        assertThatThrownBy(() -> store.cases().save(TckFixtures.withNumber(other, "LP/B/8/I/2026/SPKT")))
                .isInstanceOf(DuplicateException.class);
        assertSameContent(store.cases().get(other.id()), other);
    }

    @Test
    public void renumberingFreesTheOldNumber() {
        TraffickingCase v1 = store.cases().save(simpleCase("LP/B/10/I/2026/SPKT", LocalDate.of(2026, 1, 5))).stored();
        TraffickingCase v2 = store.cases().save(TckFixtures.withNumber(v1, "LP/B/10/I/2026/SPKT/POLRESTA")).stored();
        assertThat(store.cases().findByNumber(CaseNumber.of("LP/B/10/I/2026/SPKT"))).isEmpty();
        assertThat(store.cases().findByNumber(CaseNumber.of("LP/B/10/I/2026/SPKT/POLRESTA"))).contains(v2);
        TraffickingCase reuse = store.cases().save(simpleCase("LP/B/10/I/2026/SPKT", LocalDate.of(2026, 1, 7)))
                .stored();
        assertThat(reuse.version()).isEqualTo(1);
    }

    @Test
    public void findByNumberFindsExactlyThatNumber() {
        TraffickingCase saved = store.cases().save(simpleCase("LP/B/11/I/2026/SPKT", LocalDate.of(2026, 1, 5)))
                .stored();
        assertThat(store.cases().findByNumber(CaseNumber.of("LP/B/11/I/2026/SPKT"))).contains(saved);
        assertThat(store.cases().findByNumber(CaseNumber.of("LP/B/11/I/2026"))).isEmpty();
        assertThat(store.cases().findByNumber(CaseNumber.of("LP/B/12/I/2026/SPKT"))).isEmpty();
    }

    @Test
    public void anUnknownRegisteringJurisdictionIsAReferenceError() {
        TraffickingCase lost = TckFixtures.registeredIn(simpleCase("LP/B/13/I/2026/SPKT", LocalDate.of(2026, 1, 5)),
                TckFixtures.UNKNOWN_AREA);
        assertReferenceError(lost, "registeredIn", "61.79");
    }

    @Test
    public void anUnknownVictimOriginIsAReferenceError() {
        TraffickingCase c = simpleCase("LP/B/14/I/2026/SPKT", LocalDate.of(2026, 1, 5));
        Victim v = c.victims().get(0);
        Victim lost = TckFixtures.anotherLike(v).toBuilder().origin(TckFixtures.UNKNOWN_AREA).build();
        assertReferenceError(c.withVictim(lost), "victims[1].origin", "61.79");
    }

    @Test
    public void anUnknownPlaceOnTheRouteIsAReferenceError() {
        TraffickingCase c = simpleCase("LP/B/15/I/2026/SPKT", LocalDate.of(2026, 1, 5));
        Route route = new Route(Place.in(SAMBAS), ImmutableList.of(Place.in(KOTA_PONTIANAK), Place.in(TckFixtures.UNKNOWN_AREA)),
                Place.abroad(CAMBODIA));
        assertReferenceError(c.withRoute(route), "route.transit[1]", "61.79");
    }

    @Test
    public void anUnknownServiceProviderIsAReferenceError() {
        TraffickingCase c = simpleCase("LP/B/16/I/2026/SPKT", LocalDate.of(2026, 1, 5));
        AgencyId ghost = AgencyId.random();
        Victim v = c.victims().get(0);
        Victim served = v.withService(new VictimService(ServiceType.SHELTER, world.dp3aKalbar.id(), LocalDate.of(2026, 1, 6), null))
                .withService(new VictimService(ServiceType.LEGAL_AID, ghost, LocalDate.of(2026, 1, 6), null));
        assertReferenceError(c.replaceVictim(served), "victims[0].services[1].provider", ghost.toString());
    }

    @Test
    public void anUnknownReferralAgencyIsAReferenceError() {
        TraffickingCase c = simpleCase("LP/B/17/I/2026/SPKT", LocalDate.of(2026, 1, 5));
        AgencyId ghost = AgencyId.random();
        Victim v = c.victims().get(0);
        Victim referred = v.withReferral(new Referral(world.dp3aKalbar.id(), ghost, LocalDate.of(2026, 1, 8),
                ServiceType.LEGAL_AID, true));
        assertReferenceError(c.replaceVictim(referred), "victims[0].referrals[0].to", ghost.toString());
    }

    /** Saving {@code c} fails on {@code field} naming {@code missing}, and stores nothing. */
    protected void assertReferenceError(TraffickingCase c, String field, String missing) {
        assertThatThrownBy(() -> store.cases().save(c))
                .isInstanceOfSatisfying(ReferenceException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("Case");
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e).hasMessageContaining(c.id().toString()).hasMessageContaining(missing);
                });
        assertThat(store.cases().find(c.id())).isEmpty();
        assertThat(store.cases().findByNumber(c.number())).isEmpty();
    }

    @Test
    public void deleteRemovesTheCaseAndFreesItsNumber() {
        TraffickingCase v1 = store.cases().save(simpleCase("LP/B/18/I/2026/SPKT", LocalDate.of(2026, 1, 5))).stored();
        store.cases().delete(v1.id(), 1);
        assertThat(store.cases().find(v1.id())).isEmpty();
        assertThat(store.cases().findByNumber(v1.number())).isEmpty();
        assertThat(store.cases().count(id.gugus.cases.CaseQuery.all())).isZero();
        assertThat(store.cases().save(simpleCase("LP/B/18/I/2026/SPKT", LocalDate.of(2026, 1, 5)))
                .stored().version()).isEqualTo(1);
    }

    @Test
    public void deleteWithAStaleVersionIsAConflictAndOfAnUnknownIdNotFound() {
        TraffickingCase v1 = store.cases().save(simpleCase("LP/B/19/I/2026/SPKT", LocalDate.of(2026, 1, 5))).stored();
        store.cases().save(v1);
        assertThatThrownBy(() -> store.cases().delete(v1.id(), 1)).isInstanceOf(ConflictException.class);
        CaseId unknown = CaseId.random();
        assertThatThrownBy(() -> store.cases().delete(unknown, 1)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining(unknown.toString());
        assertThat(store.cases().get(v1.id()).version()).isEqualTo(2);
    }

    @Test
    public void getOfAnUnknownIdIsNotFound() {
        CaseId unknown = CaseId.random();
        assertThat(store.cases().find(unknown)).isEmpty();
        assertThatThrownBy(() -> store.cases().get(unknown)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Case").hasMessageContaining(unknown.toString());
    }

    @Test
    public void errorMessagesNameTheCaseButNeverAVictim() {
        TraffickingCase rich = store.cases().save(richCase()).stored();
        List<GugusException> errors = new ArrayList<>();
        errors.add(catchGugus(() -> store.cases().save(rich.withVersion(7))));
        errors.add(catchGugus(() -> store.cases().save(TckFixtures.withNumber(rich, "LP/B/999/V/2024/SPKT/POLDA KALBAR")
                .withVersion(0))));
        errors.add(catchGugus(() -> store.cases().save(TckFixtures.registeredIn(rich, TckFixtures.UNKNOWN_AREA))));
        errors.add(catchGugus(() -> store.cases().delete(rich.id(), 9)));
        errors.add(catchGugus(() -> store.cases().save(TckFixtures.withNumber(richCase(), rich.number().value()))));
        assertThat(errors).hasSize(5).allSatisfy(e -> {
            assertThat(e.getMessage()).doesNotContain(SevenCases.A1_NAME, SevenCases.A1_NIK, "Siti", "Agus",
                    "0812-5555-0101", "Tanjungpura");
            assertThat(e.getMessage()).satisfiesAnyOf(
                    m -> assertThat(m).contains("Case").contains(rich.id().toString()),
                    m -> assertThat(m).contains("Case").contains(rich.number().value()));
        });
    }

    private static GugusException catchGugus(Runnable action) {
        try {
            action.run();
        } catch (GugusException e) {
            return e;
        }
        throw new AssertionError("expected a GugusException");
    }
}
