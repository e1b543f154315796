package id.gugus.store;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.audit.AuditAction;
import id.gugus.cases.CaseCursor;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseValidator;
import id.gugus.cases.Dimension;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.Nik;
import id.gugus.cases.Referral;
import id.gugus.cases.Route;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsTally;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimInCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.error.DuplicateException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Permission;
import id.gugus.spi.CaseStorage;
import id.gugus.spi.StorageBackend;
import id.gugus.validation.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Trafficking cases as stored. Every save validates with {@link CaseValidator} (the case on the
 * store's "today", and the change from the stored copy), checks that every area and agency it
 * names exists, and keeps case numbers unique. Queries, counts and statistics run in the store.
 */
public final class CaseRepository {
    static final String ENTITY = "Case";

    /** Cases are read with {@code READ_CASES}, written with {@code WRITE_CASES} (and the personal-data permission: a case holds it), scoped by the area that registered them. */
    static final AggregateKind<TraffickingCase> KIND = new AggregateKind<>(ENTITY, Permission.READ_CASES,
            ImmutableSet.of(Permission.WRITE_CASES, Permission.READ_PERSONAL_DATA), (c, backend) -> c.registeredIn(),
            new AggregateKind.PersonalDataOf<>(TraffickingCase::holdsPersonalData, TraffickingCase::withoutPersonalData));

    private final StorageBackend backend;
    private final Clock clock;
    private final AccessDecision access;
    private final Disclosure disclosure;
    private final VersionedWriter writer;

    CaseRepository(StorageBackend backend, Clock clock, AccessDecision access, Disclosure disclosure, VersionedWriter writer) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = Objects.requireNonNull(access, "access");
        this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /**
     * Inserts a new case (version 0) or replaces the stored one carrying the same version.
     *
     * @return the stored copy with its new version, and the warnings of the validation (for
     *     example {@code CASE-ELEMENTS}: a victim's legal elements are incomplete, so the case
     *     cannot go to prosecution yet)
     * @throws id.gugus.error.ValidationException if a rule is broken (warnings do not block)
     * @throws id.gugus.error.ReferenceException if an area or agency it names does not exist
     * @throws DuplicateException if another case has its number
     * @throws id.gugus.error.ConflictException if the copy is stale
     */
    public Saved<TraffickingCase> save(TraffickingCase trafficking) {
        return writer.save(KIND, storage(), trafficking, this::checks);
    }

    /**
     * Saves every case of the list, in its order, all or nothing: for an import of many cases.
     * Every case is validated before anything is written; if any breaks a rule, nothing is
     * stored and one {@link id.gugus.error.ValidationException} names every violation of every
     * invalid case, its path under the case's index in the list ({@code [3].victims[0].personal.nik}).
     * Then the cases are saved as {@link #save} saves one (references, unique numbers, versions,
     * audit entries), in one unit of work: the first failure rolls back the whole batch.
     *
     * @return each case's {@link Saved}, in the order of {@code cases}
     * @throws id.gugus.error.ValidationException naming each invalid case by its index
     * @throws id.gugus.error.ReferenceException if an area or agency a case names does not exist
     * @throws DuplicateException if two cases share a number, or one takes a stored case's
     * @throws id.gugus.error.ConflictException if a copy is stale
     */
    public ImmutableList<Saved<TraffickingCase>> saveAll(List<TraffickingCase> cases) {
        return writer.saveAll(KIND, storage(), cases, this::rules, this::checks);
    }

    /** The rules of the case on the store's "today", and of the change from the stored copy. */
    private Violations rules(Optional<TraffickingCase> stored, TraffickingCase c) {
        Violations violations = CaseValidator.validate(c, LocalDate.now(clock));
        if (stored.isPresent()) {
            violations = violations.and(CaseValidator.validateChange(stored.get(), c));
        }
        return violations;
    }

    private Violations checks(Optional<TraffickingCase> stored, TraffickingCase c) {
        Violations violations = rules(stored, c);
        VersionedWriter.requireValid(ENTITY, c.id(), violations);
        checkReferences(c);
        // A number another case holds is the back-end's DuplicateException from the write:
        // the SPI requires it to enforce the key itself, so no read is spent on it (issue #11).
        return violations;
    }

    private void checkReferences(TraffickingCase c) {
        ReferenceCheck refs = new ReferenceCheck(backend, ENTITY, c.id());
        refs.jurisdiction("registeredIn", c.registeredIn());
        for (int i = 0; i < c.victims().size(); i++) {
            Victim v = c.victims().get(i);
            String path = "victims[" + i + "]";
            refs.jurisdiction(path + ".origin", v.origin());
            for (int j = 0; j < v.services().size(); j++) {
                refs.agency(path + ".services[" + j + "].provider", v.services().get(j).provider());
            }
            for (int j = 0; j < v.referrals().size(); j++) {
                Referral r = v.referrals().get(j);
                refs.agency(path + ".referrals[" + j + "].from", r.from());
                refs.agency(path + ".referrals[" + j + "].to", r.to());
            }
            if (v.traffickingStatus() != null && v.traffickingStatus().decidedBy() != null) {
                refs.agency(path + ".traffickingStatus.decidedBy", v.traffickingStatus().decidedBy());
            }
        }
        Route route = c.route();
        if (route.recruitment() != null) {
            refs.jurisdiction("route.recruitment", route.recruitment().jurisdiction());
        }
        for (int i = 0; i < route.transit().size(); i++) {
            refs.jurisdiction("route.transit[" + i + "]", route.transit().get(i).jurisdiction());
        }
        if (route.exploitation() != null) {
            refs.jurisdiction("route.exploitation", route.exploitation().jurisdiction());
        }
    }

    /** The case, as the actor may see it (redacted without the personal-data permission). */
    public Optional<TraffickingCase> find(CaseId id) {
        return disclosure.find(KIND, storage(), id);
    }

    public TraffickingCase get(CaseId id) {
        return disclosure.get(KIND, storage(), id);
    }

    public Optional<TraffickingCase> findByNumber(CaseNumber number) {
        Objects.requireNonNull(number, "number");
        access.requireRead(KIND, number);
        return disclosure.disclose(KIND, storage().findByNumber(number), number);
    }

    public void delete(CaseId id, long version) {
        writer.delete(KIND, storage(), id, version);
    }

    /**
     * One page of the cases matching {@code query}, in its {@link CaseQuery#order() order} (report
     * date, then id: oldest first, or newest first with {@link CaseQuery#newestFirst()}), after the
     * cursor of the previous page. Keyset pagination: cases inserted or deleted between pages
     * neither repeat nor skip the others. {@link #stream} walks every page for you.
     *
     * @throws id.gugus.error.ValidationException {@code PAGE-CURSOR} if the cursor was not made by a case query
     */
    public Page<TraffickingCase> query(CaseQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        // Access first: an actor who may not read cases is refused, and audited, whatever it sends.
        access.requireRead(KIND, null);
        if (page.after() != null) {
            CaseCursor.decode(page.after());
        }
        if (!access.overlapsScope(query.within())) {
            return new Page<>(ImmutableList.of(), null);
        }
        // An actor who gets redacted copies gets them from a read of no personal data at all.
        Page<TraffickingCase> found = disclosure.seesPersonalData()
                ? storage().query(scoped(query), page) : storage().queryWithoutPersonalData(scoped(query), page);
        return new Page<>(disclosure.discloseAll(KIND, found.items()), found.nextCursor());
    }

    /**
     * Every case matching {@code query}, in its order, as a stream that reads the cases a page of
     * 100 at a time as it is consumed: {@link #query} without the cursor loop.
     *
     * <pre>{@code
     * store.cases().stream(CaseQuery.all().within(kalbar).newestFirst())
     *         .limit(20)
     *         .forEach(c -> show(c));
     * }</pre>
     *
     * <p>The access rules are those of {@link #query}: an actor who may not read cases is refused
     * here, at once, not when the stream is first used; every page is narrowed to the actor's
     * scope and redacted, or its reading of personal data audited, when the stream reaches it. A
     * page is read whole, so a stream cut short inside a page (by {@code limit}, {@code findFirst})
     * has still read, and audited, that page: choose the page size with {@link #stream(CaseQuery,
     * PageRequest)}. Nothing stays open between pages (no connection, no lock), so the stream
     * needs no closing; it is no snapshot: cases inserted or deleted while it runs neither repeat
     * nor skip the others, as with pages.
     */
    public Stream<TraffickingCase> stream(CaseQuery query) {
        return stream(query, PageRequest.first(PageStream.PAGE_SIZE));
    }

    /**
     * {@link #stream(CaseQuery)} in pages of {@code from.size()}, starting after {@code from}'s
     * cursor if it has one (to go on from a page read before).
     *
     * @throws id.gugus.error.ValidationException {@code PAGE-CURSOR} if the cursor was not made by a case query
     */
    public Stream<TraffickingCase> stream(CaseQuery query, PageRequest from) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(from, "from");
        // Refused now, not when the stream is first used.
        access.requireRead(KIND, null);
        if (from.after() != null) {
            CaseCursor.decode(from.after());
        }
        return PageStream.of(from, page -> query(query, page));
    }

    /**
     * {@link #query}, with every case redacted whatever the actor's permissions: no name, NIK,
     * contact or address is handed out, so nothing is recorded as a read of personal data. For
     * work that counts cases and needs no person's identity (reports, statistics, anonymised
     * exports): an actor who may read personal data should not leave an audit trail claiming it
     * read every victim of the province to make a table. Access and scope are as for {@link #query}.
     *
     * @throws id.gugus.error.ValidationException {@code PAGE-CURSOR} if the cursor was not made by a case query
     */
    public Page<TraffickingCase> queryRedacted(CaseQuery query, PageRequest page) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(page, "page");
        access.requireRead(KIND, null);
        if (page.after() != null) {
            CaseCursor.decode(page.after());
        }
        if (!access.overlapsScope(query.within())) {
            return new Page<>(ImmutableList.of(), null);
        }
        Page<TraffickingCase> found = storage().queryWithoutPersonalData(scoped(query), page);
        return new Page<>(disclosure.discloseAllRedacted(KIND, found.items()), found.nextCursor());
    }

    /** {@link #stream(CaseQuery)} of {@link #queryRedacted redacted} cases: nothing recorded as a read of personal data. */
    public Stream<TraffickingCase> streamRedacted(CaseQuery query) {
        Objects.requireNonNull(query, "query");
        access.requireRead(KIND, null);
        return PageStream.of(PageRequest.first(PageStream.PAGE_SIZE), page -> queryRedacted(query, page));
    }

    /** The query narrowed to the actor's scope; call only when the two overlap. */
    private CaseQuery scoped(CaseQuery query) {
        JurisdictionCode area = access.visiblePartOf(query.within());
        return area == null || area.equals(query.within()) ? query : query.within(area);
    }

    /** How many cases match, counted only inside the actor's scope. */
    public long count(CaseQuery query) {
        Objects.requireNonNull(query, "query");
        requireStatistics();
        if (!access.overlapsScope(query.within())) {
            return 0;
        }
        return storage().count(scoped(query));
    }

    /**
     * Cases and victims matching {@code query}, grouped by {@code first} and, unless null,
     * {@code second}; counted by the store (see {@link StatisticsTally} for keys and counting)
     * and returned in the order {@link StatisticsTally#rowOrder} defines.
     */
    public Statistics statistics(CaseQuery query, Dimension first, Dimension second) {
        Objects.requireNonNull(query, "query");
        StatisticsTally.checkDimensions(first, second);
        requireStatistics();
        if (!access.overlapsScope(query.within())) {
            return new Statistics(first, second, ImmutableList.of());
        }
        Statistics counted = storage().statistics(scoped(query), first, second);
        return StatisticsTally.sorted(new Statistics(first, second, counted.rows()));
    }

    /** {@link #statistics(CaseQuery, Dimension, Dimension)} by one dimension. */
    public Statistics statistics(CaseQuery query, Dimension by) {
        return statistics(query, by, null);
    }

    private void requireStatistics() {
        access.require(Permission.READ_STATISTICS, Attempt.to(AuditAction.READ, ENTITY));
    }

    /**
     * Victims recorded in more than one case who look like one person: the same NIK, or the same
     * name and birth date. Needs the personal-data permission (the report is derived from it).
     *
     * <p>The report is made from the cases inside the actor's scope only: a group is two or more
     * of those cases, and nothing says whether a victim is also recorded outside (no count, no
     * other answer, and the store does not even read the cases outside). Otherwise a case worker
     * could register a probe case with any NIK and learn whether that person is a victim
     * anywhere in the country. Reporting across scopes is for actors with national scope. Each
     * case it names is audited as a read of personal data.
     */
    public ImmutableList<DuplicateVictims> duplicateVictims() {
        access.require(Permission.READ_PERSONAL_DATA, Attempt.to(AuditAction.READ_PERSONAL_DATA, ENTITY));
        JurisdictionCode scope = access.actor().scope();
        List<DuplicateVictims> groups = storage().duplicateVictims(scope);
        ImmutableList.Builder<DuplicateVictims> visible = ImmutableList.builder();
        Map<CaseId, JurisdictionCode> named = new LinkedHashMap<>();
        for (DuplicateVictims group : groups) {
            // A back-end that answered beyond the scope still shows nothing of it.
            List<VictimInCase> mine = group.victims().stream().filter(v -> access.inScope(v.registeredIn())).toList();
            if (mine.stream().map(VictimInCase::caseId).distinct().count() > 1) {
                visible.add(new DuplicateVictims(group.reason(), ImmutableList.copyOf(mine), 0));
                mine.forEach(v -> named.put(v.caseId(), v.registeredIn()));
            }
        }
        ImmutableList<DuplicateVictims> report = visible.build();
        disclosure.recordPersonalDataReads(ENTITY, named);
        return report;
    }

    /**
     * The cases, inside the actor's scope, with a victim holding this NIK: how a case worker
     * checks whether a person is already known. Needs the personal-data permission (a NIK is
     * personal data); each case returned is audited as a read of personal data. Cases outside the
     * scope are not even read: the answer, and the time it takes, are the same whether or not the
     * NIK is recorded elsewhere.
     */
    public ImmutableList<TraffickingCase> withVictimNik(Nik nik) {
        Objects.requireNonNull(nik, "nik");
        access.requireRead(KIND, null);
        access.require(Permission.READ_PERSONAL_DATA, Attempt.to(AuditAction.READ_PERSONAL_DATA, ENTITY));
        JurisdictionCode scope = access.actor().scope();
        return disclosure.discloseAll(KIND, storage().withVictimNik(nik, scope));
    }

    private CaseStorage storage() {
        return backend.cases();
    }
}
