package id.gugus.examples.kalbar;

import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.Activity;
import id.gugus.plan.FundingSource;
import id.gugus.plan.PlanRealisation;
import id.gugus.plan.ProgressReport;
import id.gugus.plan.TargetGroup;
import id.gugus.store.GugusStore;
import id.gugus.store.Saved;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.Decree;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Step 4: the provincial RAD 2020–2024 under the national plan (RAN, Perpres 19/2023), written by
 * Dinas PPPA with the regional police after Regulation 19/2023 came out: activities in all six
 * clusters, prevention aimed at senior high school and university students, community and
 * women's organisations and interfaith leaders, budgets in rupiah with their source, and the
 * progress reported for two periods of 2024.
 */
final class WriteActionPlan {
    static final Period PERIOD = Period.years(2020, 2024);
    static final String RAN_TITLE = "Rencana Aksi Nasional PP-TPPO 2020-2024";
    static final String RAD_TITLE = "Rencana Aksi Daerah PP-TPPO Provinsi Kalimantan Barat 2020-2024";
    static final Period SCHEDULE = Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31));
    static final Period FIRST_REPORT = Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30));
    static final Period SECOND_REPORT = Period.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 10, 31));

    /** One activity of the RAD and what it realised in each reporting period. */
    private record Line(Activity activity, long first, long second) {}

    private WriteActionPlan() {}

    static ActionPlan run(GugusStore store, KalbarAgencies agencies, Console out) {
        out.step("The provincial action plan (RAD) 2020-2024 under the national plan (RAN)");
        Optional<ActionPlan> storedRan = find(store, JurisdictionCode.NATIONAL, RAN_TITLE);
        // The story keeps only the RAN's decree, not its activities: the store saves it and warns of every cluster.
        Optional<Saved<ActionPlan>> savedRan = storedRan.isPresent() ? Optional.empty()
                : Optional.of(store.actionPlans().save(nationalPlan()));
        ActionPlan ran = storedRan.orElseGet(() -> savedRan.get().stored());
        out.line("RAN 2020-2024: %s (Perpres 19/2023, signed %s)", ran.status(), ran.decree().date());
        savedRan.ifPresent(out::warnings);
        Optional<ActionPlan> found = find(store, KalbarAreas.PROVINCE, RAD_TITLE);
        if (found.isPresent()) {
            ActionPlan rad = found.get();
            out.line("RAD: found it stored (version %d, %s): %d activities, budget Rp %s", rad.version(),
                    rad.status(), rad.activities().size(),
                    Console.rupiah(PlanRealisation.of(rad).totalBudget().amount()));
            return rad;
        }
        return store.inUnitOfWork(s -> write(s, ran, agencies, out));
    }

    private static ActionPlan nationalPlan() {
        return ActionPlan.draft(RAN_TITLE, JurisdictionCode.NATIONAL, null, PERIOD)
                .adopt(Decree.draft("Peraturan Presiden Nomor 19 Tahun 2023")
                        .sign(LocalDate.of(2023, 2, 22), Offices.PRESIDENT))
                .putInEffect();
    }

    private static ActionPlan write(GugusStore store, ActionPlan ran, KalbarAgencies agencies, Console out) {
        List<Line> lines = lines(agencies);
        ActionPlan rad = ActionPlan.draft(RAD_TITLE, KalbarAreas.PROVINCE, ran.id(), PERIOD);
        for (Line line : lines) {
            rad = rad.withActivity(line.activity());
        }
        Saved<ActionPlan> drafted = store.actionPlans().save(rad);
        rad = drafted.stored();
        PlanRealisation planned = PlanRealisation.of(rad);
        out.line("drafted by Dinas PPPA with Polda Kalimantan Barat: %d activities in %d clusters, budget Rp %s",
                planned.activityCount(), planned.clusters().stream().filter(c -> c.activityCount() > 0).count(),
                Console.rupiah(planned.totalBudget().amount()));
        out.warnings(drafted);
        Decree pergub = Decree.draft("Peraturan Gubernur Kalimantan Barat Nomor 9 Tahun 2024")
                .sign(LocalDate.of(2024, 2, 26), Offices.GOVERNOR);
        rad = store.actionPlans().save(rad.adopt(pergub)).stored();
        rad = store.actionPlans().save(rad.putInEffect()).stored();
        out.line("adopted by %s, signed %s: %s", pergub.number(), pergub.date(), rad.status());
        for (int i = 0; i < lines.size(); i++) {
            rad = rad.reportProgress(i, ProgressReport.of(FIRST_REPORT, lines.get(i).first()))
                    .reportProgress(i, ProgressReport.of(SECOND_REPORT, lines.get(i).second()));
        }
        rad = store.actionPlans().save(rad).stored();
        out.line("progress reported for %s and %s (version %d)", FIRST_REPORT, SECOND_REPORT, rad.version());
        return rad;
    }

    private static Optional<ActionPlan> find(GugusStore store, JurisdictionCode area, String title) {
        return store.actionPlans().forJurisdiction(area, PERIOD).stream()
                .filter(p -> p.title().equals(title))
                .findFirst();
    }

    private static List<Line> lines(KalbarAgencies a) {
        return List.of(
                line("Sosialisasi bahaya TPPO dan lowongan kerja palsu di media sosial bagi siswa SMA/SMK",
                        Cluster.PREVENTION, a.get(ProvincialAgency.EDUCATION), TargetGroup.SENIOR_HIGH_SCHOOL_STUDENTS,
                        "Siswa SMA/SMK yang mengikuti sosialisasi", "orang", 12_000, 450_000_000, FundingSource.APBD,
                        4_800, 4_350),
                line("Kuliah umum pencegahan TPPO dan penipuan kerja daring bagi mahasiswa",
                        Cluster.PREVENTION, a.get(ProvincialAgency.DINAS_PPPA), TargetGroup.UNIVERSITY_STUDENTS,
                        "Mahasiswa yang mengikuti kuliah umum", "orang", 3_000, 180_000_000, FundingSource.APBD,
                        1_100, 950),
                line("Pelatihan kader organisasi kemasyarakatan untuk deteksi dini perekrutan",
                        Cluster.PREVENTION, a.get(ProvincialAgency.DINAS_PPPA), TargetGroup.COMMUNITY_ORGANISATIONS,
                        "Kader ormas terlatih", "orang", 600, 210_000_000, FundingSource.APBD, 240, 180),
                line("Pelatihan organisasi perempuan sebagai pendamping komunitas",
                        Cluster.PREVENTION, a.get(ProvincialAgency.DINAS_PPPA), TargetGroup.WOMENS_ORGANISATIONS,
                        "Anggota organisasi perempuan terlatih", "orang", 800, 160_000_000, FundingSource.APBD,
                        310, 260),
                line("Dialog tokoh lintas agama tentang pencegahan TPPO",
                        Cluster.PREVENTION, a.get(ProvincialAgency.RELIGIOUS_AFFAIRS), TargetGroup.INTERFAITH_LEADERS,
                        "Tokoh agama yang mengikuti dialog", "orang", 300, 95_000_000, FundingSource.APBN, 120, 90),
                line("Pemeriksaan dan pemulihan kesehatan korban TPPO yang dipulangkan",
                        Cluster.HEALTH_REHABILITATION, a.get(ProvincialAgency.HEALTH), null,
                        "Korban yang menerima layanan kesehatan", "orang", 100, 240_000_000, FundingSource.APBD, 58, 12),
                line("Pemulangan dan reintegrasi sosial korban dari luar negeri",
                        Cluster.SOCIAL_REHABILITATION, a.get(ProvincialAgency.SOCIAL_AFFAIRS), null,
                        "Korban yang dipulangkan dan direintegrasikan", "orang", 100, 350_000_000, FundingSource.APBD,
                        64, 6),
                line("Pendampingan pekerja migran korban di pos lintas batas Entikong",
                        Cluster.SOCIAL_REHABILITATION, a.get(ProvincialAgency.BP3MI),
                        TargetGroup.PROSPECTIVE_MIGRANT_WORKERS, "Pekerja migran yang didampingi", "orang", 150,
                        120_000_000, FundingSource.APBN, 70, 15),
                line("Penyusunan Peraturan Gubernur tentang pencegahan dan penanganan TPPO",
                        Cluster.LEGAL_NORMS, a.get(ProvincialAgency.GOVERNMENT), TargetGroup.GOVERNMENT_OFFICIALS,
                        "Peraturan Gubernur yang ditetapkan", "dokumen", 1, 85_000_000, FundingSource.APBD, 0, 0),
                line("Pelatihan penyidik dan penuntut umum perkara TPPO",
                        Cluster.LAW_ENFORCEMENT, a.get(ProvincialAgency.POLDA), TargetGroup.LAW_ENFORCEMENT_OFFICERS,
                        "Penyidik dan jaksa terlatih", "orang", 120, 300_000_000, FundingSource.APBN, 45, 40),
                line("Rapat koordinasi Gugus Tugas provinsi dengan kabupaten dan kota",
                        Cluster.COORDINATION, a.get(ProvincialAgency.DINAS_PPPA), TargetGroup.GOVERNMENT_OFFICIALS,
                        "Rapat koordinasi yang terlaksana", "kali", 4, 60_000_000, FundingSource.APBD, 2, 1));
    }

    private static Line line(String title, Cluster cluster, id.gugus.agency.AgencyId responsible, TargetGroup group,
            String indicator, String unit, long target, long budget, FundingSource source, long first, long second) {
        Activity.Builder b = Activity.builder(title, cluster, responsible)
                .indicator(indicator, unit, target)
                .schedule(SCHEDULE)
                .budget(budget, source);
        if (group != null) {
            b.targetGroups(group);
        }
        return new Line(b.build(), first, second);
    }
}
