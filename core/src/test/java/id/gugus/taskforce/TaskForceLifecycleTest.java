package id.gugus.taskforce;

import static id.gugus.taskforce.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.agency.AgencyId;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.Severity;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Proposed → decree drafted → established → dissolved, re-forming, and the steps that are refused. */
class TaskForceLifecycleTest {
    private static final TaskForce NATIONAL_TF = national();
    private static final TaskForce KALBAR_TF = lawful(KALBAR, NATIONAL_TF);

    private final TaskForce proposed = TaskForce.propose("Gugus Tugas PP-TPPO Kota Pontianak", PONTIANAK,
            official(Position.MAYOR), official(Position.KAPOLRESTA), KALBAR_TF.id());

    @Test
    void aProposalDerivesItsLevelAndCitesTheLaw() {
        assertThat(proposed.level()).isEqualTo(TaskForceLevel.CITY);
        assertThat(proposed.status()).isEqualTo(TaskForceStatus.PROPOSED);
        assertThat(proposed.version()).isZero();
        assertThat(proposed.decree()).isNull();
        assertThat(proposed.parent()).isEqualTo(KALBAR_TF.id());
        assertThat(proposed.history()).isEmpty();
        assertThat(proposed.legalBasis()).contains("UU 21/2007", "Perpres 22/2021", "Perpres 49/2023");
        assertThat(TaskForce.propose("Gugus Tugas PP-TPPO Kabupaten Sambas", SAMBAS, official(Position.REGENT),
                official(Position.KAPOLRES), KALBAR_TF.id()).level()).isEqualTo(TaskForceLevel.REGENCY);
    }

    @Test
    void aDistrictCannotProposeATaskForce() {
        ValidationException e = catchValidation(() -> TaskForce.propose("Gugus Tugas Kecamatan",
                JurisdictionCode.of("61.71.01"), official(Position.OTHER),
                official(Position.OTHER), null));
        assertThat(e.violations()).extracting(v -> v.ruleId(), v -> v.path())
                .containsExactly(tuple("TF-LEVEL", "jurisdiction"));
    }

    @Test
    void theFullLifecycle() {
        TaskForce drafted = proposed.draftDecree("188.45/77/HK/2024");
        assertThat(drafted.status()).isEqualTo(TaskForceStatus.DECREE_DRAFTED);
        assertThat(drafted.decree()).isEqualTo(Decree.draft("188.45/77/HK/2024"));

        TaskForce established = drafted.establish(AFTER_2023, official(Position.MAYOR));
        assertThat(established.status()).isEqualTo(TaskForceStatus.ESTABLISHED);
        assertThat(established.decree().isSigned()).isTrue();
        assertThat(established.decree().date()).isEqualTo(AFTER_2023);
        assertThat(TaskForceValidator.validate(established, Optional.of(KALBAR_TF)).all()).isEmpty();

        LocalDate end = LocalDate.of(2027, 1, 4);
        TaskForce dissolved = established.dissolve(end);
        assertThat(dissolved.status()).isEqualTo(TaskForceStatus.DISSOLVED);
        assertThat(dissolved.dissolvedOn()).contains(end);
        assertThat(dissolved.history()).containsExactly(
                new Composition(established.chair(), established.dailyChair(), established.decree(), end));
        assertThat(established.dissolvedOn()).isEmpty();
    }

    @Test
    void membersAndSubTaskForcesAreAdded() {
        AgencyId dinas = AgencyId.random();
        TaskForce t = proposed.withMember(new Member(dinas, official(Position.HEAD_OF_DINAS_PPPA)))
                .withSubTaskForce(new SubTaskForce(Cluster.PREVENTION, dinas));
        assertThat(t.members()).extracting(Member::agency).containsExactly(dinas);
        assertThat(t.subTaskForces()).extracting(SubTaskForce::cluster).containsExactly(Cluster.PREVENTION);
    }

    @Test
    void aSecondSubTaskForceForAClusterIsRefusedAtOnce() {
        TaskForce t = proposed.withSubTaskForce(new SubTaskForce(Cluster.PREVENTION, AgencyId.random()));
        ValidationException e = catchValidation(
                () -> t.withSubTaskForce(new SubTaskForce(Cluster.PREVENTION, AgencyId.random())));
        assertThat(e.violations()).extracting(v -> v.ruleId(), v -> v.path())
                .containsExactly(tuple("TF-SUBTASKFORCE", "subTaskForces[1].cluster"));
    }

    @Test
    void anAgencyIsAddedOnlyOnce() {
        AgencyId polresta = AgencyId.random();
        TaskForce t = proposed.withMember(new Member(polresta, official(Position.KAPOLRESTA)));
        ValidationException e = catchValidation(() -> t.withMember(new Member(polresta, official(Position.OTHER))));
        assertThat(e.violations()).extracting(v -> v.ruleId(), v -> v.path())
                .containsExactly(tuple("TF-MEMBER", "members[1].agency"));
    }

    @Test
    void theDecreeCannotBeDraftedTwice() {
        TaskForce established = proposed.draftDecree("188.45/77/HK/2024").establish(AFTER_2023, official(Position.MAYOR));
        ValidationException e = catchValidation(() -> established.draftDecree("188.45/78/HK/2024"));
        assertThat(e.violations()).extracting(v -> v.ruleId(), v -> v.severity(), v -> v.path(), v -> v.messageId(),
                v -> v.messageEn()).containsExactly(tuple("TF-LIFECYCLE", Severity.ERROR, "status",
                "Langkah 'menyusun rancangan SK' tidak boleh dilakukan pada gugus tugas yang berstatus sudah dibentuk.",
                "Step 'draft the decree' is not allowed for a task force that is established."));
    }

