package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.KALBAR;
import static id.gugus.storage.tck.TckFixtures.KOTA_KUPANG;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.NATIONAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.agency.AgencyType;
import id.gugus.common.Period;
import id.gugus.common.Rupiah;
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
import id.gugus.plan.TargetGroup;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.Member;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.SubTaskForce;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceId;
import id.gugus.taskforce.TaskForceLevel;
import id.gugus.taskforce.TaskForceStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The Kalimantan Barat world most contracts start from: the fixture areas and the agencies of
 * the province, of Kota Pontianak, of Kota Kupang and of the national level, saved in the store;
 * and builders of lawful task forces, action plans and meetings that refer to them.
 */
public final class TckWorld {
    public final Agency pemprov;
    public final Agency dp3aKalbar;
    public final Agency polda;
    public final Agency bp3mi;
    public final Agency dinsos;
    public final Agency dinkes;
    public final Agency disnaker;
    public final Agency kejati;
    public final Agency pemkotPontianak;
    public final Agency polresta;
    public final Agency dp3aPontianak;
    public final Agency imigrasiPontianak;
    public final Agency pemkotKupang;
    public final Agency kemenpppa;
    public final Agency polri;
    public final Agency lpsk;

    private TckWorld(GugusStore store) {
        pemprov = save(store, "Pemerintah Provinsi Kalimantan Barat", AgencyType.REGIONAL_GOVERNMENT, KALBAR);
        dp3aKalbar = save(store, "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Provinsi Kalimantan Barat",
                AgencyType.WOMEN_AND_CHILD_PROTECTION, KALBAR);
        polda = save(store, "Kepolisian Daerah Kalimantan Barat", AgencyType.POLICE, KALBAR);
        bp3mi = save(store, "Balai Pelayanan Pelindungan Pekerja Migran Indonesia Kalimantan Barat",
                AgencyType.MIGRANT_WORKER_PROTECTION, KALBAR);
        dinsos = save(store, "Dinas Sosial Provinsi Kalimantan Barat", AgencyType.SOCIAL_AFFAIRS, KALBAR);
        dinkes = save(store, "Dinas Kesehatan Provinsi Kalimantan Barat", AgencyType.HEALTH, KALBAR);
        disnaker = save(store, "Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Barat", AgencyType.MANPOWER, KALBAR);
        kejati = save(store, "Kejaksaan Tinggi Kalimantan Barat", AgencyType.PROSECUTOR, KALBAR);
        pemkotPontianak = save(store, "Pemerintah Kota Pontianak", AgencyType.REGIONAL_GOVERNMENT, KOTA_PONTIANAK);
        polresta = save(store, "Kepolisian Resor Kota Pontianak Kota", AgencyType.POLICE, KOTA_PONTIANAK);
        dp3aPontianak = save(store, "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kota Pontianak",
                AgencyType.WOMEN_AND_CHILD_PROTECTION, KOTA_PONTIANAK);
        imigrasiPontianak = save(store, "Kantor Imigrasi Kelas I Pontianak", AgencyType.IMMIGRATION, KOTA_PONTIANAK);
        pemkotKupang = save(store, "Pemerintah Kota Kupang", AgencyType.REGIONAL_GOVERNMENT, KOTA_KUPANG);
        kemenpppa = save(store, "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak",
                AgencyType.WOMEN_AND_CHILD_PROTECTION, NATIONAL);
        polri = save(store, "Kepolisian Negara Republik Indonesia", AgencyType.POLICE, NATIONAL);
        lpsk = save(store, "Lembaga Perlindungan Saksi dan Korban", AgencyType.WITNESS_AND_VICTIM_PROTECTION, NATIONAL);
    }

    /** Imports the fixture areas and saves the agencies. */
    public static TckWorld seed(GugusStore store) {
        store.jurisdictions().importAll(TckFixtures.areas());
        return new TckWorld(store);
    }

    private static Agency save(GugusStore store, String name, AgencyType type, JurisdictionCode area) {
        return store.agencies().save(Agency.create(name, type, area));
    }

