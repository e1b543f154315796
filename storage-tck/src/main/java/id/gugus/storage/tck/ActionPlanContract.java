package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.KALBAR;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.agency.AgencyId;
import id.gugus.common.Period;
import id.gugus.error.ConflictException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ReferenceException;
import id.gugus.error.ValidationException;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.ActionPlanId;
import id.gugus.plan.Activity;
import id.gugus.plan.PlanStatus;
import id.gugus.plan.ProgressReport;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Action plans: versioned saves, references to the parent plan and agencies, by jurisdiction and period. */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.PERSISTENCE)
public abstract class ActionPlanContract extends StorageContract {
    protected TckWorld world;
    protected ActionPlan ran;

    @BeforeEach
    public void seed() {
        world = seedWorld();
        ran = store.actionPlans().save(world.nationalPlan()).stored();
    }

    @Test
    public void plansLoadEqualWithEveryActivity() {
        ActionPlan rad = store.actionPlans().save(world.provincialPlan(ran.id(), Period.years(2021, 2024))).stored();
        assertThat(rad.version()).isEqualTo(1);
        assertSameContent(store.actionPlans().get(rad.id()), rad);
        assertSameContent(store.actionPlans().get(ran.id()), ran);
        assertThat(store.actionPlans().get(rad.id()).activities()).hasSize(6);
    }

    @Test
    public void progressReportsAreSavedWithTheNextVersion() {
        ActionPlan rad = store.actionPlans().save(world.provincialPlan(ran.id(), Period.years(2021, 2024))).stored();
        ActionPlan v2 = store.actionPlans().save(rad
                .reportProgress(0, new ProgressReport(Period.years(2021, 2021), new BigDecimal("35")))
                .reportProgress(0, new ProgressReport(Period.years(2022, 2022), new BigDecimal("41.5")))).stored();
        assertThat(v2.version()).isEqualTo(2);
        ActionPlan loaded = store.actionPlans().get(rad.id());
        assertSameContent(loaded, v2);
        assertThat(loaded.activities().get(0).realised()).isEqualByComparingTo("76.5");
    }

    @Test
    public void aStaleCopyIsAConflictAndChangesNothing() {
        ActionPlan v1 = store.actionPlans().save(world.provincialPlan(ran.id(), Period.years(2021, 2024))).stored();
        ActionPlan v2 = store.actionPlans().save(v1).stored();
        assertThatThrownBy(() -> store.actionPlans().save(v1.withoutActivity(1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ActionPlan")
                .hasMessageContaining(v1.id().toString());
        assertSameContent(store.actionPlans().get(v1.id()), v2);
    }

    @Test
    public void aPlanCannotGoBackInItsLifecycleAndNothingChanges() {
        ActionPlan draft = store.actionPlans().save(world.provincialPlan(ran.id(), Period.years(2021, 2024))).stored();
        Decree decree = Decree.draft("SK Gubernur 188.44/100/2021")
                .sign(LocalDate.of(2021, 3, 1), Official.of(Position.GOVERNOR, "Gubernur Kalimantan Barat"));
        ActionPlan adopted = store.actionPlans().save(draft.adopt(decree)).stored();
        ActionPlan backToDraft = new ActionPlan(adopted.id(), adopted.version(), adopted.title(), adopted.jurisdiction(),
                adopted.parent(), adopted.period(), PlanStatus.DRAFT, adopted.decree(), adopted.activities());
        assertThatThrownBy(() -> store.actionPlans().save(backToDraft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.ruleId()).contains("PLAN-LIFECYCLE"));
        assertSameContent(store.actionPlans().get(adopted.id()), adopted);
    }

    @Test
    public void forJurisdictionFindsThePlansOverlappingThePeriodByStartDate() {
        ActionPlan later = store.actionPlans().save(world.provincialPlan(ran.id(), Period.years(2024, 2024))).stored();
        ActionPlan earlier = store.actionPlans().save(world.provincialPlan(ran.id(), Period.years(2021, 2023)))
                .stored();
        assertThat(store.actionPlans().forJurisdiction(KALBAR, Period.years(2022, 2022))).containsExactly(earlier);
        assertThat(store.actionPlans().forJurisdiction(KALBAR, Period.years(2020, 2026))).containsExactly(earlier, later);
        assertThat(store.actionPlans().forJurisdiction(KALBAR,
                Period.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1)))).containsExactly(earlier, later);
        assertThat(store.actionPlans().forJurisdiction(KALBAR, Period.years(2025, 2029))).isEmpty();
        assertThat(store.actionPlans().forJurisdiction(KALBAR, Period.years(2019, 2020))).isEmpty();
    }

    @Test
    public void forJurisdictionIsThatJurisdictionOnly() {
        ActionPlan rad = store.actionPlans().save(world.provincialPlan(ran.id(), Period.years(2021, 2024))).stored();
        ActionPlan city = store.actionPlans().save(world.cityPlan(rad.id(), Period.years(2023, 2024))).stored();
        assertThat(store.actionPlans().forJurisdiction(KALBAR, Period.years(2023, 2023))).containsExactly(rad);
        assertThat(store.actionPlans().forJurisdiction(KOTA_PONTIANAK, Period.years(2023, 2023))).containsExactly(city);
        assertThat(store.actionPlans().forJurisdiction(TckFixtures.NATIONAL, Period.years(2023, 2023))).containsExactly(ran);
        assertThat(store.actionPlans().forJurisdiction(TckFixtures.KOTA_SINGKAWANG, Period.years(2023, 2023))).isEmpty();
    }

    @Test
    public void anUnknownParentPlanIsAReferenceError() {
        ActionPlan orphan = world.provincialPlan(ActionPlanId.random(), Period.years(2021, 2024));
        assertThatThrownBy(() -> store.actionPlans().save(orphan))
                .isInstanceOfSatisfying(ReferenceException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("ActionPlan");
                    assertThat(e.field()).isEqualTo("parent");
                    assertThat(e).hasMessageContaining(orphan.id().toString());
                });
        assertThat(store.actionPlans().find(orphan.id())).isEmpty();
    }

