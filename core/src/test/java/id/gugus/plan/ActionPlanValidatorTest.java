package id.gugus.plan;

import static id.gugus.plan.PlanFixtures.KALBAR;
import static id.gugus.plan.PlanFixtures.KALBAR_RAD_ID;
import static id.gugus.plan.PlanFixtures.PONTIANAK;
import static id.gugus.plan.PlanFixtures.RAN_ID;
import static id.gugus.plan.PlanFixtures.RAN_PERIOD;
import static id.gugus.plan.PlanFixtures.activity;
import static id.gugus.plan.PlanFixtures.kalbarRad;
import static id.gugus.plan.PlanFixtures.ran;
import static id.gugus.plan.PlanFixtures.signedDecree;
import static id.gugus.plan.PlanFixtures.with;
import static id.gugus.plan.PlanFixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.Decree;
import id.gugus.validation.Severity;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule of {@link PlanRule}: a plan that keeps it and one that breaks it, with both messages. */
class ActionPlanValidatorTest {

    static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertViolations(Violations violations) {
        return assertThat(violations.all()).extracting(
                Violation::ruleId, Violation::severity, Violation::path, Violation::messageId, Violation::messageEn);
    }

    @Test
    void aCompleteRadUnderTheRanHasNoViolation() {
        assertThat(ActionPlanValidator.validate(kalbarRad(), Optional.of(ran())).all()).isEmpty();
        assertThat(ActionPlanValidator.validate(ran(), Optional.empty()).all()).isEmpty();
    }

    @Nested
    class Level {
        @Test
        void nationalProvincialAndRegencyPlansPass() {
            ActionPlan regency = with(kalbarRad(), PONTIANAK, KALBAR_RAD_ID, RAN_PERIOD);
            assertThat(ActionPlanValidator.validate(regency, Optional.empty()).contains("PLAN-LEVEL")).isFalse();
            assertThat(ActionPlanValidator.validate(kalbarRad(), Optional.empty()).contains("PLAN-LEVEL")).isFalse();
            assertThat(ActionPlanValidator.validate(ran(), Optional.empty()).contains("PLAN-LEVEL")).isFalse();
        }

        @Test
        void aDistrictPlanFails() {
            ActionPlan district = with(kalbarRad(), JurisdictionCode.of("61.71.01"), KALBAR_RAD_ID, RAN_PERIOD);
            assertViolations(ActionPlanValidator.validate(district, Optional.empty())).containsExactly(tuple(
                    "PLAN-LEVEL", Severity.ERROR, "jurisdiction",
                    "Rencana aksi disusun untuk tingkat nasional, provinsi, atau kabupaten/kota, bukan untuk wilayah 61.71.01.",
                    "Action plans are made for the nation, a province or a regency/city, not for area 61.71.01."));
        }
    }

    @Nested
    class Parent {
        @Test
        void aProvinceDerivesFromTheRanAndARegencyFromItsProvince() {
            ActionPlan regency = with(kalbarRad(), PONTIANAK, KALBAR_RAD_ID, RAN_PERIOD);
            assertThat(ActionPlanValidator.validate(kalbarRad(), Optional.of(ran())).all()).isEmpty();
            assertThat(ActionPlanValidator.validate(regency, Optional.of(kalbarRad())).all()).isEmpty();
        }

        @Test
        void aRegencyPlanUnderTheRanFails() {
            ActionPlan regency = with(kalbarRad(), PONTIANAK, RAN_ID, RAN_PERIOD);
            assertViolations(ActionPlanValidator.validate(regency, Optional.of(ran()))).containsExactly(tuple(
                    "PLAN-PARENT", Severity.ERROR, "parent",
                    "Rencana untuk wilayah 61.71 harus diturunkan dari rencana wilayah 61, tetapi rencana induknya untuk wilayah ID.",
                    "A plan for 61.71 must derive from the plan for 61, but its parent plan is for ID."));
        }

        @Test
        void aProvincialPlanUnderAnotherProvincesPlanFails() {
            ActionPlan kalteng = with(kalbarRad(), JurisdictionCode.of("62"), RAN_ID, RAN_PERIOD);
            ActionPlan rad = with(kalbarRad(), KALBAR, kalteng.id(), RAN_PERIOD);
            assertViolations(ActionPlanValidator.validate(rad, Optional.of(kalteng))).containsExactly(tuple(
                    "PLAN-PARENT", Severity.ERROR, "parent",
                    "Rencana untuk wilayah 61 harus diturunkan dari rencana wilayah ID, tetapi rencana induknya untuk wilayah 62.",
                    "A plan for 61 must derive from the plan for ID, but its parent plan is for 62."));
        }

