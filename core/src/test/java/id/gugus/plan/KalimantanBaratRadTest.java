package id.gugus.plan;

import static id.gugus.plan.PlanFixtures.KALBAR;
import static id.gugus.plan.PlanFixtures.PONTIANAK;
import static id.gugus.plan.PlanFixtures.RAN_PERIOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.agency.AgencyId;
import id.gugus.common.Period;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The story of docs/story.md: Kalimantan Barat writes its RAD 2020–2024 under the RAN 2020–2024,
 * starting with prevention for the groups the province targets, and Kota Pontianak derives its
 * own RAD from the province's.
 */
class KalimantanBaratRadTest {
    private static final AgencyId DINAS_PPPA = AgencyId.random();
    private static final AgencyId DINAS_PENDIDIKAN = AgencyId.random();
    private static final AgencyId POLDA_KALBAR = AgencyId.random();
    private static final AgencyId KANWIL_KEMENAG = AgencyId.random();

    // Dates of the decrees are illustrative; what matters is that they are signed.
    private final ActionPlan ran = ActionPlan.draft("RAN PP-TPPO 2020–2024", JurisdictionCode.NATIONAL, null, RAN_PERIOD)
            .adopt(Decree.draft("Perpres 19/2023").sign(LocalDate.of(2023, 3, 1), Official.of(Position.OTHER, "Presiden Republik Indonesia")))
            .putInEffect();

    private ActionPlan rad() {
        return ActionPlan.draft("RAD PP-TPPO Provinsi Kalimantan Barat 2020–2024", KALBAR, ran.id(), RAN_PERIOD)
                .withActivity(prevention("Sosialisasi pencegahan TPPO bagi siswa SMA/SMK", DINAS_PENDIDIKAN,
                        TargetGroup.SENIOR_HIGH_SCHOOL_STUDENTS, "Siswa yang mendapat sosialisasi", "orang", 6000, 150_000_000))
                .withActivity(prevention("Sosialisasi modus lowongan kerja palsu di media sosial bagi mahasiswa", POLDA_KALBAR,
                        TargetGroup.UNIVERSITY_STUDENTS, "Mahasiswa yang mendapat sosialisasi", "orang", 2000, 75_000_000))
                .withActivity(prevention("Pelatihan organisasi kemasyarakatan sebagai pelapor dini", DINAS_PPPA,
                        TargetGroup.COMMUNITY_ORGANISATIONS, "Organisasi kemasyarakatan terlatih", "organisasi", 50, 50_000_000))
                .withActivity(prevention("Pelibatan organisasi perempuan dalam pencegahan TPPO", DINAS_PPPA,
                        TargetGroup.WOMENS_ORGANISATIONS, "Organisasi perempuan yang terlibat", "organisasi", 40, 60_000_000))
                .withActivity(prevention("Dialog pencegahan TPPO dengan tokoh lintas agama", KANWIL_KEMENAG,
                        TargetGroup.INTERFAITH_LEADERS, "Tokoh agama yang terlibat", "orang", 200, 40_000_000));
    }

    private static Activity prevention(String title, AgencyId agency, TargetGroup group, String indicator, String unit,
            long target, long budget) {
        return Activity.builder(title, Cluster.PREVENTION, agency)
                .targetGroups(group)
                .indicator(indicator, unit, target)
                .schedule(Period.years(2021, 2024))
                .budget(budget, FundingSource.APBD)
                .build();
    }

    @Test
    void theProvinceIsRealAndTheRanIsTheLevelAbove() {
        JurisdictionDirectory areas = JurisdictionDirectory.bundled();
        assertThat(areas.find(KALBAR)).map(Jurisdiction::name).contains("Kalimantan Barat");
        assertThat(areas.find(PONTIANAK)).map(Jurisdiction::name).contains("Kota Pontianak");
        assertThat(KALBAR.parent()).contains(ran.jurisdiction());
    }

    @Test
    void theRadValidatesWithOnlyWarningsForTheFiveMissingClusters() {
        Violations v = ActionPlanValidator.validate(rad(), Optional.of(ran));
        assertThat(v.hasErrors()).isFalse();
        assertThat(v.all()).extracting(Violation::ruleId).containsOnly("PLAN-CLUSTER-MISSING").hasSize(5);
        assertThat(v.all()).extracting(Violation::messageEn).containsExactly(
                "The plan has no activity in the health rehabilitation cluster; a complete plan covers all six clusters.",
                "The plan has no activity in the social rehabilitation, repatriation and reintegration cluster; a complete plan covers all six clusters.",
                "The plan has no activity in the legal norm development cluster; a complete plan covers all six clusters.",
                "The plan has no activity in the law enforcement cluster; a complete plan covers all six clusters.",
                "The plan has no activity in the coordination and cooperation cluster; a complete plan covers all six clusters.");
        assertThat(v.all()).extracting(Violation::messageId).allMatch(m -> m.startsWith("Rencana belum memiliki kegiatan di klaster "))
                .noneMatch(m -> m.contains("pencegahan"));
    }

