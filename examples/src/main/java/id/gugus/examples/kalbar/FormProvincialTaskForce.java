package id.gugus.examples.kalbar;

import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.store.GugusStore;
import id.gugus.store.Saved;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.ComplianceCheck;
import id.gugus.taskforce.Composition;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.Member;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.SubTaskForce;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceRule;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Step 2: the provincial task force. Its 2019 composition has the head of Dinas PPPA as daily
 * chair, lawful then and reported non-compliant with Regulation 49/2023 now; Dinas PPPA drafts
 * the governor's decree that re-forms it with the Kapolda, and the governor signs it. The
 * national task force it reports to is stored first if the store has none.
 */
final class FormProvincialTaskForce {
    static final String NAME = "Gugus Tugas PP-TPPO Provinsi Kalimantan Barat";
    static final String FIRST_DECREE = "Keputusan Gubernur Kalimantan Barat Nomor 255/DPPPA/2019";
    static final LocalDate FIRST_DECREE_SIGNED = LocalDate.of(2019, 4, 8);
    static final String NEW_DECREE = "Keputusan Gubernur Kalimantan Barat Nomor 720/DPPPA/2023";
    static final LocalDate NEW_DECREE_DRAFTED = LocalDate.of(2023, 10, 16);
    static final LocalDate NEW_DECREE_SIGNED = LocalDate.of(2023, 11, 6);

    /** The working group of each cluster of the RAN and the office that coordinates it. */
    private static final Map<Cluster, ProvincialAgency> COORDINATORS = Map.of(
            Cluster.PREVENTION, ProvincialAgency.DINAS_PPPA,
            Cluster.HEALTH_REHABILITATION, ProvincialAgency.HEALTH,
            Cluster.SOCIAL_REHABILITATION, ProvincialAgency.SOCIAL_AFFAIRS,
            Cluster.LEGAL_NORMS, ProvincialAgency.GOVERNMENT,
            Cluster.LAW_ENFORCEMENT, ProvincialAgency.POLDA,
            Cluster.COORDINATION, ProvincialAgency.PLANNING);

    private FormProvincialTaskForce() {}

    static TaskForce run(GugusStore store, KalbarAgencies agencies, Console out) {
        out.step("The provincial task force of Kalimantan Barat (" + KalbarAreas.PROVINCE + ")");
        TaskForce national = nationalTaskForce(store, out);
        Optional<TaskForce> found = store.taskForces().activeFor(KalbarAreas.PROVINCE);
        if (found.isPresent()) {
            TaskForce tf = found.get();
            out.line("found it stored (version %d): %s, daily chair %s, %d earlier composition(s) in its history",
                    tf.version(), Offices.label(tf.status()), Offices.label(tf.dailyChair().position()),
                    tf.history().size());
            return tf;
        }
        return store.inUnitOfWork(s -> reform(s, oldComposition(s, national, agencies, out), out));
    }

    /** The national task force (Perpres 49/2023), which the provincial one reports to. */
    private static TaskForce nationalTaskForce(GugusStore store, Console out) {
        Optional<TaskForce> found = store.taskForces().activeFor(JurisdictionCode.NATIONAL);
        if (found.isPresent()) {
            out.line("Gugus Tugas Pusat: found it stored");
            return found.get();
        }
        TaskForce national = TaskForce.propose("Gugus Tugas Pusat PP-TPPO", JurisdictionCode.NATIONAL,
                        Offices.MENKO_POLHUKAM, Offices.KAPOLRI, null)
                .draftDecree("Peraturan Presiden Nomor 49 Tahun 2023")
                .establish(LocalDate.of(2023, 8, 10), Offices.PRESIDENT);
        national = store.taskForces().save(national).stored();
        out.line("Gugus Tugas Pusat: stored (Perpres 49/2023; chair Menko Polhukam, daily chair Kapolri)");
        return national;
    }

    /** The composition of the 2019 governor's decree, before Regulation 49/2023. */
    private static TaskForce oldComposition(GugusStore store, TaskForce national, KalbarAgencies agencies,
            Console out) {
        TaskForce tf = TaskForce.propose(NAME, KalbarAreas.PROVINCE, Offices.GOVERNOR, Offices.HEAD_OF_DINAS_PPPA,
                national.id());
        for (ProvincialAgency agency : ProvincialAgency.values()) {
            if (agency != ProvincialAgency.GOVERNMENT) {
                tf = tf.withMember(new Member(agencies.get(agency), Official.of(Position.OTHER, agency.representative)));
            }
        }
        for (Cluster cluster : Cluster.values()) {
            tf = tf.withSubTaskForce(new SubTaskForce(cluster, agencies.get(COORDINATORS.get(cluster))));
        }
        tf = tf.draftDecree(FIRST_DECREE).establish(FIRST_DECREE_SIGNED, Offices.GOVERNOR);
        // The save succeeds (a warning never blocks), and its warnings say the task force must be re-formed.
        Saved<TaskForce> saved = store.taskForces().save(tf);
        tf = saved.stored();
        out.line("2019 composition stored: chair Gubernur, daily chair Kepala Dinas PPPA, %d member agencies, "
                + "%d sub-task forces; SK signed %s", tf.members().size(), tf.subTaskForces().size(),
                FIRST_DECREE_SIGNED);
        out.line("compliance with Perpres 49/2023: %s", saved.hasWarning(TaskForceRule.NONCOMPLIANT.id())
                ? "NOT compliant: the store warns that it must be re-formed" : "compliant");
        out.warnings(saved);
        return tf;
    }

    /** Dinas PPPA drafts the new decree (the task force waits for it), then the governor signs it. */
    private static TaskForce reform(GugusStore store, TaskForce old, Console out) {
        Saved<TaskForce> draft = store.taskForces().save(
                old.reform(Offices.GOVERNOR, Offices.KAPOLDA, Decree.draft(NEW_DECREE), NEW_DECREE_DRAFTED));
        TaskForce drafted = draft.stored();
        out.line("%s: Dinas PPPA drafts the governor's decree re-forming it with the Kapolda as daily chair "
                + "(status: %s)", NEW_DECREE_DRAFTED, Offices.label(drafted.status()));
        out.warnings(draft);
        Saved<TaskForce> established = store.taskForces().save(drafted.establish(NEW_DECREE_SIGNED, Offices.GOVERNOR));
        TaskForce signed = established.stored();
        Composition before = signed.history().get(signed.history().size() - 1);
        out.line("%s: the governor signs it: %s, daily chair %s, compliance: %s; the %s composition stays in "
                + "its history", NEW_DECREE_SIGNED, Offices.label(signed.status()),
                Offices.label(signed.dailyChair().position()),
                ComplianceCheck.isCompliant(signed) ? "compliant" : "NOT compliant",
                before.decree().date().getYear());
        out.warnings(established);
        return signed;
    }
}