    @Test
    void aProposalCannotBeSignedBeforeItsDecreeIsDrafted() {
        ValidationException e = catchValidation(() -> proposed.establish(AFTER_2023, official(Position.MAYOR)));
        assertThat(e.violations()).extracting(v -> v.ruleId(), v -> v.path(), v -> v.messageId(), v -> v.messageEn())
                .containsExactly(tuple("TF-LIFECYCLE", "status",
                        "Langkah 'menandatangani SK (membentuk)' tidak boleh dilakukan pada gugus tugas yang berstatus"
                                + " diusulkan.",
                        "Step 'sign the decree (establish)' is not allowed for a task force that is proposed."));
    }

    @Test
    void onlyAnEstablishedTaskForceIsReformed() {
        assertLifecycle(() -> proposed.reform(official(Position.MAYOR), official(Position.KAPOLRES),
                Decree.draft("188.45/1/HK/2024"), AFTER_2023));
    }

    @Test
    void aRevokedDecreeDoesNotReform() {
        TaskForce established = proposed.draftDecree("188.45/77/HK/2024").establish(AFTER_2023, official(Position.MAYOR));
        Decree revoked = new Decree("188.45/99/HK/2024", AFTER_2023, official(Position.MAYOR), DecreeStatus.REVOKED);
        ValidationException e = catchValidation(() -> established.reform(official(Position.MAYOR),
                official(Position.KAPOLRES), revoked, AFTER_2023.plusDays(1)));
        assertThat(e.violations()).extracting(v -> v.messageEn()).containsExactly(
                "Step 're-form with a revoked decree' is not allowed for a task force that is established.");
    }

    @Test
    void aDissolvedTaskForceStaysDissolved() {
        TaskForce dissolved = proposed.dissolve(AFTER_2023);
        assertLifecycle(() -> dissolved.dissolve(AFTER_2023.plusDays(1)));
        assertLifecycle(() -> dissolved.withMember(new Member(AgencyId.random(), official(Position.OTHER))));
        assertLifecycle(() -> dissolved.withSubTaskForce(new SubTaskForce(Cluster.COORDINATION, AgencyId.random())));
        ValidationException e = catchValidation(() -> dissolved.draftDecree("X"));
        assertThat(e.violations()).extracting(v -> v.messageId()).containsExactly(
                "Langkah 'menyusun rancangan SK' tidak boleh dilakukan pada gugus tugas yang berstatus dibubarkan.");
    }

    @Test
    void aProposalMayBeAbandoned() {
        TaskForce abandoned = proposed.draftDecree("188.45/77/HK/2024").dissolve(AFTER_2023);
        assertThat(abandoned.status()).isEqualTo(TaskForceStatus.DISSOLVED);
        assertThat(abandoned.dissolvedOn()).contains(AFTER_2023);
    }

    @Test
    void nothingIsDatedBeforeTheDecree() {
        TaskForce established = proposed.draftDecree("188.45/77/HK/2024").establish(AFTER_2023, official(Position.MAYOR));
        ValidationException e = catchValidation(() -> established.dissolve(LocalDate.of(2023, 9, 30)));
        assertThat(e.violations()).extracting(v -> v.ruleId(), v -> v.severity(), v -> v.path(), v -> v.messageId(),
                v -> v.messageEn()).containsExactly(tuple("TF-LIFECYCLE-DATE", Severity.ERROR, "on",
                "Tanggal 2023-09-30 lebih awal dari tanggal terakhir yang tercatat pada gugus tugas (2023-10-02).",
                "Date 2023-09-30 is before the latest date the task force records (2023-10-02)."));
        assertThat(established.dissolve(AFTER_2023).status()).isEqualTo(TaskForceStatus.DISSOLVED);
    }

    @Test
    void aReformedDecreeIsNotSignedBeforeTheLastChange() {
        TaskForce established = proposed.draftDecree("188.45/77/HK/2024").establish(AFTER_2023, official(Position.MAYOR));
        TaskForce reforming = established.reform(official(Position.MAYOR), official(Position.KAPOLRES),
                Decree.draft("188.45/5/HK/2025"), LocalDate.of(2025, 2, 1));
        ValidationException e = catchValidation(() -> reforming.establish(LocalDate.of(2025, 1, 31),
                official(Position.MAYOR)));
        assertThat(e.violations()).extracting(v -> v.ruleId(), v -> v.path())
                .containsExactly(tuple("TF-LIFECYCLE-DATE", "signedOn"));
        Decree backdated = Decree.draft("188.45/6/HK/2023").sign(LocalDate.of(2023, 1, 1), official(Position.MAYOR));
        ValidationException e2 = catchValidation(() -> established.reform(official(Position.MAYOR),
                official(Position.KAPOLRES), backdated, LocalDate.of(2025, 2, 1)));
        assertThat(e2.violations()).extracting(v -> v.ruleId(), v -> v.path())
                .containsExactly(tuple("TF-LIFECYCLE-DATE", "newDecree.date"));
    }

    private static void assertLifecycle(ThrowingCallable step) {
        ValidationException e = catchValidation(step);
        assertThat(e.violations()).extracting(v -> v.ruleId(), v -> v.path())
                .containsExactly(tuple("TF-LIFECYCLE", "status"));
    }

    private static ValidationException catchValidation(ThrowingCallable step) {
        ValidationException e = catchThrowableOfType(ValidationException.class, step);
        assertThat(e).as("a ValidationException").isNotNull();
        return e;
    }
}