    /** Agencies of Kalimantan Barat and below, as {@code inSubtree(61)} must list them: by name. */
    public List<Agency> kalbarAgenciesByName() {
        return ImmutableList.of(bp3mi, dinkes, dp3aPontianak, dp3aKalbar, dinsos, disnaker, imigrasiPontianak, kejati,
                polda, polresta, pemkotPontianak, pemprov);
    }

    // ---- task forces ------------------------------------------------------------------

    /** The national task force (Perpres 49/2023): chaired by the coordinating minister, Kapolri daily chair. */
    public TaskForce nationalTaskForce() {
        Official chair = Official.of(Position.COORDINATING_MINISTER_HUMAN_DEVELOPMENT_CULTURE, "Ahmad Wirawan");
        return new TaskForce(TaskForceId.random(), 0, "Gugus Tugas Pusat Pencegahan dan Penanganan TPPO",
                TaskForceLevel.NATIONAL, NATIONAL, chair, Official.of(Position.KAPOLRI, "Bambang Sutrisno"),
                allClusters(kemenpppa.id(), kemenpppa.id(), kemenpppa.id(), kemenpppa.id(), polri.id(), kemenpppa.id()),
                ImmutableList.of(new Member(kemenpppa.id(), Official.of(Position.OTHER, "Dewi Lestari")),
                        new Member(polri.id(), Official.of(Position.KAPOLRI, "Bambang Sutrisno")),
                        new Member(lpsk.id(), Official.of(Position.OTHER, "Hendra Gunawan"))),
                Decree.draft("Perpres 49 Tahun 2023").sign(LocalDate.of(2023, 8, 28), Official.of(Position.OTHER, "Presiden Republik Indonesia")),
                TaskForceStatus.ESTABLISHED, null,
                ImmutableList.of("UU 21/2007", "Perpres 49/2023"), ImmutableList.of());
    }

    /** The provincial task force of Kalimantan Barat: Governor chairs, Kapolda is daily chair (Perpres 49/2023). */
    public TaskForce provincialTaskForce(TaskForceId parent) {
        Official governor = Official.of(Position.GOVERNOR, "Rudi Hartono");
        return new TaskForce(TaskForceId.random(), 0, "Gugus Tugas PP-TPPO Provinsi Kalimantan Barat",
                TaskForceLevel.PROVINCE, KALBAR, governor, Official.of(Position.KAPOLDA, "Irjen Pol. Yusuf Maulana"),
                allClusters(dp3aKalbar.id(), dinkes.id(), dinsos.id(), pemprov.id(), polda.id(), dp3aKalbar.id()),
                ImmutableList.of(
                        new Member(pemprov.id(), governor),
                        new Member(polda.id(), Official.of(Position.KAPOLDA, "Irjen Pol. Yusuf Maulana")),
                        new Member(dp3aKalbar.id(), Official.of(Position.HEAD_OF_DINAS_PPPA, "Nurhayati")),
                        new Member(bp3mi.id(), Official.of(Position.OTHER, "Andi Saputra")),
                        new Member(dinsos.id(), Official.of(Position.OTHER, "Maria Ulfa")),
                        new Member(dinkes.id(), Official.of(Position.OTHER, "Yohanes Kurniawan")),
                        new Member(disnaker.id(), Official.of(Position.OTHER, "Rahmat Hidayat")),
                        new Member(kejati.id(), Official.of(Position.OTHER, "Sri Wahyuni"))),
                Decree.draft("100.3.3.2/245/DPPPA/2024").sign(LocalDate.of(2024, 2, 12), governor),
                TaskForceStatus.ESTABLISHED, parent,
                ImmutableList.of("UU 21/2007", "Perpres 49/2023"), ImmutableList.of());
    }

