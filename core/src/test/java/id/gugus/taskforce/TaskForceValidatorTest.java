package id.gugus.taskforce;

import static id.gugus.taskforce.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.agency.AgencyId;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.Severity;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each rule of {@link TaskForceValidator}: one lawful case, and broken cases with exact messages. */
class TaskForceValidatorTest {
    private static final TaskForce NATIONAL_TF = national();
    private static final TaskForce KALBAR_TF = lawful(KALBAR, NATIONAL_TF);

    private static Violations validate(TaskForce t, TaskForce parent) {
        return TaskForceValidator.validate(t, Optional.ofNullable(parent));
    }

    @Test
    void lawfulTaskForcesOfEveryLevelHaveNoViolation() {
        assertThat(validate(NATIONAL_TF, null).all()).isEmpty();
        assertThat(validate(KALBAR_TF, NATIONAL_TF).all()).isEmpty();
        assertThat(validate(lawful(SAMBAS, KALBAR_TF), KALBAR_TF).all()).isEmpty();
        assertThat(validate(lawful(PONTIANAK, KALBAR_TF), KALBAR_TF).all()).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedTogether() {
        TaskForce broken = withLists(
                with(lawful(PONTIANAK, KALBAR_TF), TaskForceLevel.REGENCY, official(Position.REGENT),
                        official(Position.HEAD_OF_DINAS_PPPA), null, TaskForceStatus.ESTABLISHED),
                List.of(new SubTaskForce(Cluster.PREVENTION, AgencyId.random()),
                        new SubTaskForce(Cluster.PREVENTION, AgencyId.random())),
                List.of());
        assertThat(validate(broken, NATIONAL_TF).all())
                .extracting(v -> v.ruleId() + " " + v.path())
                .containsExactly("TF-LEVEL level", "TF-CHAIR chair", "TF-DAILY-CHAIR dailyChair", "TF-PARENT parent",
                        "TF-DECREE-SIGNED decree", "TF-SUBTASKFORCE subTaskForces[1].cluster");
    }

    @Nested
    class Level {
        @Test
        void levelFollowsTheArea() {
            for (TaskForce t : List.of(NATIONAL_TF, KALBAR_TF, lawful(SAMBAS, KALBAR_TF), lawful(PONTIANAK, KALBAR_TF))) {
                assertThat(ofRule(validate(t, null), TaskForceRule.LEVEL)).as(t.jurisdiction().value()).isEmpty();
            }
        }

        @Test
        void aCityTaskForceIsNotARegencyTaskForce() {
            TaskForce t = withLevel(lawful(PONTIANAK, KALBAR_TF), TaskForceLevel.REGENCY);
            assertThat(described(validate(t, KALBAR_TF))).containsExactly(tuple("TF-LEVEL", Severity.ERROR, "level",
                    "Wilayah 61.71 adalah kota: gugus tugasnya adalah gugus tugas kota, bukan gugus tugas kabupaten.",
                    "Area 61.71 is a city (kota): its task force is a city task force, not a regency task force."));
        }

        @Test
        void aDistrictHasNoTaskForce() {
            TaskForce t = withJurisdiction(lawful(PONTIANAK, KALBAR_TF), JurisdictionCode.of("61.71.01"));
            assertThat(described(Violations.of(ofRule(validate(t, null), TaskForceRule.LEVEL))))
                    .containsExactly(tuple("TF-LEVEL", Severity.ERROR, "jurisdiction",
                            "Wilayah 61.71.01 adalah kecamatan: hanya pusat, provinsi, kabupaten dan kota yang memiliki gugus tugas.",
                            "Area 61.71.01 is a district (kecamatan): only the nation, provinces, regencies (kabupaten)"
                                    + " and cities (kota) have task forces."));
        }
    }

    @Nested
    class Chair {
        @ParameterizedTest
        @EnumSource(value = Position.class, names = {"COORDINATING_MINISTER_POLITICS_LAW_SECURITY",
            "COORDINATING_MINISTER_HUMAN_DEVELOPMENT_CULTURE"})
        void eitherCoordinatingMinisterChairsTheNationalTaskForce(Position minister) {
            assertThat(validate(withChair(NATIONAL_TF, minister), null).all()).isEmpty();
        }

        @Test
        void theGovernorChairsTheProvincialTaskForce() {
            assertThat(ofRule(validate(KALBAR_TF, NATIONAL_TF), TaskForceRule.CHAIR)).isEmpty();
        }

        @Test
        void theViceGovernorDoesNot() {
            TaskForce t = withChair(KALBAR_TF, Position.VICE_GOVERNOR);
            assertThat(described(validate(t, NATIONAL_TF))).containsExactly(tuple("TF-CHAIR", Severity.ERROR, "chair",
                    "Ketua gugus tugas provinsi harus Gubernur; tercatat: Wakil Gubernur.",
                    "The chair of a provincial task force must be Governor (Gubernur); given: Vice Governor (Wakil Gubernur)."));
        }

        @Test
        void aRegentDoesNotChairACityTaskForce() {
            TaskForce t = withChair(lawful(PONTIANAK, KALBAR_TF), Position.REGENT);
            assertThat(described(validate(t, KALBAR_TF))).containsExactly(tuple("TF-CHAIR", Severity.ERROR, "chair",
                    "Ketua gugus tugas kota harus Wali Kota; tercatat: Bupati.",
                    "The chair of a city task force must be Mayor (Wali Kota); given: Regent (Bupati)."));
        }

        @Test
        void theNationalChairIsACoordinatingMinister() {
            TaskForce t = withChair(NATIONAL_TF, Position.KAPOLRI);
            assertThat(described(validate(t, null))).containsExactly(tuple("TF-CHAIR", Severity.ERROR, "chair",
                    "Ketua Gugus Tugas Pusat harus Menteri Koordinator Bidang Politik, Hukum, dan Keamanan atau"
                            + " Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan;"
                            + " tercatat: Kepala Kepolisian Negara Republik Indonesia (Kapolri).",
                    "The chair of a national task force must be Coordinating Minister for Political, Legal and Security"
                            + " Affairs or Coordinating Minister for Human Development and Culture;"
                            + " given: Chief of the Indonesian National Police (Kapolri)."));
        }
    }

    @Nested
    class DailyChair {
        @ParameterizedTest
        @EnumSource(value = Position.class, names = {"KAPOLRES", "KAPOLRESTA", "KAPOLRESTABES"})
        void eitherResortPoliceChiefServesARegencyOrCity(Position chief) {
            assertThat(validate(withDailyChair(lawful(SAMBAS, KALBAR_TF), chief), KALBAR_TF).all()).isEmpty();
            assertThat(validate(withDailyChair(lawful(PONTIANAK, KALBAR_TF), chief), KALBAR_TF).all()).isEmpty();
        }

        @Test
        void aNewProvincialTaskForceNeedsTheKapolda() {
            TaskForce t = TaskForce.propose("Gugus Tugas PP-TPPO Provinsi Kalimantan Barat", KALBAR,
                    official(Position.GOVERNOR), official(Position.HEAD_OF_DINAS_PPPA), NATIONAL_TF.id());
            assertThat(described(validate(t, NATIONAL_TF))).containsExactly(tuple("TF-DAILY-CHAIR", Severity.ERROR,
                    "dailyChair",
                    "Menurut Perpres 49/2023, ketua harian gugus tugas provinsi harus Kepala Kepolisian Daerah (Kapolda);"
                            + " tercatat: Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak (Dinas PPPA).",
                    "Under Presidential Regulation 49/2023 the daily chair of a provincial task force must be Regional"
                            + " Police Chief (Kapolda); given: Head of the Women's Empowerment and Child Protection"
                            + " Office (Dinas PPPA)."));
        }

        @Test
        void aKapoldaDoesNotServeARegency() {
            TaskForce t = withDailyChair(lawful(SAMBAS, KALBAR_TF), Position.KAPOLDA);
            assertThat(described(validate(t, KALBAR_TF))).containsExactly(tuple("TF-DAILY-CHAIR", Severity.ERROR,
                    "dailyChair",
                    "Menurut Perpres 49/2023, ketua harian gugus tugas kabupaten harus Kepala Kepolisian Resor (Kapolres),"
                            + " Kepala Kepolisian Resor Kota (Kapolresta) atau Kepala Kepolisian Resor Kota Besar (Kapolrestabes); tercatat: Kepala Kepolisian Daerah (Kapolda).",
                    "Under Presidential Regulation 49/2023 the daily chair of a regency task force must be Resort Police"
                            + " Chief (Kapolres), City Resort Police Chief (Kapolresta) or Metropolitan City Resort Police Chief"
                            + " (Kapolrestabes); given: Regional Police Chief (Kapolda)."));
        }

        @Test
        void aDecreeDraftedTodayIsUnderTheNewRegulation() {
            TaskForce t = withDailyChair(KALBAR_TF, Position.HEAD_OF_DINAS_PPPA);
            TaskForce drafted = withDecree(t, Decree.draft("SK/2024/1"), TaskForceStatus.DECREE_DRAFTED);
            assertThat(validate(drafted, NATIONAL_TF).all()).extracting(v -> v.ruleId())
                    .containsExactly("TF-DAILY-CHAIR");
        }

        @Test
        void aDecreeSignedOnTheDayTheRegulationTookEffectIsUnderIt() {
            TaskForce t = established(KALBAR, Position.GOVERNOR, Position.HEAD_OF_DINAS_PPPA, Position.GOVERNOR,
                    LegalBasis.PERPRES_49_2023_IN_FORCE, NATIONAL_TF);
            assertThat(validate(t, NATIONAL_TF).all()).extracting(v -> v.ruleId()).containsExactly("TF-DAILY-CHAIR");
        }
    }

    @Nested
    class Noncompliant {
        private final TaskForce formedIn2019 = established(KALBAR, Position.GOVERNOR, Position.HEAD_OF_DINAS_PPPA,
                Position.GOVERNOR, IN_2019, NATIONAL_TF);

        @Test
        void aTaskForceFormedBefore2023WithTheKapoldaIsCompliant() {
            TaskForce t = withDailyChair(formedIn2019, Position.KAPOLDA);
            assertThat(validate(t, NATIONAL_TF).all()).isEmpty();
        }

        @Test
        void aTaskForceFormedBefore2023WithTheHeadOfDinasPppaMustBeReformed() {
            assertThat(described(validate(formedIn2019, NATIONAL_TF))).containsExactly(tuple("TF-NONCOMPLIANT",
                    Severity.WARNING, "dailyChair",
                    "SK pembentukan gugus tugas provinsi ini bertanggal 2019-03-14, sebelum Perpres 49/2023 berlaku"
                            + " (2023-08-10), dan menetapkan Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak"
                            + " (Dinas PPPA) sebagai ketua harian: gugus tugas ini harus dibentuk ulang dengan Kepala"
                            + " Kepolisian Daerah (Kapolda) sebagai ketua harian.",
                    "This provincial task force was formed by a decree of 2019-03-14, before Presidential Regulation"
                            + " 49/2023 took effect (2023-08-10), with Head of the Women's Empowerment and Child"
                            + " Protection Office (Dinas PPPA) as daily chair: it must be re-formed with Regional Police"
                            + " Chief (Kapolda) as daily chair."));
        }

        @Test
        void theDayBeforeTheRegulationIsStillTheOldLaw() {
            TaskForce t = established(KALBAR, Position.GOVERNOR, Position.REGIONAL_SECRETARY, Position.GOVERNOR,
                    LegalBasis.PERPRES_49_2023_IN_FORCE.minusDays(1), NATIONAL_TF);
            assertThat(validate(t, NATIONAL_TF).all()).extracting(v -> v.ruleId() + " " + v.severity())
                    .containsExactly("TF-NONCOMPLIANT WARNING");
        }

        @Test
        void aDissolvedTaskForceHasNothingLeftToReform() {
            TaskForce dissolved = formedIn2019.dissolve(LocalDate.of(2022, 1, 3));
            assertThat(validate(dissolved, NATIONAL_TF).all()).isEmpty();
        }
    }

    @Nested
    class Parent {
        @Test
        void eachTaskForceReportsToTheOneOfTheContainingArea() {
            TaskForce sambas = lawful(SAMBAS, KALBAR_TF);
            assertThat(ofRule(validate(KALBAR_TF, NATIONAL_TF), TaskForceRule.PARENT)).isEmpty();
            assertThat(ofRule(validate(sambas, KALBAR_TF), TaskForceRule.PARENT)).isEmpty();
        }

        @Test
        void aCityDoesNotReportToTheNationalTaskForce() {
            TaskForce t = lawful(PONTIANAK, NATIONAL_TF);
            assertThat(described(validate(t, NATIONAL_TF))).containsExactly(tuple("TF-PARENT", Severity.ERROR, "parent",
                    "Gugus tugas wilayah 61.71 harus melapor kepada gugus tugas wilayah 61;"
                            + " tercatat melapor kepada Gugus Tugas Pusat.",
                    "The task force of area 61.71 must report to the task force of area 61;"
                            + " it reports to the national task force."));
        }

        @Test
        void aRegencyDoesNotReportToAnotherProvince() {
            TaskForce kalteng = lawful(KALTENG, NATIONAL_TF);
            TaskForce t = lawful(SAMBAS, kalteng);
            assertThat(described(validate(t, kalteng))).containsExactly(tuple("TF-PARENT", Severity.ERROR, "parent",
                    "Gugus tugas wilayah 61.01 harus melapor kepada gugus tugas wilayah 61;"
                            + " tercatat melapor kepada gugus tugas wilayah 62.",
                    "The task force of area 61.01 must report to the task force of area 61;"
                            + " it reports to the task force of area 62."));
        }

        @Test
        void theNationalTaskForceReportsToNone() {
            TaskForce t = withParent(NATIONAL_TF, KALBAR_TF);
            String id = KALBAR_TF.id().toString();
            assertThat(described(validate(t, null))).containsExactly(tuple("TF-PARENT", Severity.ERROR, "parent",
                    "Gugus tugas wilayah ID harus melapor kepada tidak ada gugus tugas lain (Gugus Tugas Pusat tidak"
                            + " memiliki induk); tercatat melapor kepada gugus tugas " + id + ".",
                    "The task force of area ID must report to no other task force (the national task force has no"
                            + " parent); it reports to task force " + id + "."));
        }
    }

    @Nested
    class ParentMissing {
        @Test
        void theNationalTaskForceNeedsNoParent() {
            assertThat(ofRule(validate(NATIONAL_TF, null), TaskForceRule.PARENT_MISSING)).isEmpty();
        }

        @Test
        void aProvincialTaskForceWithoutParentIsAWarning() {
            TaskForce t = withParent(KALBAR_TF, null);
            assertThat(described(validate(t, null))).containsExactly(tuple("TF-PARENT-MISSING", Severity.WARNING,
                    "parent",
                    "Gugus tugas wilayah 61 belum mencatat gugus tugas induknya; gugus tugas ini melapor kepada"
                            + " Gugus Tugas Pusat.",
                    "The task force of area 61 names no task force it reports to; it reports to the national task force."));
        }

        @Test
        void aParentPassedInButNotNamedInTheRecordIsStillMissing() {
            TaskForce t = withParent(KALBAR_TF, null);
            assertThat(validate(t, NATIONAL_TF).all()).extracting(v -> v.ruleId() + " " + v.path())
                    .containsExactly("TF-PARENT-MISSING parent");
        }

        @Test
        void aParentNamedButNotLoadedIsNotMissing() {
            assertThat(validate(lawful(SAMBAS, KALBAR_TF), null).all()).isEmpty();
        }
    }

    @Nested
    class DecreeSigned {
        private final TaskForce proposed = TaskForce.propose("Gugus Tugas PP-TPPO Kabupaten Sambas", SAMBAS,
                official(Position.REGENT), official(Position.KAPOLRES), KALBAR_TF.id());

        @Test
        void eachStatusHasTheDecreeItNeeds() {
            TaskForce drafted = proposed.draftDecree("188.45/123/HK/2024");
            TaskForce established = drafted.establish(AFTER_2023, official(Position.REGENT));
            for (TaskForce t : List.of(proposed, withDecree(proposed, Decree.draft(null), TaskForceStatus.PROPOSED),
                    drafted, established, established.dissolve(AFTER_2023.plusYears(1)), proposed.dissolve(AFTER_2023))) {
                assertThat(validate(t, KALBAR_TF).all()).as(t.status().name()).isEmpty();
            }
        }

        @Test
        void anEstablishedTaskForceNeedsADecree() {
            TaskForce t = withDecree(proposed, null, TaskForceStatus.ESTABLISHED);
            assertThat(described(validate(t, KALBAR_TF))).containsExactly(tuple("TF-DECREE-SIGNED", Severity.ERROR,
                    "decree",
                    "Gugus tugas yang berstatus sudah dibentuk harus memiliki SK yang sudah ditandatangani, dengan"
                            + " nomor, tanggal dan penandatangan.",
                    "A task force that is established must have a signed decree with number, date and signatory."));
        }

        @Test
        void anEstablishedTaskForceNeedsItsDecreeSigned() {
            TaskForce t = withDecree(proposed, Decree.draft("188.45/123/HK/2024"), TaskForceStatus.ESTABLISHED);
            assertThat(validate(t, KALBAR_TF).all()).extracting(v -> v.ruleId() + " " + v.path())
                    .containsExactly("TF-DECREE-SIGNED decree.status");
        }

        @Test
        void everyMissingPartOfASignedDecreeIsReported() {
            TaskForce t = withDecree(proposed, new Decree(null, AFTER_2023, null, DecreeStatus.SIGNED),
                    TaskForceStatus.ESTABLISHED);
            assertThat(validate(t, KALBAR_TF).all()).extracting(v -> v.ruleId() + " " + v.path())
                    .containsExactly("TF-DECREE-SIGNED decree.number", "TF-DECREE-SIGNED decree.signatory");
        }

        @Test
        void aDraftedStatusNeedsADraft() {
            TaskForce none = withDecree(proposed, null, TaskForceStatus.DECREE_DRAFTED);
            assertThat(described(validate(none, KALBAR_TF))).containsExactly(tuple("TF-DECREE-SIGNED", Severity.ERROR,
                    "decree",
                    "Gugus tugas yang berstatus menunggu penandatanganan rancangan SK harus memiliki rancangan SK yang"
                            + " belum ditandatangani.",
                    "A task force that is awaiting the signature of its drafted decree must have a drafted decree,"
                            + " not yet signed."));
        }

        @Test
        void aProposalHasNoSignedDecree() {
            Decree signed = Decree.draft("188.45/123/HK/2024").sign(AFTER_2023, official(Position.REGENT));
            TaskForce t = withDecree(proposed, signed, TaskForceStatus.PROPOSED);
            assertThat(described(validate(t, KALBAR_TF))).containsExactly(tuple("TF-DECREE-SIGNED", Severity.ERROR,
                    "decree.status",
                    "Gugus tugas yang berstatus diusulkan harus memiliki tidak ada SK, atau hanya rancangan SK.",
                    "A task force that is proposed must have no decree, or only a drafted one."));
        }
    }

    @Nested
    class DecreeSignatory {
        @Test
        void eachRegionalHeadSignsTheirOwnDecree() {
            assertThat(validate(KALBAR_TF, NATIONAL_TF).all()).isEmpty();
            assertThat(KALBAR_TF.decree().signatory().position()).isEqualTo(Position.GOVERNOR);
            TaskForce pontianak = lawful(PONTIANAK, KALBAR_TF);
            assertThat(pontianak.decree().signatory().position()).isEqualTo(Position.MAYOR);
            assertThat(validate(pontianak, KALBAR_TF).all()).isEmpty();
        }

        @Test
        void theNationalDecreeIsThePresidentsRecordedAsOther() {
            assertThat(NATIONAL_TF.decree().signatory().position()).isEqualTo(Position.OTHER);
            assertThat(validate(NATIONAL_TF, null).all()).isEmpty();
        }

        @Test
        void theRegionalSecretaryDoesNotSignTheGovernorsDecree() {
            TaskForce t = established(KALBAR, Position.GOVERNOR, Position.KAPOLDA, Position.REGIONAL_SECRETARY,
                    AFTER_2023, NATIONAL_TF);
            assertThat(described(validate(t, NATIONAL_TF))).containsExactly(tuple("TF-DECREE-SIGNATORY",
                    Severity.ERROR, "decree.signatory",
                    "SK pembentukan gugus tugas provinsi ditandatangani oleh Gubernur; tercatat: Sekretaris Daerah.",
                    "The decree forming a provincial task force is signed by Governor (Gubernur);"
                            + " given: Regional Secretary (Sekretaris Daerah)."));
        }

        @Test
        void aGovernorDoesNotSignTheNationalRegulation() {
            TaskForce t = established(NATIONAL, Position.COORDINATING_MINISTER_POLITICS_LAW_SECURITY, Position.KAPOLRI,
                    Position.GOVERNOR, AFTER_2023, null);
            assertThat(described(validate(t, null))).containsExactly(tuple("TF-DECREE-SIGNATORY", Severity.ERROR,
                    "decree.signatory",
                    "SK pembentukan Gugus Tugas Pusat ditandatangani oleh Presiden (dicatat sebagai jabatan lain);"
                            + " tercatat: Gubernur.",
                    "The decree forming a national task force is signed by the President (recorded as another office);"
                            + " given: Governor (Gubernur)."));
        }
    }

    @Nested
    class SubTaskForces {
        @Test
        void oneSubTaskForcePerCluster() {
            TaskForce t = KALBAR_TF;
            for (Cluster c : Cluster.values()) {
                t = t.withSubTaskForce(new SubTaskForce(c, AgencyId.random()));
            }
            assertThat(t.subTaskForces()).hasSize(6);
            assertThat(validate(t, NATIONAL_TF).all()).isEmpty();
        }

        @Test
        void aSecondSubTaskForceForAClusterIsRefused() {
            TaskForce t = withLists(KALBAR_TF, List.of(
                    new SubTaskForce(Cluster.PREVENTION, AgencyId.random()),
                    new SubTaskForce(Cluster.LAW_ENFORCEMENT, AgencyId.random()),
                    new SubTaskForce(Cluster.PREVENTION, AgencyId.random())), List.of());
            assertThat(described(validate(t, NATIONAL_TF))).containsExactly(tuple("TF-SUBTASKFORCE", Severity.ERROR,
                    "subTaskForces[2].cluster",
                    "Klaster pencegahan dan partisipasi anak sudah memiliki sub gugus tugas (subTaskForces[0]).",
                    "The cluster prevention and child participation already has a sub-task force (subTaskForces[0])."));
        }
    }

    @Nested
    class Members {
        private final AgencyId polda = AgencyId.of("3f1c2a52-5a43-4a55-9a0e-0c3b7d8e9f10");

        @Test
        void eachAgencyOnce() {
            TaskForce t = KALBAR_TF.withMember(new Member(polda, official(Position.KAPOLDA)))
                    .withMember(new Member(AgencyId.random(), official(Position.HEAD_OF_DINAS_PPPA)));
            assertThat(validate(t, NATIONAL_TF).all()).isEmpty();
        }

        @Test
        void anAgencyListedTwiceIsRefused() {
            TaskForce t = withLists(KALBAR_TF, List.of(), List.of(
                    new Member(polda, official(Position.KAPOLDA)),
                    new Member(AgencyId.random(), official(Position.OTHER)),
                    new Member(polda, official(Position.OTHER))));
            assertThat(described(validate(t, NATIONAL_TF))).containsExactly(tuple("TF-MEMBER", Severity.ERROR,
                    "members[2].agency",
                    "Instansi 3f1c2a52-5a43-4a55-9a0e-0c3b7d8e9f10 sudah menjadi anggota (members[0]).",
                    "Agency 3f1c2a52-5a43-4a55-9a0e-0c3b7d8e9f10 is already a member (members[0])."));
        }
    }
}
