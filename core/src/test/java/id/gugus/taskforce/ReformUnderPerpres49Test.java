package id.gugus.taskforce;

import static id.gugus.taskforce.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.agency.AgencyId;
import id.gugus.validation.Severity;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/story.md: Kalimantan Barat's task force, formed in 2019 with the head of Dinas PPPA as daily
 * chair, is re-formed by SK Gubernur so that the Kapolda is its daily chair.
 */
class ReformUnderPerpres49Test {
    private static final TaskForce NATIONAL_TF = national();
    private static final LocalDate REFORMED_ON = LocalDate.of(2023, 11, 20);

    private final AgencyId dinasPppa = AgencyId.random();
    private final TaskForce formedIn2019 = established(KALBAR, Position.GOVERNOR, Position.HEAD_OF_DINAS_PPPA,
            Position.GOVERNOR, IN_2019, NATIONAL_TF)
            .withMember(new Member(dinasPppa, official(Position.HEAD_OF_DINAS_PPPA)))
            .withSubTaskForce(new SubTaskForce(Cluster.PREVENTION, dinasPppa));

    @Test
    void theTaskForceOf2019IsNonCompliantButStillValid() {
        assertThat(ComplianceCheck.formedBeforePerpres49(formedIn2019)).isTrue();
        assertThat(ComplianceCheck.isCompliant(formedIn2019)).isFalse();
        assertThat(ComplianceCheck.check(formedIn2019).all())
                .extracting(Violation::ruleId, Violation::severity, Violation::path)
                .containsExactly(tuple("TF-NONCOMPLIANT", Severity.WARNING, "dailyChair"));
        assertThat(TaskForceValidator.validate(formedIn2019, Optional.of(NATIONAL_TF)).hasErrors()).isFalse();
    }

    @Test
    void reformedWithTheKapoldaItIsCompliantAndKeepsItsHistory() {
        Decree skGubernur = Decree.draft("188.4/512/HK/2023").sign(REFORMED_ON, official(Position.GOVERNOR));
        TaskForce reformed = formedIn2019.reform(official(Position.GOVERNOR), official(Position.KAPOLDA), skGubernur,
                REFORMED_ON);

        assertThat(ComplianceCheck.check(reformed).all()).isEmpty();
        assertThat(ComplianceCheck.isCompliant(reformed)).isTrue();
        assertThat(TaskForceValidator.validate(reformed, Optional.of(NATIONAL_TF)).all()).isEmpty();
        assertThat(reformed.status()).isEqualTo(TaskForceStatus.ESTABLISHED);
        assertThat(reformed.dailyChair().position()).isEqualTo(Position.KAPOLDA);
        assertThat(reformed.decree()).isEqualTo(skGubernur);
        assertThat(reformed.history()).containsExactly(new Composition(formedIn2019.chair(),
                formedIn2019.dailyChair(), formedIn2019.decree(), REFORMED_ON));
        assertThat(reformed.history().get(0).decree().date()).isEqualTo(IN_2019);
        assertThat(reformed.id()).isEqualTo(formedIn2019.id());
        assertThat(reformed.members()).isEqualTo(formedIn2019.members());
        assertThat(reformed.subTaskForces()).isEqualTo(formedIn2019.subTaskForces());
    }

    @Test
    void reformingWithADraftWaitsForTheGovernorsSignature() {
        TaskForce drafting = formedIn2019.reform(official(Position.GOVERNOR), official(Position.KAPOLDA),
                Decree.draft("188.4/512/HK/2023"), REFORMED_ON);
        assertThat(drafting.status()).isEqualTo(TaskForceStatus.DECREE_DRAFTED);
        assertThat(ComplianceCheck.isCompliant(drafting)).isTrue();
        assertThat(TaskForceValidator.validate(drafting, Optional.of(NATIONAL_TF)).all()).isEmpty();

        TaskForce signed = drafting.establish(REFORMED_ON.plusDays(3), official(Position.GOVERNOR));
        assertThat(signed.status()).isEqualTo(TaskForceStatus.ESTABLISHED);
        assertThat(signed.history()).hasSize(1);
        assertThat(TaskForceValidator.validate(signed, Optional.of(NATIONAL_TF)).all()).isEmpty();
    }

    @Test
    void reformingWithTheOldDailyChairIsAnErrorNow() {
        Decree skGubernur = Decree.draft("188.4/512/HK/2023").sign(REFORMED_ON, official(Position.GOVERNOR));
        TaskForce reformedBadly = formedIn2019.reform(official(Position.GOVERNOR),
                official(Position.HEAD_OF_DINAS_PPPA), skGubernur, REFORMED_ON);
        assertThat(ComplianceCheck.check(reformedBadly).all()).extracting(Violation::ruleId, Violation::severity)
                .containsExactly(tuple("TF-DAILY-CHAIR", Severity.ERROR));
    }

    @Test
    void complianceIsJudgedOnTheOfficesOnly() {
        TaskForce noParentNoDecree = withDecree(withParent(lawful(KALBAR, NATIONAL_TF), null), null,
                TaskForceStatus.ESTABLISHED);
        assertThat(ComplianceCheck.check(noParentNoDecree).all()).isEmpty();
        assertThat(TaskForceValidator.validate(noParentNoDecree, Optional.empty()).all()).extracting(Violation::ruleId)
                .containsExactly("TF-PARENT-MISSING", "TF-DECREE-SIGNED");
    }
}
