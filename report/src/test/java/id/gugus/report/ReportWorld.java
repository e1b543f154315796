package id.gugus.report;

import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.plan.ActionPlan;
import id.gugus.storage.tck.RandomCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.storage.tck.TckWorld;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForce;
import java.time.LocalDate;

/**
 * A province to report on, from the storage TCK's public fixtures: the national, provincial and
 * Kota Pontianak task forces, the RAN and the RAD of Kalimantan Barat, a meeting with one
 * overdue and one open follow-up, and random lawful cases reported in 2023–2025.
 */
final class ReportWorld {
    static final JurisdictionCode KALBAR = TckFixtures.KALBAR;
    static final Period PERIOD = Period.years(2023, 2025);
    static final LocalDate AS_OF = LocalDate.of(2025, 11, 30);

    private ReportWorld() {}

    static ReportRequest provincial() {
        return new ReportRequest(KALBAR, PERIOD, AS_OF, id.gugus.report.disclosure.DisclosurePolicy.standard());
    }

    static TckWorld seed(GugusStore store, long seed, int cases) {
        TckWorld w = TckWorld.seed(store);
        TaskForce national = store.taskForces().save(w.nationalTaskForce()).stored();
        TaskForce province = store.taskForces().save(w.provincialTaskForce(national.id())).stored();
        store.taskForces().save(w.cityTaskForce(province.id()));
        ActionPlan ran = store.actionPlans().save(w.nationalPlan()).stored();
        store.actionPlans().save(w.provincialPlan(ran.id(), Period.years(2023, 2024)));
        store.meetings().save(w.meeting(province.id(), LocalDate.of(2024, 3, 1),
                TckWorld.followUp("Menyusun SK gugus tugas kabupaten", w.dp3aKalbar.id(), LocalDate.of(2024, 6, 30)),
                TckWorld.followUp("Evaluasi RAD", w.polda.id(), LocalDate.of(2026, 1, 31))));
        new RandomCases(seed).cases("LP/R" + seed, cases).forEach(store.cases()::save);
        return w;
    }
}
