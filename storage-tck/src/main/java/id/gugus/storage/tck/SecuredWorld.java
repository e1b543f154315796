package id.gugus.storage.tck;

import id.gugus.common.Period;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.plan.ActionPlan;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForce;
import java.time.LocalDate;

/**
 * The world the security contracts guard, saved by the system actor: the {@link TckWorld}
 * agencies, the {@link SevenCases}, a task force, an action plan and a meeting at each of the
 * national level (task force and plan only), Kalimantan Barat (61) and Kota Pontianak (61.71).
 * Each meeting has one overdue follow-up.
 */
public final class SecuredWorld {
    public final TckWorld world;
    public final SevenCases seven;
    public final TaskForce nationalTaskForce;
    public final TaskForce provincialTaskForce;
    public final TaskForce cityTaskForce;
    public final ActionPlan nationalPlan;
    public final ActionPlan provincialPlan;
    public final ActionPlan cityPlan;
    public final CoordinationMeeting provincialMeeting;
    public final CoordinationMeeting cityMeeting;

    private SecuredWorld(GugusStore system) {
        world = TckWorld.seed(system);
        seven = SevenCases.saveInto(system);
        nationalTaskForce = system.taskForces().save(world.nationalTaskForce()).stored();
        provincialTaskForce = system.taskForces().save(world.provincialTaskForce(nationalTaskForce.id())).stored();
        cityTaskForce = system.taskForces().save(world.cityTaskForce(provincialTaskForce.id())).stored();
        nationalPlan = system.actionPlans().save(world.nationalPlan()).stored();
        provincialPlan = system.actionPlans().save(world.provincialPlan(nationalPlan.id(), Period.years(2021, 2024)))
                .stored();
        cityPlan = system.actionPlans().save(world.cityPlan(provincialPlan.id(), Period.years(2023, 2024))).stored();
        provincialMeeting = system.meetings().save(world.meeting(provincialTaskForce.id(), LocalDate.of(2026, 2, 10),
                TckWorld.followUp("Verifikasi data warga di Kamboja", world.bp3mi.id(), LocalDate.of(2026, 3, 1))))
                        .stored();
        cityMeeting = system.meetings().save(world.meeting(cityTaskForce.id(), LocalDate.of(2026, 2, 12),
                TckWorld.followUp("Pendataan korban di Pontianak Timur", world.dp3aKalbar.id(), LocalDate.of(2026, 3, 2))))
                        .stored();
    }

    /** Imports the areas and saves everything through {@code system}, a store acting as the system. */
    public static SecuredWorld seed(GugusStore system) {
        return new SecuredWorld(system);
    }
}