        @Test
        void theNationalPlanWithAParentFails() {
            ActionPlan national = with(ran(), JurisdictionCode.NATIONAL, KALBAR_RAD_ID, RAN_PERIOD);
            assertViolations(ActionPlanValidator.validate(national, Optional.empty())).containsExactly(tuple(
                    "PLAN-PARENT", Severity.ERROR, "parent",
                    "Rencana Aksi Nasional (RAN) tidak diturunkan dari rencana lain, sehingga tidak boleh memiliki rencana induk.",
                    "The national action plan (RAN) derives from no other plan, so it cannot have a parent plan."));
            assertThat(ActionPlanValidator.validate(ran(), Optional.of(kalbarRad())).contains("PLAN-PARENT")).isTrue();
        }

        @Test
        void aParentThatIsNotTheNamedOneFails() {
            ActionPlan unrelated = new ActionPlan(ActionPlanId.of("00000000-0000-4000-8000-0000000000ff"), 0, "RAN lain",
                    JurisdictionCode.NATIONAL, null, RAN_PERIOD, PlanStatus.DRAFT, null, ImmutableList.of());
            assertViolations(ActionPlanValidator.validate(kalbarRad(), Optional.of(unrelated))).containsExactly(tuple(
                    "PLAN-PARENT", Severity.ERROR, "parent",
                    "Rencana yang diberikan sebagai induk (00000000-0000-4000-8000-0000000000ff) bukan rencana induk yang dirujuk oleh rencana ini (00000000-0000-4000-8000-000000000001).",
                    "The plan given as parent (00000000-0000-4000-8000-0000000000ff) is not the parent plan that this plan names (00000000-0000-4000-8000-000000000001)."));
        }
    }

    @Nested
    class ParentMissing {
        @Test
        void aRegionalPlanNamingItsParentAndTheNationalPlanWithoutOnePass() {
            assertThat(ActionPlanValidator.validate(kalbarRad(), Optional.empty()).contains("PLAN-PARENT-MISSING")).isFalse();
            assertThat(ActionPlanValidator.validate(ran(), Optional.empty()).contains("PLAN-PARENT-MISSING")).isFalse();
        }

        @Test
        void aRegionalPlanWithoutParentFails() {
            ActionPlan orphan = with(kalbarRad(), KALBAR, null, RAN_PERIOD);
            assertViolations(ActionPlanValidator.validate(orphan, Optional.empty())).containsExactly(tuple(
                    "PLAN-PARENT-MISSING", Severity.ERROR, "parent",
                    "Rencana aksi daerah untuk wilayah 61 harus merujuk rencana induknya (RAN untuk provinsi, RAD provinsi untuk kabupaten atau kota).",
                    "A regional action plan for 61 must name the plan it derives from (the RAN for a province, the provincial RAD for a regency or city)."));
        }
    }

    @Nested
    class PeriodWithinParent {
        @Test
        void theSamePeriodOrAShorterOnePasses() {
            assertThat(ActionPlanValidator.validate(kalbarRad(), Optional.of(ran())).contains("PLAN-PERIOD")).isFalse();
            ActionPlan shorter = PlanFixtures.withEveryCluster(new ActionPlan(KALBAR_RAD_ID, 0, "RAD 2021–2024", KALBAR,
                    RAN_ID, Period.years(2021, 2024), PlanStatus.DRAFT, null, ImmutableList.of()));
            assertThat(ActionPlanValidator.validate(shorter, Optional.of(ran())).all()).isEmpty();
        }

        @Test
        void aPeriodEndingAfterTheParentsFails() {
            ActionPlan longer = with(kalbarRad(), KALBAR, RAN_ID, Period.years(2020, 2025));
            assertViolations(ActionPlanValidator.validate(longer, Optional.of(ran()))).containsExactly(tuple(
                    "PLAN-PERIOD", Severity.ERROR, "period",
                    "Periode rencana 2020-01-01..2025-12-31 harus berada dalam periode rencana induknya, 2020-01-01..2024-12-31.",
                    "The plan period 2020-01-01..2025-12-31 must fall within the period of its parent plan, 2020-01-01..2024-12-31."));
        }

        @Test
        void aPeriodStartingBeforeTheParentsFails() {
            ActionPlan earlier = with(kalbarRad(), KALBAR, RAN_ID, Period.of(LocalDate.of(2019, 12, 31), LocalDate.of(2024, 12, 31)));
            assertThat(ActionPlanValidator.validate(earlier, Optional.of(ran())).all())
                    .extracting(Violation::ruleId, Violation::path).containsExactly(tuple("PLAN-PERIOD", "period"));
        }
    }