    @Test
    public void anUnknownResponsibleAgencyIsAReferenceError() {
        ActionPlan rad = world.provincialPlan(ran.id(), Period.years(2021, 2024));
        Activity a = rad.activities().get(1);
        AgencyId ghost = AgencyId.random();
        ActionPlan broken = rad.replaceActivity(1, new Activity(a.title(), a.cluster(), ghost, a.targetGroups(),
                a.indicator(), a.schedule(), a.budget(), a.progress()));
        assertThatThrownBy(() -> store.actionPlans().save(broken))
                .isInstanceOfSatisfying(ReferenceException.class, e -> {
                    assertThat(e.field()).isEqualTo("activities[1].responsible");
                    assertThat(e).hasMessageContaining(ghost.toString());
                });
        assertThat(store.actionPlans().find(rad.id())).isEmpty();
    }

    @Test
    public void anUnknownJurisdictionIsAReferenceError() {
        ActionPlan rad = store.actionPlans().save(world.provincialPlan(ran.id(), Period.years(2021, 2024))).stored();
        ActionPlan p = world.cityPlan(rad.id(), Period.years(2023, 2024));
        ActionPlan lost = new ActionPlan(p.id(), 0, p.title(), TckFixtures.UNKNOWN_AREA, p.parent(), p.period(), p.status(),
                p.decree(), p.activities());
        assertThatThrownBy(() -> store.actionPlans().save(lost))
                .isInstanceOfSatisfying(ReferenceException.class, e -> assertThat(e.field()).isEqualTo("jurisdiction"));
        assertThat(store.actionPlans().find(p.id())).isEmpty();
    }

    @Test
    public void deleteRemovesThePlanWithTheCurrentVersionOnly() {
        ActionPlan rad = store.actionPlans().save(world.provincialPlan(ran.id(), Period.years(2021, 2024))).stored();
        assertThatThrownBy(() -> store.actionPlans().delete(rad.id(), 2)).isInstanceOf(ConflictException.class);
        store.actionPlans().delete(rad.id(), 1);
        assertThat(store.actionPlans().find(rad.id())).isEmpty();
        assertThat(store.actionPlans().forJurisdiction(KALBAR, Period.years(2021, 2024))).isEmpty();
        assertThatThrownBy(() -> store.actionPlans().delete(rad.id(), 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.actionPlans().get(rad.id())).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("ActionPlan").hasMessageContaining(rad.id().toString());
    }
}
