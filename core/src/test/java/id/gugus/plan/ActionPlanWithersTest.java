package id.gugus.plan;

import static id.gugus.plan.PlanFixtures.activity;
import static id.gugus.plan.PlanFixtures.kalbarRad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.common.Period;
import id.gugus.taskforce.Cluster;
import org.junit.jupiter.api.Test;

/** The withers of an action plan: a changed copy, same id and version, everything else as it was. */
class ActionPlanWithersTest {
    private final ActionPlan stored = kalbarRad().withVersion(3);

    @Test
    void title_period_and_parent_each_change_alone() {
        ActionPlan retitled = stored.withTitle("RAD PP-TPPO Kalimantan Barat 2020–2025");
        assertThat(retitled.title()).isEqualTo("RAD PP-TPPO Kalimantan Barat 2020–2025");
        assertThat(retitled).usingRecursiveComparison().ignoringFields("title").isEqualTo(stored);

        ActionPlan extended = stored.withPeriod(Period.years(2020, 2025));
        assertThat(extended.period()).isEqualTo(Period.years(2020, 2025));
        assertThat(extended).usingRecursiveComparison().ignoringFields("period").isEqualTo(stored);

        ActionPlanId nextRan = ActionPlanId.random();
        ActionPlan rederived = stored.withParent(nextRan);
        assertThat(rederived.parent()).isEqualTo(nextRan);
        assertThat(rederived).usingRecursiveComparison().ignoringFields("parent").isEqualTo(stored);
    }

    @Test
    void an_activity_is_replaced_or_removed_by_its_index_and_the_others_keep_their_order() {
        Activity revised = activity("Sosialisasi di 200 sekolah", Cluster.PREVENTION, stored.period());
        ActionPlan changed = stored.replaceActivity(1, revised);
        assertThat(changed.activities()).hasSameSizeAs(stored.activities());
        assertThat(changed.activities().get(1)).isEqualTo(revised);
        for (int i : new int[] {0, 2, 3, 4, 5}) {
            assertThat(changed.activities().get(i)).isEqualTo(stored.activities().get(i));
        }
        assertThat(changed).usingRecursiveComparison().ignoringFields("activities").isEqualTo(stored);

        ActionPlan fewer = stored.withoutActivity(0);
        assertThat(fewer.activities()).containsExactlyElementsOf(stored.activities().subList(1, stored.activities().size()));
        assertThatThrownBy(() -> stored.replaceActivity(stored.activities().size(), revised))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> stored.withoutActivity(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
