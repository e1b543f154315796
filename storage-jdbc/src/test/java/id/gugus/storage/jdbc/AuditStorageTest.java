package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.gugus.agency.Agency;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.audit.AuditQuery;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.error.AccessDeniedException;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.store.GugusStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The audit log in {@code audit_entry}: numbered in the order of appending, kept or rolled back
 * with the unit of work, instants to the nanosecond, and every {@link AuditQuery} answered in SQL
 * with {@link AuditQuery#matches} as its meaning, page by page.
 */
class AuditStorageTest {
    static final Instant T0 = Instant.parse("2026-03-15T01:02:03.123456789Z");
    static final List<JurisdictionCode> AREAS = List.of(JurisdictionCode.NATIONAL, JurisdictionCode.of("61"),
            JurisdictionCode.of("61.71"), JurisdictionCode.of("61.01"), JurisdictionCode.of("34.04"), JurisdictionCode.of("61.71.01"));

    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void entriesComeBackInAppendOrderWithIncreasingNumbersAndExactInstants() {
            List<AuditEntry> appended = List.of(
                    AuditEntry.allowed(T0, "dp3a-kalbar/siti", AuditAction.CREATE, "Case", "c-1", 1, JurisdictionCode.of("61.71")),
                    AuditEntry.denied(T0.plusNanos(1), "polres-sambas", AuditAction.READ, "Case", null, 0,
                            JurisdictionCode.of("61.01"), "ACCESS-SCOPE"),
                    AuditEntry.allowed(T0.minusSeconds(3600), "system", AuditAction.IMPORT, "Jurisdiction", null, 0,
                            JurisdictionCode.NATIONAL));
            backend.audit().append(appended.subList(0, 2));
            backend.audit().append(appended.subList(2, 3));

            List<AuditEntry> read = backend.audit().query(AuditQuery.all(), PageRequest.first(10)).items();
            assertThat(read).extracting(AuditEntry::sequence).isSorted().doesNotHaveDuplicates().allMatch(s -> s > 0);
            assertThat(read).extracting(e -> e.withSequence(0)).containsExactlyElementsOf(appended);
        }

        @Test
        void anEntryIsKeptIfAndOnlyIfItsUnitOfWorkCommits() {
            Agency agency = Fixtures.agency("Polda Kalbar", Fixtures.KALBAR);
            catchThrowable(() -> backend.inUnitOfWork(() -> {
                backend.agencies().insert(agency);
                backend.audit().append(List.of(entry("a", "Agency", agency.id(), JurisdictionCode.of("61"), T0)));
                throw new IllegalStateException("roll back");
            }));
            assertThat(backend.audit().query(AuditQuery.all(), PageRequest.first(10)).items()).isEmpty();

            backend.inUnitOfWork(() -> {
                backend.audit().append(List.of(entry("a", "Agency", agency.id(), JurisdictionCode.of("61"), T0)));
                assertThat(java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> backend.audit().query(AuditQuery.all(), PageRequest.first(10)).items()).join())
                        .as("not visible to others before commit").isEmpty();
                return null;
            });
            assertThat(backend.audit().query(AuditQuery.all(), PageRequest.first(10)).items()).hasSize(1);
        }

        @Test
        void everyQueryMeansWhatAuditQueryMatchesSaysPageByPage() {
            List<AuditEntry> all = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                // Instants one nanosecond, one microsecond or a second apart, so time ranges cut inside a microsecond.
                Instant at = T0.plusSeconds(i / 12).plusNanos(i % 3 == 0 ? i % 12 : 1000L * (i % 12));
                all.add(entry("actor-" + i % 4, i % 5 == 0 ? "Meeting" : "Case", i % 7 == 0 ? null : "id-" + i % 6,
                        AREAS.get(i % AREAS.size()), at));
            }
            backend.audit().append(all);
            List<AuditEntry> stored = readAll(AuditQuery.all(), 1000);
            assertThat(stored).extracting(e -> e.withSequence(0)).containsExactlyElementsOf(all);

            List<AuditQuery> queries = List.of(AuditQuery.all(), AuditQuery.all().byActor("actor-1"),
                    AuditQuery.all().forType("Meeting"), AuditQuery.all().forAggregate("Case", "id-3"),
                    AuditQuery.all().between(T0.plusNanos(3), T0.plusNanos(6)),
                    AuditQuery.all().between(T0.plusNanos(1000), T0.plusSeconds(2).plusNanos(1)),
                    AuditQuery.all().between(T0, T0), AuditQuery.all().within(JurisdictionCode.of("61")),
                    AuditQuery.all().within(JurisdictionCode.of("61.71")), AuditQuery.all().within(JurisdictionCode.NATIONAL),
                    AuditQuery.all().within(JurisdictionCode.of("34")),
                    AuditQuery.all().byActor("actor-2").within(JurisdictionCode.of("61")).between(T0, T0.plusSeconds(3)),
                    new AuditQuery(null, null, null, T0.plusSeconds(4), null, null),
                    new AuditQuery(null, null, null, null, T0.plusNanos(2000), null));
            for (AuditQuery query : queries) {
                List<AuditEntry> expected = stored.stream().filter(query::matches).toList();
                assertThat(readAll(query, 7)).as("%s", query).containsExactlyElementsOf(expected);
            }
        }

        @Test
        void aCursorThatIsNoSequenceNumberIsBadInputNotAStorageFailure() {
            assertThatThrownBy(() -> backend.audit().query(AuditQuery.all(), new PageRequest(10, "abc")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("[PAGE-CURSOR]");
        }

        @Test
        void aStoreOnTheBackendAuditsItsChangesAndItsRefusalsInTheTable() {
            GugusStore store = GugusStore.on(backend, Clock.fixed(T0, ZoneOffset.UTC));
            store.jurisdictions().importAll(List.of(Jurisdiction.of("61", "Kalimantan Barat"), Jurisdiction.of("61.71", "Kota Pontianak")));
            Agency agency = store.agencies().save(Agency.create("Polresta Pontianak", id.gugus.agency.AgencyType.POLICE,
                    JurisdictionCode.of("61.71")));
            Actor viewer = Actor.of("viewer-1", JurisdictionCode.of("61"), Role.VIEWER);
            assertThatThrownBy(() -> store.as(viewer).agencies().save(Agency.create("Dinas Sosial",
                    id.gugus.agency.AgencyType.POLICE, Fixtures.KALBAR)))
                    .isInstanceOf(AccessDeniedException.class);

            List<AuditEntry> log = readAll(AuditQuery.all(), 100);
            assertThat(log).extracting(AuditEntry::action, AuditEntry::aggregateType, AuditEntry::outcome).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(AuditAction.IMPORT, "Jurisdiction", AuditOutcome.ALLOWED),
                    org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "Agency", AuditOutcome.ALLOWED),
                    org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "Agency", AuditOutcome.DENIED));
            assertThat(log.get(1).aggregateId()).isEqualTo(agency.id().toString());
            assertThat(log.get(2).actorId()).isEqualTo("viewer-1");
        }

        private List<AuditEntry> readAll(AuditQuery query, int pageSize) {
            List<AuditEntry> read = new ArrayList<>();
            PageRequest request = PageRequest.first(pageSize);
            Page<AuditEntry> page;
            do {
                page = backend.audit().query(query, request);
                read.addAll(page.items());
                request = request.next(page);
            } while (page.hasNext());
            return read;
        }
    }

    static AuditEntry entry(String actor, String type, Object id, JurisdictionCode area, Instant at) {
        return AuditEntry.allowed(at, actor, AuditAction.UPDATE, type, id, 2, area);
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
