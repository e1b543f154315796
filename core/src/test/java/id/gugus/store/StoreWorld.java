package id.gugus.store;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.audit.AuditEntry;
import id.gugus.cases.Act;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.Means;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.common.Aggregate;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.spi.AggregateStorage;
import id.gugus.spi.ForwardingStorageBackend;
import id.gugus.spi.StorageBackend;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.RequiredOffices;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceLevel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A store on a {@link FakeBackend} with the bundled area tree, a fixed clock, the actors of
 * docs/privacy-and-security.md and small valid aggregates, for the tests of the store machinery. Set-up runs as
 * the system; {@link #since} gives the audit entries a test's own calls appended.
 */
final class StoreWorld {
    static final JurisdictionCode KALBAR = JurisdictionCode.of("61");
    static final JurisdictionCode SAMBAS = JurisdictionCode.of("61.01");
    static final JurisdictionCode SINGKAWANG = JurisdictionCode.of("61.72");
    static final JurisdictionCode KALTENG = JurisdictionCode.of("62");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    /** A woman born 14 March 1998, NIK first issued in Sambas (61.01.01): day 14 + 40 = 54. */
    static final Nik SITI_NIK = Nik.of("6101015403980001");
    static final PersonalData SITI = PersonalData.of("Siti Rahmawati", SITI_NIK, "+62 812 5555 0101", "Jl. Gusti Hamzah 1");

    final FakeBackend backend = new FakeBackend();
    final GugusStore store = GugusStore.on(backend,
            Clock.fixed(Instant.parse("2026-03-15T02:00:00Z"), ZoneOffset.ofHours(7)));

    /** The areas the tests name, as the bundled tree has them: enough for every reference they make. */
    StoreWorld() {
        JurisdictionDirectory bundled = JurisdictionDirectory.bundled();
        store.jurisdictions().importAll(Stream.of("61", "61.01", "61.01.01", "61.72", "61.72.01", "62", "62.01")
                .map(code -> bundled.find(JurisdictionCode.of(code)).orElseThrow()).toList());
    }

    static Actor caseWorker(JurisdictionCode scope) {
        return Actor.of("dp3a-" + scope.value() + "/case-worker", scope, Role.CASE_WORKER);
    }

    static Actor coordinator(JurisdictionCode scope) {
        return Actor.of("dp3a-" + scope.value() + "/coordinator", scope, Role.COORDINATOR);
    }

    static Actor administrator(JurisdictionCode scope) {
        return Actor.of("diskominfo-" + scope.value() + "/admin", scope, Role.ADMINISTRATOR);
    }

    static Actor viewer(JurisdictionCode scope) {
        return Actor.of("bappeda-" + scope.value() + "/statistics", scope, Role.VIEWER);
    }

    GugusStore as(Actor actor) {
        return store.as(actor);
    }

    /** How many audit entries are stored now: a mark for {@link #since}. */
    int mark() {
        return backend.auditEntries().size();
    }

    /** The audit entries stored after {@code mark}. */
    List<AuditEntry> since(int mark) {
        List<AuditEntry> all = backend.auditEntries();
        return all.subList(mark, all.size());
    }

    /** A new case registered in {@code area}, with one adult victim from Sambas whose personal data is {@code personal}. */
    static TraffickingCase newCase(String number, JurisdictionCode area, PersonalData personal) {
        Victim victim = Victim.builder()
                .personal(personal)
                .female()
                .birthDate(LocalDate.of(1998, 3, 14))
                .origin(JurisdictionCode.of("61.01.01"))
                .traffickedOn(LocalDate.of(2025, 11, 2))
                .acts(Act.RECRUITMENT)
                .means(Means.FRAUD_OR_DECEPTION)
                .purposes(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM)
                .build();
        return TraffickingCase.register(CaseNumber.of(number), area, LocalDate.of(2026, 1, 10)).withVictim(victim);
    }

    /** A case stored by the system in {@code area}, with Siti's personal data. */
    TraffickingCase storedCase(String number, JurisdictionCode area) {
        return store.cases().save(newCase(number, area, SITI)).stored();
    }

    /** A task force of {@code area} with the offices the law requires, its decree signed in 2024. */
    static TaskForce lawfulTaskForce(JurisdictionCode area, TaskForce parent) {
        TaskForceLevel level = TaskForceLevel.forArea(area);
        return TaskForce.propose("Gugus Tugas PP-TPPO " + area, area, official(RequiredOffices.chair(level)),
                        official(RequiredOffices.dailyChair(level)), parent == null ? null : parent.id())
                .draftDecree("SK/" + area + "/2024")
                .establish(LocalDate.of(2024, 2, 1), official(RequiredOffices.decreeSignatory(level)));
    }

    private static Official official(Set<Position> offices) {
        Position position = offices.iterator().next();
        return Official.of(position, "Pejabat " + position.name().toLowerCase(Locale.ROOT));
    }

    Agency storedAgency(String name, JurisdictionCode area) {
        return store.agencies().save(Agency.create(name, AgencyType.WOMEN_AND_CHILD_PROTECTION, area));
    }

    /** This world's back-end with the storage primitives of cases wrapped by {@code wrapper}, every other storage as it is. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    StorageBackend withCasePrimitives(UnaryOperator<AggregateStorage<CaseId, TraffickingCase>> wrapper) {
        return new ForwardingStorageBackend() {
            @Override
            protected StorageBackend delegate() {
                return backend;
            }

            @Override
            protected <I, A extends Aggregate<I, A>> AggregateStorage<I, A> aggregatePrimitives(
                    Class<A> type, AggregateStorage<I, A> primitives) {
                return type == TraffickingCase.class ? (AggregateStorage) wrapper.apply((AggregateStorage) primitives) : primitives;
            }
        };
    }
}
