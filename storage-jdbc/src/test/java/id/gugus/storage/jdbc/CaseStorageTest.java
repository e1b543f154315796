package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.CASE;
import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.DuplicateReason;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsKey;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimId;
import id.gugus.cases.VictimInCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The case tables: personal data kept apart from the payload, child rows (victim identities too)
 * replaced and deleted with the case, duplicates and NIK look-ups on the identities.
 */
class CaseStorageTest {
    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void personalDataIsInItsOwnTableAndNeverInThePayload() {
            TraffickingCase c = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            backend.cases().insert(c);

            String payload = sql().select(CASE.PAYLOAD).from(CASE).fetchOne().value1();
            assertThat(payload).contains("FORCED_CRIMINALITY_ONLINE_SCAM")
                    .doesNotContain("Siti", "Budi", "6171014501990001", "+62 812", "Gajah Mada");
            assertThat(sql().select(PERSONAL_DATA.OWNER_ROLE, PERSONAL_DATA.SEQ, PERSONAL_DATA.NAME, PERSONAL_DATA.NIK)
                    .from(PERSONAL_DATA).orderBy(PERSONAL_DATA.OWNER_ROLE, PERSONAL_DATA.SEQ).fetch().map(r -> r.intoList()))
                    .containsExactly(java.util.Arrays.asList("SUSPECT", 0, "Budi", null), java.util.Arrays.asList("VICTIM", 0, "Siti", "6171014501990001"));
            assertThat(backend.cases().find(c.id())).contains(c);
        }

        @Test
        void anUpdateReplacesTheChildRowsAndADeleteRemovesThem() {
            TraffickingCase c = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            backend.cases().insert(c);
            TraffickingCase oneVictim = c.withoutVictim(c.victims().get(0).id()).withVersion(2);

            assertThat(backend.cases().update(oneVictim, 1)).isTrue();
            assertThat(backend.cases().find(c.id())).contains(oneVictim);
            assertThat(rows("case_victim")).isEqualTo(1);
            assertThat(rows("personal_data")).as("only the suspect has personal data now").isEqualTo(1);
            assertThat(rows("victim_identity")).as("and no victim an identity key").isZero();

            assertThat(backend.cases().delete(c.id(), 1)).as("stale version").isFalse();
            assertThat(backend.cases().delete(c.id(), 2)).isTrue();
            for (String table : List.of("trafficking_case", "case_victim", "case_victim_exploitation", "case_restitution", "personal_data",
                    "victim_identity")) {
                assertThat(rows(table)).as(table).isZero();
            }
        }

        @Test
        void pagesWalkTheSubtreeInReportOrderWithoutRepeatsOrGaps() {
            for (int i = 0; i < 7; i++) {
                backend.cases().insert(Fixtures.scamCase("LP/B/" + i + "/2025", i % 2 == 0 ? Fixtures.PONTIANAK : Fixtures.SAMBAS,
                        LocalDate.of(2025, 5, 1 + i / 3)));
            }
            backend.cases().insert(Fixtures.scamCase("LP/JOGJA", id.gugus.jurisdiction.JurisdictionCode.of("34.04"), LocalDate.of(2025, 5, 1)));
            CaseQuery kalbar = CaseQuery.all().within(Fixtures.KALBAR);
            List<TraffickingCase> seen = new java.util.ArrayList<>();
            PageRequest request = PageRequest.first(3);
            Page<TraffickingCase> page;
            do {
                page = backend.cases().query(kalbar, request);
                seen.addAll(page.items());
                request = request.next(page);
            } while (page.hasNext());

            assertThat(seen).hasSize(7).doesNotHaveDuplicates()
                    .isSortedAccordingTo(java.util.Comparator.comparing(TraffickingCase::reportedOn)
                            .thenComparing(c -> c.id().toString()));
            assertThat(backend.cases().count(kalbar)).isEqualTo(7);
            assertThat(backend.cases().count(CaseQuery.all())).isEqualTo(8);
        }

