package id.gugus.plan;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.AgencyId;
import id.gugus.common.Period;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.Cluster;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import java.time.LocalDate;

/** Plans of the story (docs/story.md): the RAN 2020–2024 and the RAD of Kalimantan Barat under it. */
final class PlanFixtures {
    static final Period RAN_PERIOD = Period.years(2020, 2024);
    static final JurisdictionCode KALBAR = JurisdictionCode.of("61");
    static final JurisdictionCode PONTIANAK = JurisdictionCode.of("61.71");
    static final ActionPlanId RAN_ID = ActionPlanId.of("00000000-0000-4000-8000-000000000001");
    static final ActionPlanId KALBAR_RAD_ID = ActionPlanId.of("00000000-0000-4000-8000-000000000061");
    static final AgencyId DINAS_PPPA = AgencyId.of("00000000-0000-4000-8000-0000000000a1");

    private PlanFixtures() {}

    static ActionPlan ran() {
        return withEveryCluster(new ActionPlan(RAN_ID, 0, "RAN PP-TPPO 2020–2024", JurisdictionCode.NATIONAL, null,
                RAN_PERIOD, PlanStatus.DRAFT, null, ImmutableList.of()));
    }

    /** A provincial RAD in draft under the RAN, with one activity per cluster: valid as it is. */
    static ActionPlan kalbarRad() {
        return withEveryCluster(new ActionPlan(KALBAR_RAD_ID, 0, "RAD PP-TPPO Provinsi Kalimantan Barat 2020–2024",
                KALBAR, RAN_ID, RAN_PERIOD, PlanStatus.DRAFT, null, ImmutableList.of()));
    }

    static ActionPlan withEveryCluster(ActionPlan plan) {
        ActionPlan result = plan;
        for (Cluster c : Cluster.values()) {
            result = result.withActivity(activity("Kegiatan " + c.name(), c, plan.period()));
        }
        return result;
    }

    static Activity activity(String title, Cluster cluster, Period schedule) {
        return Activity.builder(title, cluster, DINAS_PPPA)
                .targetGroups(TargetGroup.GENERAL_PUBLIC)
                .indicator("Orang yang dijangkau", "orang", 100)
                .schedule(schedule)
                .budget(10_000_000, FundingSource.APBD)
                .build();
    }

    static Decree signedDecree() {
        return Decree.draft("188.44/100/HK/2021").sign(LocalDate.of(2021, 3, 1), Official.of(Position.GOVERNOR, "Gubernur Kalimantan Barat"));
    }

    static ActionPlan withStatus(ActionPlan plan, PlanStatus status, Decree decree) {
        return new ActionPlan(plan.id(), plan.version(), plan.title(), plan.jurisdiction(), plan.parent(),
                plan.period(), status, decree, plan.activities());
    }

    static ActionPlan with(ActionPlan plan, JurisdictionCode jurisdiction, ActionPlanId parent, Period period) {
        return new ActionPlan(plan.id(), plan.version(), plan.title(), jurisdiction, parent,
                period, plan.status(), plan.decree(), plan.activities());
    }
}