    @Nested
    class ActivitySchedule {
        @Test
        void aScheduleOnThePlansBoundariesPasses() {
            ActionPlan plan = kalbarRad().replaceActivity(0, activity("Sosialisasi", Cluster.PREVENTION, RAN_PERIOD));
            assertThat(ActionPlanValidator.validate(plan, Optional.of(ran())).all()).isEmpty();
        }

        @Test
        void aScheduleRunningPastThePlanFails() {
            Period late = Period.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 1, 31));
            ActionPlan plan = kalbarRad().replaceActivity(2, activity("Pemulangan korban", Cluster.SOCIAL_REHABILITATION, late));
            assertViolations(ActionPlanValidator.validate(plan, Optional.of(ran()))).containsExactly(tuple(
                    "PLAN-ACTIVITY-SCHEDULE", Severity.ERROR, "activities[2].schedule",
                    "Jadwal 2024-06-01..2025-01-31 kegiatan “Pemulangan korban” berada di luar periode rencana 2020-01-01..2024-12-31.",
                    "The schedule 2024-06-01..2025-01-31 of activity “Pemulangan korban” lies outside the plan period 2020-01-01..2024-12-31."));
        }
    }

    @Nested
    class Target {
        @Test
        void aTargetOfOnePasses() {
            ActionPlan plan = kalbarRad().replaceActivity(0, withTarget(BigDecimal.ONE));
            assertThat(ActionPlanValidator.validate(plan, Optional.of(ran())).all()).isEmpty();
        }

        @Test
        void aZeroTargetFails() {
            ActionPlan plan = kalbarRad().replaceActivity(0, withTarget(BigDecimal.ZERO));
            assertViolations(ActionPlanValidator.validate(plan, Optional.of(ran()))).containsExactly(tuple(
                    "PLAN-TARGET", Severity.ERROR, "activities[0].indicator.target",
                    "Target indikator kegiatan “Sosialisasi” harus lebih dari nol (diberikan 0).",
                    "The indicator target of activity “Sosialisasi” must be above zero (got 0)."));
        }

        @Test
        void aNegativeTargetFails() {
            ActionPlan plan = kalbarRad().replaceActivity(0, withTarget(BigDecimal.valueOf(-1500)));
            assertViolations(ActionPlanValidator.validate(plan, Optional.of(ran()))).containsExactly(tuple(
                    "PLAN-TARGET", Severity.ERROR, "activities[0].indicator.target",
                    "Target indikator kegiatan “Sosialisasi” harus lebih dari nol (diberikan -1.500).",
                    "The indicator target of activity “Sosialisasi” must be above zero (got -1,500)."));
        }

        private Activity withTarget(BigDecimal target) {
            return Activity.builder("Sosialisasi", Cluster.PREVENTION, PlanFixtures.DINAS_PPPA)
                    .indicator(new Indicator("Siswa yang dijangkau", "orang", target))
                    .schedule(RAN_PERIOD).budget(1, FundingSource.APBD).build();
        }
    }

    @Nested
    class Progress {
        private final Period schedule = Period.years(2021, 2022);

        @Test
        void aReportInsideTheScheduleWithZeroOrMorePasses() {
            ActionPlan plan = kalbarRad().replaceActivity(0, activity("Sosialisasi", Cluster.PREVENTION, schedule)
                    .withProgress(ProgressReport.of(Period.years(2021, 2021), 0))
                    .withProgress(ProgressReport.of(Period.years(2022, 2022), 120)));
            assertThat(ActionPlanValidator.validate(plan, Optional.of(ran())).all()).isEmpty();
        }

        @Test
        void aReportOutsideTheScheduleFails() {
            ActionPlan plan = kalbarRad().replaceActivity(0, activity("Sosialisasi", Cluster.PREVENTION, schedule)
                    .withProgress(ProgressReport.of(Period.years(2021, 2021), 10))
                    .withProgress(ProgressReport.of(Period.years(2023, 2023), 10)));
            assertViolations(ActionPlanValidator.validate(plan, Optional.of(ran()))).containsExactly(tuple(
                    "PLAN-PROGRESS", Severity.ERROR, "activities[0].progress[1].period",
                    "Laporan kemajuan periode 2023-01-01..2023-12-31 untuk kegiatan “Sosialisasi” berada di luar jadwal kegiatan 2021-01-01..2022-12-31.",
                    "The progress report for 2023-01-01..2023-12-31 of activity “Sosialisasi” lies outside the activity schedule 2021-01-01..2022-12-31."));
        }

        @Test
        void aNegativeRealisedValueFails() {
            ActionPlan plan = kalbarRad().replaceActivity(0, activity("Sosialisasi", Cluster.PREVENTION, schedule)
                    .withProgress(new ProgressReport(Period.years(2021, 2021), new BigDecimal("-2.5"))));
            assertViolations(ActionPlanValidator.validate(plan, Optional.of(ran()))).containsExactly(tuple(
                    "PLAN-PROGRESS", Severity.ERROR, "activities[0].progress[0].realised",
                    "Nilai realisasi yang dilaporkan untuk periode 2021-01-01..2021-12-31 kegiatan “Sosialisasi” tidak boleh negatif (diberikan -2,5).",
                    "The realised value reported for 2021-01-01..2021-12-31 of activity “Sosialisasi” cannot be negative (got -2.5)."));
        }

        @Test
        void bothProblemsOfOneReportAreReported() {
            ActionPlan plan = kalbarRad().replaceActivity(0, activity("Sosialisasi", Cluster.PREVENTION, schedule)
                    .withProgress(ProgressReport.of(Period.years(2024, 2024), -1)));
            assertThat(ActionPlanValidator.validate(plan, Optional.of(ran())).all()).extracting(Violation::path)
                    .containsExactly("activities[0].progress[0].period", "activities[0].progress[0].realised");
        }
    }

    @Nested
    class ClusterMissing {
        @Test
        void aPlanCoveringEveryClusterHasNoWarning() {
            assertThat(ActionPlanValidator.validate(kalbarRad(), Optional.of(ran())).warnings()).isEmpty();
        }

        @Test
        void eachMissingClusterIsOneWarningNamingItInBothLanguages() {
            ActionPlan plan = new ActionPlan(KALBAR_RAD_ID, 0, "RAD", KALBAR, RAN_ID, RAN_PERIOD, PlanStatus.DRAFT, null,
                    ImmutableList.of(activity("Sosialisasi", Cluster.PREVENTION, RAN_PERIOD),
                            activity("Penyidikan", Cluster.LAW_ENFORCEMENT, RAN_PERIOD),
                            activity("Rapat koordinasi", Cluster.COORDINATION, RAN_PERIOD),
                            activity("Layanan kesehatan", Cluster.HEALTH_REHABILITATION, RAN_PERIOD)));
            assertViolations(ActionPlanValidator.validate(plan, Optional.of(ran()))).containsExactly(
                    tuple("PLAN-CLUSTER-MISSING", Severity.WARNING, "activities",
                            "Rencana belum memiliki kegiatan di klaster rehabilitasi sosial, pemulangan, dan reintegrasi; rencana yang lengkap mencakup keenam klaster.",
                            "The plan has no activity in the social rehabilitation, repatriation and reintegration cluster; a complete plan covers all six clusters."),
                    tuple("PLAN-CLUSTER-MISSING", Severity.WARNING, "activities",
                            "Rencana belum memiliki kegiatan di klaster pengembangan norma hukum; rencana yang lengkap mencakup keenam klaster.",
                            "The plan has no activity in the legal norm development cluster; a complete plan covers all six clusters."));
        }

        @Test
        void anEmptyPlanMissesAllSix() {
            ActionPlan empty = new ActionPlan(KALBAR_RAD_ID, 0, "RAD", KALBAR, RAN_ID, RAN_PERIOD, PlanStatus.DRAFT, null, ImmutableList.of());
            Violations v = ActionPlanValidator.validate(empty, Optional.of(ran()));
            assertThat(v.hasErrors()).isFalse();
            assertThat(v.warnings()).hasSize(6).extracting(Violation::ruleId).containsOnly("PLAN-CLUSTER-MISSING");
        }
    }

    @Nested
    class DecreeRule {
        @Test
        void aDraftNeedsNoDecreeAndAnAdoptedPlanWithASignedOnePasses() {
            assertThat(ActionPlanValidator.validate(kalbarRad(), Optional.of(ran())).all()).isEmpty();
            for (PlanStatus s : new PlanStatus[] {PlanStatus.ADOPTED, PlanStatus.IN_EFFECT, PlanStatus.EVALUATED}) {
                assertThat(ActionPlanValidator.validate(withStatus(kalbarRad(), s, signedDecree()), Optional.of(ran())).all())
                        .as("%s with a signed decree", s).isEmpty();
            }
        }

        @Test
        void anAdoptedPlanWithoutDecreeFails() {
            assertViolations(ActionPlanValidator.validate(withStatus(kalbarRad(), PlanStatus.ADOPTED, null), Optional.of(ran())))
                    .containsExactly(tuple("PLAN-DECREE", Severity.ERROR, "decree",
                            "Rencana yang sudah ditetapkan harus memiliki SK yang telah ditandatangani (nomor, tanggal, dan penanda tangan).",
                            "A plan that is adopted needs a signed decree (number, date and signatory)."));
        }

        @Test
        void aPlanInEffectWithAnUnsignedDecreeFails() {
            ActionPlan plan = withStatus(kalbarRad(), PlanStatus.IN_EFFECT, Decree.draft("188.44/100/HK/2021"));
            assertViolations(ActionPlanValidator.validate(plan, Optional.of(ran())))
                    .containsExactly(tuple("PLAN-DECREE", Severity.ERROR, "decree",
                            "Rencana yang sudah berlaku harus memiliki SK yang telah ditandatangani (nomor, tanggal, dan penanda tangan).",
                            "A plan that is in effect needs a signed decree (number, date and signatory)."));
        }

        @Test
        void anEvaluatedPlanWithoutDecreeFails() {
            assertThat(ActionPlanValidator.validate(withStatus(kalbarRad(), PlanStatus.EVALUATED, null), Optional.of(ran())).all())
                    .extracting(Violation::ruleId, Violation::messageEn)
                    .containsExactly(tuple("PLAN-DECREE", "A plan that is evaluated needs a signed decree (number, date and signatory)."));
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void oneStepForwardOrNoStepPasses() {
            ActionPlan draft = kalbarRad();
            ActionPlan adopted = withStatus(draft, PlanStatus.ADOPTED, signedDecree());
            assertThat(ActionPlanValidator.validateChange(draft, adopted).all()).isEmpty();
            assertThat(ActionPlanValidator.validateChange(adopted, withStatus(adopted, PlanStatus.IN_EFFECT, signedDecree())).all()).isEmpty();
            assertThat(ActionPlanValidator.validateChange(adopted, adopted).all()).isEmpty();
        }

        @Test
        void skippingAStepFails() {
            ActionPlan draft = kalbarRad();
            assertViolations(ActionPlanValidator.validateChange(draft, withStatus(draft, PlanStatus.IN_EFFECT, signedDecree())))
                    .containsExactly(tuple("PLAN-LIFECYCLE", Severity.ERROR, "status",
                            "Status rencana tidak dapat berpindah dari rancangan ke berlaku: urutannya rancangan, ditetapkan, berlaku, dievaluasi, satu langkah setiap kali.",
                            "A plan cannot go from draft to in effect: the steps are draft, adopted, in effect, evaluated, one at a time."));
        }

        @Test
        void goingBackFails() {
            ActionPlan evaluated = withStatus(kalbarRad(), PlanStatus.EVALUATED, signedDecree());
            assertViolations(ActionPlanValidator.validateChange(evaluated, withStatus(evaluated, PlanStatus.IN_EFFECT, signedDecree())))
                    .containsExactly(tuple("PLAN-LIFECYCLE", Severity.ERROR, "status",
                            "Status rencana tidak dapat berpindah dari dievaluasi ke berlaku: urutannya rancangan, ditetapkan, berlaku, dievaluasi, satu langkah setiap kali.",
                            "A plan cannot go from evaluated to in effect: the steps are draft, adopted, in effect, evaluated, one at a time."));
        }
    }

    @Test
    void everyViolationOfAPlanIsReportedTogether() {
        ActionPlan broken = with(kalbarRad(), JurisdictionCode.of("61.71.01"), RAN_ID, Period.years(2019, 2026));
        broken = broken.replaceActivity(0, activity("Sosialisasi", Cluster.PREVENTION, Period.years(2018, 2018))
                .withProgress(ProgressReport.of(Period.years(2030, 2030), -1)));
        broken = withStatus(broken, PlanStatus.ADOPTED, null);
        assertThat(ActionPlanValidator.validate(broken, Optional.of(ran())).all()).extracting(Violation::ruleId, Violation::path)
                .containsExactly(
                        tuple("PLAN-LEVEL", "jurisdiction"),
                        tuple("PLAN-PARENT", "parent"),
                        tuple("PLAN-PERIOD", "period"),
                        tuple("PLAN-DECREE", "decree"),
                        tuple("PLAN-ACTIVITY-SCHEDULE", "activities[0].schedule"),
                        tuple("PLAN-PROGRESS", "activities[0].progress[0].period"),
                        tuple("PLAN-PROGRESS", "activities[0].progress[0].realised"));
    }
}