    /** The task force of Kota Pontianak: the Mayor chairs, the Kapolresta is daily chair. */
    public TaskForce cityTaskForce(TaskForceId parent) {
        Official mayor = Official.of(Position.MAYOR, "Edi Kamtono");
        Official kapolresta = Official.of(Position.KAPOLRESTA, "Kombes Pol. Adi Prasetyo");
        return new TaskForce(TaskForceId.random(), 0, "Gugus Tugas PP-TPPO Kota Pontianak",
                TaskForceLevel.CITY, KOTA_PONTIANAK, mayor, kapolresta,
                allClusters(dp3aPontianak.id(), pemkotPontianak.id(), dp3aPontianak.id(), pemkotPontianak.id(),
                        polresta.id(), dp3aPontianak.id()),
                ImmutableList.of(new Member(pemkotPontianak.id(), mayor), new Member(polresta.id(), kapolresta),
                        new Member(dp3aPontianak.id(), Official.of(Position.HEAD_OF_DINAS_PPPA, "Lina Marlina")),
                        new Member(imigrasiPontianak.id(), Official.of(Position.OTHER, "Fajar Nugroho"))),
                Decree.draft("188.45/112/HK/2024").sign(LocalDate.of(2024, 5, 6), mayor),
                TaskForceStatus.ESTABLISHED, parent,
                ImmutableList.of("UU 21/2007", "Perpres 49/2023"), ImmutableList.of());
    }

    /** A copy of the task force in another lifecycle state, bypassing the lifecycle's steps. */
    public static TaskForce withStatus(TaskForce tf, TaskForceStatus status) {
        return new TaskForce(tf.id(), tf.version(), tf.name(), tf.level(), tf.jurisdiction(), tf.chair(), tf.dailyChair(),
                tf.subTaskForces(), tf.members(), tf.decree(), status, tf.parent(), tf.legalBasis(), tf.history());
    }

    /** A copy with another daily chair, bypassing the re-forming a decree needs (to build a non-compliant one). */
    public static TaskForce withDailyChair(TaskForce tf, Official dailyChair) {
        return new TaskForce(tf.id(), tf.version(), tf.name(), tf.level(), tf.jurisdiction(), tf.chair(), dailyChair,
                tf.subTaskForces(), tf.members(), tf.decree(), tf.status(), tf.parent(), tf.legalBasis(), tf.history());
    }

    private static ImmutableList<SubTaskForce> allClusters(AgencyId prevention, AgencyId health, AgencyId social,
            AgencyId legalNorms, AgencyId lawEnforcement, AgencyId coordination) {
        return ImmutableList.of(new SubTaskForce(Cluster.PREVENTION, prevention),
                new SubTaskForce(Cluster.HEALTH_REHABILITATION, health),
                new SubTaskForce(Cluster.SOCIAL_REHABILITATION, social),
                new SubTaskForce(Cluster.LEGAL_NORMS, legalNorms),
                new SubTaskForce(Cluster.LAW_ENFORCEMENT, lawEnforcement),
                new SubTaskForce(Cluster.COORDINATION, coordination));
    }

    // ---- action plans -----------------------------------------------------------------

    /** The national action plan RAN PP-TPPO 2020–2024, in draft, one activity per cluster. */
    public ActionPlan nationalPlan() {
        Period period = Period.years(2020, 2024);
        return new ActionPlan(ActionPlanId.random(), 0, "Rencana Aksi Nasional PP-TPPO 2020-2024", NATIONAL, null,
                period, PlanStatus.DRAFT, null, activities(period, kemenpppa.id(), kemenpppa.id(), kemenpppa.id(),
                        kemenpppa.id(), polri.id(), kemenpppa.id(), FundingSource.APBN));
    }

    /** The regional action plan of Kalimantan Barat over {@code period}, derived from {@code parent}. */
    public ActionPlan provincialPlan(ActionPlanId parent, Period period) {
        return new ActionPlan(ActionPlanId.random(), 0, "Rencana Aksi Daerah PP-TPPO Provinsi Kalimantan Barat", KALBAR,
                parent, period, PlanStatus.DRAFT, null, activities(period, dp3aKalbar.id(), dinkes.id(), dinsos.id(),
                        pemprov.id(), polda.id(), dp3aKalbar.id(), FundingSource.APBD));
    }