    @Test
    void adoptedByTheGovernorAndInEffectItStillHasOnlyTheClusterWarnings() {
        Decree skGubernur = Decree.draft("188.44/250/HK/2021")
                .sign(LocalDate.of(2021, 4, 12), Official.of(Position.GOVERNOR, "Gubernur Kalimantan Barat"));
        ActionPlan inEffect = rad().adopt(skGubernur).putInEffect()
                .reportProgress(0, ProgressReport.of(Period.years(2021, 2021), 1500))
                .reportProgress(0, ProgressReport.of(Period.years(2022, 2022), 2100));
        Violations v = ActionPlanValidator.validate(inEffect, Optional.of(ran));
        assertThat(v.errors()).isEmpty();
        assertThat(v.warnings()).hasSize(5);
    }

    @Test
    void kotaPontianakDerivesItsRadFromTheProvincesAndNotFromTheRan() {
        ActionPlan provincial = rad();
        ActionPlan pontianak = ActionPlan.draft("RAD PP-TPPO Kota Pontianak 2021–2024", PONTIANAK, provincial.id(), Period.years(2021, 2024))
                .withActivity(prevention("Sosialisasi di SMA/SMK se-Kota Pontianak", DINAS_PENDIDIKAN,
                        TargetGroup.SENIOR_HIGH_SCHOOL_STUDENTS, "Siswa yang mendapat sosialisasi", "orang", 1200, 20_000_000));
        assertThat(ActionPlanValidator.validate(pontianak, Optional.of(provincial)).hasErrors()).isFalse();

        ActionPlan underRan = ActionPlan.draft("RAD PP-TPPO Kota Pontianak", PONTIANAK, ran.id(), Period.years(2021, 2024))
                .withActivity(pontianak.activities().get(0));
        assertThat(ActionPlanValidator.validate(underRan, Optional.of(ran)).errors())
                .extracting(Violation::ruleId, Violation::messageEn)
                .containsExactly(tuple("PLAN-PARENT",
                        "A plan for 61.71 must derive from the plan for 61, but its parent plan is for ID."));
    }

    /**
     * Hand-checked: the prevention cluster mixes units (persons, organisations), so each
     * activity's percentage is averaged: SMA/SMK 3,600 / 6,000 = 60 %, university 900 / 2,000
     * = 45 %, community organisations 20 / 50 = 40 %, women's organisations 35 / 40 = 87.5 %,
     * interfaith leaders nothing reported = 0 %; (60 + 45 + 40 + 87.5 + 0) / 5 = 46.5 %.
     * Budget 150 + 75 + 50 + 60 + 40 million = Rp375,000,000.
     */
    @Test
    void realisationOfThePreventionCluster() {
        Period y2021 = Period.years(2021, 2021);
        Period y2022 = Period.years(2022, 2022);
        ActionPlan plan = rad()
                .reportProgress(0, ProgressReport.of(y2021, 1500))
                .reportProgress(0, ProgressReport.of(y2022, 2100))
                .reportProgress(1, ProgressReport.of(y2022, 900))
                .reportProgress(2, ProgressReport.of(y2021, 8))
                .reportProgress(2, ProgressReport.of(y2022, 12))
                .reportProgress(3, ProgressReport.of(y2022, 35));
        PlanRealisation r = PlanRealisation.of(plan);
        ClusterRealisation prevention = r.cluster(Cluster.PREVENTION);
        assertThat(prevention.activityCount()).isEqualTo(5);
        assertThat(prevention.budget()).isEqualTo(Rupiah.of(375_000_000));
        assertThat(prevention.realisation()).contains(new BigDecimal("46.5"));
        assertThat(r.cluster(Cluster.LAW_ENFORCEMENT)).isEqualTo(
                new ClusterRealisation(Cluster.LAW_ENFORCEMENT, 0, Rupiah.ZERO, Optional.empty()));
        assertThat(r.activityCount()).isEqualTo(5);
        assertThat(r.totalBudget()).isEqualTo(Rupiah.of(375_000_000));
        assertThat(r.clusters()).extracting(ClusterRealisation::cluster).containsExactly(Cluster.values());
        assertThat(r.plan()).isEqualTo(plan.id());
    }
}