        @Test
        void duplicateVictimsAndNikLookUpsRunOnTheHashedIdentitiesOfTheCurrentVersions() {
            TraffickingCase may = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            TraffickingCase april = Fixtures.scamCase("LP/B/2/2025", Fixtures.SAMBAS, LocalDate.of(2025, 4, 1));
            TraffickingCase named = withVictims(Fixtures.scamCase("LP/B/3/2025", Fixtures.SAMBAS, LocalDate.of(2025, 3, 1)),
                    bornOn(may.victims().get(1), "Siti Aminah"), bornOn(may.victims().get(1), "Rina"));
            TraffickingCase spelledOtherwise = withVictims(Fixtures.scamCase("LP/B/4/2025", Fixtures.KALBAR, LocalDate.of(2025, 2, 1)),
                    bornOn(may.victims().get(1), "SITI  Âminah"), bornOn(may.victims().get(1), "siti aminah"));
            for (TraffickingCase c : List.of(may, april, named, spelledOtherwise)) {
                backend.cases().insert(c);
            }

            assertThat(backend.cases().withVictimNik(Nik.of("6171014501990001"))).containsExactly(april, may);
            assertThat(backend.cases().duplicateVictims()).containsExactly(
                    new DuplicateVictims(DuplicateReason.SAME_NIK, ImmutableList.of(inCase(may, 0), inCase(april, 0)), 0),
                    new DuplicateVictims(DuplicateReason.SAME_NAME_AND_BIRTH_DATE,
                            ImmutableList.of(inCase(named, 0), inCase(spelledOtherwise, 0), inCase(spelledOtherwise, 1)), 0));

            TraffickingCase withoutNik = withVictims(april.withVersion(2), april.victims().get(0).toBuilder()
                    .personal(PersonalData.named("Siti")).build());
            assertThat(backend.cases().update(withoutNik, 1)).isTrue();
            assertThat(backend.cases().delete(spelledOtherwise.id(), 1)).isTrue();
            assertThat(backend.cases().withVictimNik(Nik.of("6171014501990001"))).containsExactly(may);
            assertThat(backend.cases().duplicateVictims()).isEmpty();
        }

        @Test
        void statisticsGroupInSql() {
            backend.cases().insert(Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1)));
            backend.cases().insert(Fixtures.scamCase("LP/B/2/2024", Fixtures.SAMBAS, LocalDate.of(2024, 5, 1)));

            Statistics byType = backend.cases().statistics(CaseQuery.all(), Dimension.EXPLOITATION_TYPE, Dimension.YEAR);
            assertThat(byType.rows()).containsExactly(
                    byTypeAndYear("FORCED_LABOUR", "2024", 1, 1), byTypeAndYear("FORCED_LABOUR", "2025", 1, 1),
                    byTypeAndYear("FORCED_CRIMINALITY_ONLINE_SCAM", "2024", 1, 2),
                    byTypeAndYear("FORCED_CRIMINALITY_ONLINE_SCAM", "2025", 1, 2));
            Statistics byRegency = backend.cases().statistics(CaseQuery.all().withChildVictim(true), Dimension.REGENCY, null);
            assertThat(byRegency.rows()).containsExactly(
                    new Statistics.Row(StatisticsKey.of(Dimension.REGENCY, Fixtures.SAMBAS), null, 1, 2),
                    new Statistics.Row(StatisticsKey.of(Dimension.REGENCY, Fixtures.PONTIANAK), null, 1, 2));
        }

        private static Statistics.Row byTypeAndYear(String type, String year, long cases, long victims) {
            return new Statistics.Row(StatisticsKey.parse(Dimension.EXPLOITATION_TYPE, type),
                    StatisticsKey.parse(Dimension.YEAR, year), cases, victims);
        }

        private static TraffickingCase withVictims(TraffickingCase c, Victim... victims) {
            return new TraffickingCase(c.id(), c.version(), c.number(), c.registeredIn(), c.reportedOn(), c.status(),
                    c.closingReason(), ImmutableList.copyOf(victims), c.suspects(), c.route(), c.statusHistory());
        }

        private static Victim bornOn(Victim template, String name) {
            return template.toBuilder().id(VictimId.random()).personal(PersonalData.named(name))
                    .birthDate(LocalDate.of(1999, 5, 1)).build();
        }

        private static VictimInCase inCase(TraffickingCase c, int victim) {
            return new VictimInCase(c.id(), c.number(), c.registeredIn(), c.victims().get(victim).id());
        }

        private long rows(String table) {
            return sql().fetchCount(DSL.table(DSL.unquotedName(table)));
        }

        private DSLContext sql() {
            return DSL.using(database.dataSource(), database.dialect());
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
