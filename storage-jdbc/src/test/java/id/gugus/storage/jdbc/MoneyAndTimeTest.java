package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.AGENCY;
import static id.gugus.storage.jdbc.Tables.CASE_RESTITUTION;
import static id.gugus.storage.jdbc.Tables.PLAN_ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.cases.Restitution;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.RestitutionState;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.Period;
import id.gugus.common.Rupiah;
import id.gugus.plan.ActionPlan;
import id.gugus.plan.Activity;
import id.gugus.plan.Budget;
import id.gugus.plan.FundingSource;
import id.gugus.plan.Indicator;
import id.gugus.plan.ProgressReport;
import id.gugus.plan.TargetGroup;
import id.gugus.taskforce.Cluster;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Money is exact whole rupiah (BIGINT, summed in SQL as DECIMAL) and time stamps are UTC on every
 * dialect, whatever the JVM's time zone.
 */
class MoneyAndTimeTest {
    static final Rupiah MAX = Rupiah.of(Rupiah.MAX);

    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void theLargestRupiahAmountRoundTripsExactlyInCasesAndPlans() {
            TraffickingCase c = withRestitution(Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1)),
                    new Restitution(RestitutionHead.SUFFERING, MAX, Rupiah.of(Rupiah.MAX - 1), RestitutionState.ORDERED));
            backend.cases().insert(c);
            ActionPlan plan = plan(MAX);
            backend.actionPlans().insert(plan);

            assertThat(backend.cases().find(c.id())).contains(c);
            assertThat(backend.actionPlans().find(plan.id())).contains(plan);
            assertThat(sql().select(CASE_RESTITUTION.CLAIMED_RUPIAH, CASE_RESTITUTION.ORDERED_RUPIAH).from(CASE_RESTITUTION)
                    .where(CASE_RESTITUTION.HEAD.eq("SUFFERING")).fetchOne().intoArray())
                    .containsExactly(Rupiah.MAX, Rupiah.MAX - 1);
            assertThat(sql().select(PLAN_ACTIVITY.BUDGET_RUPIAH).from(PLAN_ACTIVITY).fetchOne().value1()).isEqualTo(Rupiah.MAX);
        }

        @Test
        void sumsOfLargeAmountsAreExactInSql() {
            // The largest amount claimed by each of two victims: the sum is beyond any one amount.
            Rupiah half = MAX;
            TraffickingCase c = withRestitution(Fixtures.scamCase("LP/B/2/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1)),
                    Restitution.claim(RestitutionHead.SUFFERING, half));
            backend.cases().insert(c);
            BigDecimal total = sql().select(DSL.sum(CASE_RESTITUTION.CLAIMED_RUPIAH)).from(CASE_RESTITUTION)
                    .where(CASE_RESTITUTION.HEAD.eq("SUFFERING")).fetchOne().value1();
            assertThat(total).isEqualByComparingTo(BigDecimal.valueOf(Rupiah.MAX).multiply(BigDecimal.valueOf(2)))
                    .isEqualByComparingTo("2000000000000000");
            // and the ordinary claims of Rp 45,000,000 per victim add up to the rupiah
            assertThat(sql().select(DSL.sum(CASE_RESTITUTION.CLAIMED_RUPIAH)).from(CASE_RESTITUTION)
                    .where(CASE_RESTITUTION.HEAD.eq("LOST_PROPERTY_OR_INCOME")).fetchOne().value1())
                    .isEqualByComparingTo("90000000");
        }

        @Test
        void timeStampsAreWrittenInUtcWhateverTheJvmTimeZone() {
            Instant at = Instant.parse("2026-01-31T17:30:00.123456Z");
            TimeZone jvm = TimeZone.getDefault();
            try {
                TimeZone.setDefault(TimeZone.getTimeZone("Asia/Pontianak"));
                JdbcBackend clocked = JdbcBackend.create(database.dataSource(),
                        JdbcStoreConfig.of(database.dialect()).withClock(Clock.fixed(at, ZoneOffset.ofHours(7))));
                Agency agency = Fixtures.agency("Polda Kalbar", Fixtures.KALBAR);
                clocked.agencies().insert(agency);

                TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
                assertThat(sql().select(AGENCY.UPDATED_AT).from(AGENCY).fetchOne().value1())
                        .isEqualTo(LocalDateTime.of(2026, 1, 31, 17, 30, 0, 123_456_000));
                // Compared in SQL with a literal: no JDBC time-zone conversion can hide a shift.
                assertThat(sql().fetchCount(AGENCY, AGENCY.UPDATED_AT.eq(DSL.inline(LocalDateTime.of(2026, 1, 31, 17, 30, 0, 123_456_000)))))
                        .isEqualTo(1);
            } finally {
                TimeZone.setDefault(jvm);
            }
        }

        @Test
        void datesAreTheSameDayInEveryJvmTimeZone() {
            TimeZone jvm = TimeZone.getDefault();
            try {
                for (String zone : new String[] {"Pacific/Kiritimati", "Asia/Jakarta", "UTC", "Pacific/Pago_Pago"}) {
                    TimeZone.setDefault(TimeZone.getTimeZone(zone));
                    TraffickingCase c = Fixtures.scamCase("LP/" + zone, Fixtures.PONTIANAK, LocalDate.of(2025, 12, 31));
                    backend.cases().insert(c);
                    assertThat(backend.cases().find(c.id()).orElseThrow().reportedOn()).as(zone).isEqualTo(LocalDate.of(2025, 12, 31));
                }
            } finally {
                TimeZone.setDefault(jvm);
            }
        }

        private DSLContext sql() {
            return DSL.using(database.dataSource(), database.dialect());
        }

        private static TraffickingCase withRestitution(TraffickingCase c, Restitution extra) {
            // An ordered amount is for the first victim only; a claim for every victim.
            List<Victim> claimants = extra.ordered() != null ? c.victims().subList(0, 1) : c.victims();
            TraffickingCase claimed = c;
            for (Victim v : claimants) {
                claimed = claimed.replaceVictim(v.withRestitution(extra));
            }
            return claimed;
        }

        private static ActionPlan plan(Rupiah budget) {
            Period period = Period.years(2025, 2029);
            Activity activity = new Activity("Sosialisasi TPPO di SMA", Cluster.PREVENTION, AgencyId.random(),
                    ImmutableSet.of(TargetGroup.SENIOR_HIGH_SCHOOL_STUDENTS),
                    new Indicator("Siswa yang mengikuti sosialisasi", "orang", new BigDecimal("12000.50")),
                    Period.years(2025, 2026), new Budget(budget, FundingSource.APBD),
                    ImmutableList.of(new ProgressReport(Period.years(2025, 2025), new BigDecimal("3000.25"))));
            return ActionPlan.draft("RAD PP-TPPO Kalimantan Barat 2025-2029", Fixtures.KALBAR, null, period)
                    .withActivity(activity).withVersion(1);
        }
    }

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(TestDatabase.Kind.H2);
        }
    }

    @Nested
    class OnPostgres extends Contract {
        OnPostgres() {
            super(TestDatabase.Kind.POSTGRES);
        }
    }

    @Nested
    class OnMariaDb extends Contract {
        OnMariaDb() {
            super(TestDatabase.Kind.MARIADB);
        }
    }
}
