package id.gugus.exchange;

import id.gugus.common.Period;
import id.gugus.plan.ActionPlan;
import id.gugus.spi.StorageBackend;
import id.gugus.storage.tck.RandomCases;
import id.gugus.storage.tck.SevenCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.storage.tck.TckWorld;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForce;
import java.time.LocalDate;

/**
 * A store with something of every kind, from the storage TCK's public fixtures: the areas, the
 * agencies, national, provincial and city task forces, the RAN and a RAD, a meeting with
 * follow-ups, the seven cases (with NIKs) and random cases; some saved twice (version 2); and
 * the audit log all of that wrote.
 */
final class ExchangeWorld {
    private ExchangeWorld() {}

    static void seed(StorageBackend backend, int randomCases) {
        GugusStore store = GugusStore.on(backend, TckFixtures.CLOCK);
        TckWorld w = TckWorld.seed(store);
        TaskForce national = store.taskForces().save(w.nationalTaskForce()).stored();
        TaskForce province = store.taskForces().save(w.provincialTaskForce(national.id())).stored();
        store.taskForces().save(w.cityTaskForce(province.id()));
        ActionPlan ran = store.actionPlans().save(w.nationalPlan()).stored();
        ActionPlan rad = store.actionPlans().save(w.provincialPlan(ran.id(), Period.years(2021, 2024))).stored();
        store.actionPlans().save(rad); // version 2
        store.meetings().save(w.meeting(province.id(), LocalDate.of(2024, 3, 1),
                TckWorld.followUp("Menyusun SK gugus tugas kabupaten", w.dp3aKalbar.id(), LocalDate.of(2024, 6, 30)),
                TckWorld.followUp("Evaluasi RAD", w.polda.id(), LocalDate.of(2026, 1, 31))));
        SevenCases.seed(store);
        new RandomCases(13).cases("LP/X", randomCases).forEach(store.cases()::save);
    }
}