    /** The regional action plan of Kota Pontianak over {@code period}. */
    public ActionPlan cityPlan(ActionPlanId parent, Period period) {
        return new ActionPlan(ActionPlanId.random(), 0, "Rencana Aksi Daerah PP-TPPO Kota Pontianak", KOTA_PONTIANAK,
                parent, period, PlanStatus.DRAFT, null, activities(period, dp3aPontianak.id(), pemkotPontianak.id(),
                        dp3aPontianak.id(), pemkotPontianak.id(), polresta.id(), dp3aPontianak.id(), FundingSource.APBD));
    }

    private static ImmutableList<Activity> activities(Period period, AgencyId prevention, AgencyId health,
            AgencyId social, AgencyId legalNorms, AgencyId lawEnforcement, AgencyId coordination, FundingSource source) {
        return ImmutableList.of(
                activity("Sosialisasi bahaya TPPO di SMA/SMK", Cluster.PREVENTION, prevention,
                        ImmutableSet.of(TargetGroup.SENIOR_HIGH_SCHOOL_STUDENTS, TargetGroup.UNIVERSITY_STUDENTS),
                        "sekolah", "120", period, 250_000_000L, source),
                activity("Layanan kesehatan korban", Cluster.HEALTH_REHABILITATION, health,
                        ImmutableSet.of(TargetGroup.GENERAL_PUBLIC), "korban", "70", period, 150_000_000L, source),
                activity("Pemulangan dan reintegrasi korban", Cluster.SOCIAL_REHABILITATION, social,
                        ImmutableSet.of(TargetGroup.PARENTS_AND_FAMILIES), "korban", "70", period, 300_000_000L, source),
                activity("Penyusunan peraturan daerah PP-TPPO", Cluster.LEGAL_NORMS, legalNorms,
                        ImmutableSet.of(TargetGroup.GOVERNMENT_OFFICIALS), "peraturan", "1", period, 75_000_000L, source),
                activity("Penegakan hukum perekrutan daring", Cluster.LAW_ENFORCEMENT, lawEnforcement,
                        ImmutableSet.of(TargetGroup.LAW_ENFORCEMENT_OFFICERS), "perkara", "25", period, 200_000_000L, source),
                activity("Rapat koordinasi gugus tugas", Cluster.COORDINATION, coordination,
                        ImmutableSet.of(TargetGroup.GOVERNMENT_OFFICIALS, TargetGroup.INTERFAITH_LEADERS,
                                TargetGroup.WOMENS_ORGANISATIONS, TargetGroup.COMMUNITY_ORGANISATIONS),
                        "rapat", "8", period, 50_000_000L, source));
    }

    private static Activity activity(String title, Cluster cluster, AgencyId responsible, ImmutableSet<TargetGroup> groups,
            String unit, String target, Period schedule, long budget, FundingSource source) {
        return new Activity(title, cluster, responsible, groups, new Indicator(title, unit, new BigDecimal(target)),
                schedule, new Budget(Rupiah.of(budget), source), ImmutableList.of());
    }

    // ---- meetings ---------------------------------------------------------------------

    /**
     * A coordination meeting of {@code host} on {@code date} with the provincial agencies, whose
     * decisions carry the given follow-ups (plus one decision that needs no action).
     */
    public CoordinationMeeting meeting(TaskForceId host, LocalDate date, FollowUp... followUps) {
        ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
        decisions.add(new Decision("Rapat berikutnya dilaksanakan bulan depan", null));
        for (FollowUp f : followUps) {
            decisions.add(new Decision("Tindak lanjut: " + f.task(), f));
        }
        return new CoordinationMeeting(MeetingId.random(), 0, "Rapat Koordinasi Gugus Tugas PP-TPPO", date,
                "Aula Kantor Gubernur Kalimantan Barat", host,
                ImmutableSet.of(dp3aKalbar.id(), polda.id(), bp3mi.id(), imigrasiPontianak.id(), dinsos.id()),
                decisions.build());
    }

    /** A follow-up not yet done, due on {@code due}. */
    public static FollowUp followUp(String task, AgencyId assignee, LocalDate due) {
        return new FollowUp(FollowUpId.random(), task, assignee, due, null);
    }
}
