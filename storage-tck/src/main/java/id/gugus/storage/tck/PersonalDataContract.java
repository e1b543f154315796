package id.gugus.storage.tck;

import static id.gugus.audit.AuditAction.CREATE;
import static id.gugus.audit.AuditAction.READ;
import static id.gugus.audit.AuditAction.READ_PERSONAL_DATA;
import static id.gugus.security.AccessRule.PERMISSION;
import static id.gugus.storage.tck.TckActors.ADMINISTRATOR_KALBAR;
import static id.gugus.storage.tck.TckActors.ADMINISTRATOR_NATIONAL;
import static id.gugus.storage.tck.TckActors.CASE_WORKER_KALBAR;
import static id.gugus.storage.tck.TckActors.CASE_WORKER_NATIONAL;
import static id.gugus.storage.tck.TckActors.CASE_WORKER_NTT;
import static id.gugus.storage.tck.TckActors.CASE_WORKER_PONTIANAK;
import static id.gugus.storage.tck.TckActors.COORDINATOR_KALBAR;
import static id.gugus.storage.tck.TckActors.VIEWER_KALBAR;
import static id.gugus.storage.tck.TckFixtures.KOTA_KUPANG;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.SAMBAS;
import static id.gugus.storage.tck.TckPeople.assertNoPersonalData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Contact;
import id.gugus.cases.ContactType;
import id.gugus.cases.DocumentType;
import id.gugus.cases.DuplicateReason;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.IdentityDocument;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Sex;
import id.gugus.cases.Suspect;
import id.gugus.cases.SuspectId;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimInCase;
import id.gugus.common.CountryCode;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.error.AccessDeniedException;
import id.gugus.error.GugusException;
import id.gugus.error.ValidationException;
import id.gugus.json.GugusJson;
import id.gugus.security.Actor;
import id.gugus.store.GugusStore;
import id.gugus.validation.Violation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Personal data (docs/privacy-and-security.md, issue #6): names, NIK, contact and address are seen only with
 * {@code READ_PERSONAL_DATA}, and every case holding them handed to such an actor is audited, one
 * entry per case; everyone else gets redacted copies or nothing. The duplicate-victim report and
 * the NIK search need the permission, are made of the cases in scope only, and are audited. No {@code toString}, message or
 * stack trace shows any of it.
 *
 * <pre>
 * case      registered  victims (personal data)                                   suspect
 * nikCity   61.71       the person: name, NIK, contact, address                   named, NIK
 * nikCity2  61.71       the person again: the same NIK, a shorter name            named, NIK
 * nameSambas 61.01      the person again: no NIK, the name written differently    named, NIK
 * nikKupang 53.71       the person again: the same NIK, no name                   named, NIK
 * twins     61.71       two records of someone else (same name and birth date)    named, NIK
 * namesake  61.01       someone else: the person's name, born a year later        named, NIK
 * anonymous 61.71       a victim without personal data                            none
 * </pre>
 */
@Tag(TckTags.STORE_RULE)
@Tag(TckTags.PERSONAL_DATA)
public abstract class PersonalDataContract extends SecurityContract {
    protected TckWorld world;
    protected TraffickingCase nikCity;
    protected TraffickingCase nikCity2;
    protected TraffickingCase nameSambas;
    protected TraffickingCase nikKupang;
    protected TraffickingCase twins;
    protected TraffickingCase namesake;
    protected TraffickingCase anonymous;

    @BeforeEach
    public void seed() {
        world = seedWorld();
        nikCity = store.cases().save(TckPeople.caseWith("LP/PD/1/V/2024/POLRESTA PONTIANAK", KOTA_PONTIANAK,
                TckPeople.victim())).stored();
        nikCity2 = store.cases().save(TckPeople.caseWith("LP/PD/2/V/2024/POLRESTA PONTIANAK", KOTA_PONTIANAK,
                TckPeople.sameNik())).stored();
        nameSambas = store.cases().save(TckPeople.caseWith("LP/PD/3/V/2024/POLRES SAMBAS", SAMBAS,
                TckPeople.sameNameAndBirthDate())).stored();
        Victim nikOnly = TckFixtures.anotherLike(TckPeople.victim()).toBuilder()
                .personal(PersonalData.of(null, Nik.of(TckPeople.VICTIM_NIK), null, null)).build();
        nikKupang = store.cases().save(TckPeople.caseWith("LP/PD/4/V/2024/POLRESTA KUPANG KOTA", KOTA_KUPANG, nikOnly))
                .stored();
        Victim kartika = TckPeople.someoneElse("Kartika Dewi Anggraini");
        twins = store.cases().save(TckPeople.caseWith("LP/PD/5/V/2024/POLRESTA PONTIANAK", KOTA_PONTIANAK, kartika,
                TckFixtures.anotherLike(kartika))).stored();
        namesake = store.cases().save(TckPeople.caseWith("LP/PD/6/V/2024/POLRES SAMBAS", SAMBAS,
                TckPeople.someoneElse(TckPeople.VICTIM_NAME))).stored();
        TraffickingCase plain = TckFixtures.simpleCase("LP/PD/7/V/2024/POLRESTA PONTIANAK", LocalDate.of(2024, 5, 10));
        Victim nobody = plain.victims().get(0).toBuilder().personal(PersonalData.NONE).build();
        Suspect unnamed = plain.suspects().get(0);
        anonymous = store.cases().save(TckFixtures.withSuspects(TckFixtures.withVictims(plain, List.of(nobody)),
                List.of(unnamed.withPersonal(PersonalData.NONE)))).stored();
        assertThat(anonymous.holdsPersonalData()).isFalse();
    }

    /** Runs {@code read} and returns what it added to the audit log, asserting it changed nothing else. */
    protected <T> List<AuditEntry> entriesOf(Supplier<T> read) {
        StoreSnapshot before = snapshot();
        read.get();
        StoreSnapshot after = snapshot();
        assertThat(after.data()).isEqualTo(before.data());
        return after.auditSince(before);
    }

    /** Asserts one allowed READ_PERSONAL_DATA entry per case, in order, by {@code actor} now. */
    protected void assertPersonalReads(List<AuditEntry> entries, Actor actor, List<TraffickingCase> cases) {
        assertThat(entries).hasSameSizeAs(cases);
        for (int i = 0; i < cases.size(); i++) {
            TraffickingCase c = cases.get(i);
            assertThat(entries.get(i)).isEqualTo(new AuditEntry(entries.get(i).sequence(), time.instant(), actor.id(),
                    READ_PERSONAL_DATA, "Case", c.id().toString(), c.version(), c.registeredIn(),
                    AuditOutcome.ALLOWED, null));
        }
    }

    // ---- who sees what -----------------------------------------------------------------------

    @Test
    public void aCaseWorkerSeesNamesAndNikAndEachReadIsAudited() {
        GugusStore worker = as(CASE_WORKER_PONTIANAK);
        List<AuditEntry> found = entriesOf(() -> {
            TraffickingCase c = worker.cases().find(nikCity.id()).orElseThrow();
            assertSameContent(c, nikCity);
            assertThat(c.victims().get(0).personal().shownName()).isEqualTo(TckPeople.VICTIM_NAME);
            assertThat(c.victims().get(0).personal().nik().value()).isEqualTo(TckPeople.VICTIM_NIK);
            assertThat(c.suspects().get(0).personal().shownName()).isEqualTo(TckPeople.SUSPECT_NAME);
            return c;
        });
        assertPersonalReads(found, CASE_WORKER_PONTIANAK, List.of(nikCity));
        assertPersonalReads(entriesOf(() -> worker.cases().get(nikCity2.id())), CASE_WORKER_PONTIANAK, List.of(nikCity2));
        List<AuditEntry> byNumber = entriesOf(() -> {
            assertSameContent(worker.cases().findByNumber(nikCity.number()).orElseThrow(), nikCity);
            return null;
        });
        assertPersonalReads(byNumber, CASE_WORKER_PONTIANAK, List.of(nikCity));
        // A case without personal data is read without an entry.
        assertThat(entriesOf(() -> worker.cases().get(anonymous.id()))).isEmpty();
        // A save is audited as the change it is, not as a read.
        TraffickingCase fresh = TckPeople.caseWith("LP/PD/8/V/2024/POLRESTA PONTIANAK", KOTA_PONTIANAK, TckPeople.victim());
        StoreSnapshot before = snapshot();
        TraffickingCase saved = worker.cases().save(fresh).stored();
        assertThat(saved.victims().get(0).personal()).isEqualTo(fresh.victims().get(0).personal());
        assertThat(snapshot().auditSince(before)).extracting(AuditEntry::action).containsExactly(CREATE);
    }

    /** A read happened even if the unit of work it was made in fails: its entry is kept. */
    @Test
    public void aReadInsideAUnitOfWorkThatFailsIsStillAudited() {
        TraffickingCase fresh = TckPeople.caseWith("LP/PD/10/V/2024/POLRESTA PONTIANAK", KOTA_PONTIANAK, TckPeople.victim());
        StoreSnapshot before = snapshot();
        Throwable failure = catchThrowable(() -> as(CASE_WORKER_PONTIANAK).runInUnitOfWork(s -> {
            s.cases().save(fresh);
            s.cases().get(nikCity.id());
            throw new IllegalStateException("the unit fails after the read");
        }));
        assertThat(failure).isInstanceOf(IllegalStateException.class);
        StoreSnapshot after = snapshot();
        assertThat(after.data()).isEqualTo(before.data());
        assertPersonalReads(after.auditSince(before), CASE_WORKER_PONTIANAK, List.of(nikCity));
    }

    @Test
    public void eachQueryPageAuditsOneReadPerCaseWithPersonalData() {
        GugusStore worker = as(CASE_WORKER_PONTIANAK);
        List<TraffickingCase> expected = List.of(nikCity, nikCity2, twins, anonymous).stream()
                .sorted(TckFixtures.QUERY_ORDER).toList();
        List<TraffickingCase> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(2);
        while (true) {
            PageRequest asked = request;
            List<Page<TraffickingCase>> holder = new ArrayList<>();
            List<AuditEntry> entries = entriesOf(() -> holder.add(worker.cases().query(CaseQuery.all(), asked)));
            Page<TraffickingCase> page = holder.get(0);
            assertPersonalReads(entries, CASE_WORKER_PONTIANAK,
                    page.items().stream().filter(TraffickingCase::holdsPersonalData).toList());
            seen.addAll(page.items());
            if (!page.hasNext()) {
                break;
            }
            request = request.next(page);
        }
        assertThat(seen).extracting(TraffickingCase::id).containsExactlyElementsOf(expected.stream().map(TraffickingCase::id).toList());
        for (int i = 0; i < seen.size(); i++) {
            assertSameContent(seen.get(i), expected.get(i));
        }
    }

    /** A stream reads, and audits, whole pages when it reaches them: nothing before it is used, nothing past the page it stops in. */
    @Test
    public void aStreamAuditsTheReadsOfThePagesItReaches() {
        GugusStore worker = as(CASE_WORKER_PONTIANAK);
        List<TraffickingCase> expected = List.of(nikCity, nikCity2, twins, anonymous).stream()
                .sorted(TckFixtures.QUERY_ORDER).toList();
        List<Stream<TraffickingCase>> streams = new ArrayList<>();
        assertThat(entriesOf(() -> streams.add(worker.cases().stream(CaseQuery.all(), PageRequest.first(2))))).isEmpty();
        List<TraffickingCase> first = new ArrayList<>();
        List<AuditEntry> firstPage = entriesOf(() -> first.add(streams.get(0).findFirst().orElseThrow()));
        assertThat(first.get(0).id()).isEqualTo(expected.get(0).id());
        assertPersonalReads(firstPage, CASE_WORKER_PONTIANAK,
                expected.subList(0, 2).stream().filter(TraffickingCase::holdsPersonalData).toList());

        List<TraffickingCase> newest = new ArrayList<>();
        List<AuditEntry> all = entriesOf(() -> newest.addAll(
                worker.cases().stream(CaseQuery.all().newestFirst(), PageRequest.first(3)).toList()));
        List<TraffickingCase> reversed = Lists.reverse(expected);
        assertThat(newest).extracting(TraffickingCase::id).containsExactlyElementsOf(
                reversed.stream().map(TraffickingCase::id).toList());
        assertPersonalReads(all, CASE_WORKER_PONTIANAK, reversed.stream().filter(TraffickingCase::holdsPersonalData).toList());
    }

    @Test
    public void anAdministratorReadsRedactedCopiesAndNoReadIsAudited() {
        GugusStore admin = as(ADMINISTRATOR_KALBAR);
        List<AuditEntry> entries = entriesOf(() -> {
            for (TraffickingCase c : List.of(nikCity, nameSambas, twins)) {
                TraffickingCase seen = admin.cases().get(c.id());
                assertSameContent(seen, c.withoutPersonalData());
                assertThat(seen.holdsPersonalData()).isFalse();
                assertThat(seen.victims()).hasSameSizeAs(c.victims()).allSatisfy(v -> assertThat(v.personal()).isEqualTo(PersonalData.NONE));
                assertSameContent(admin.cases().findByNumber(c.number()).orElseThrow(), c.withoutPersonalData());
            }
            Page<TraffickingCase> page = admin.cases().query(CaseQuery.all(), PageRequest.first(50));
            assertThat(page.items()).hasSize(6).noneMatch(TraffickingCase::holdsPersonalData);
            return page;
        });
        assertThat(entries).as("an administrator's reads of redacted cases").isEmpty();
        // The redacted copy keeps everything that is not personal data.
        TraffickingCase seen = admin.cases().get(nikCity.id());
        assertThat(seen.victims().get(0).birthDate()).isEqualTo(TckPeople.VICTIM_BORN);
        assertThat(seen.number()).isEqualTo(nikCity.number());
        assertThat(seen.version()).isEqualTo(nikCity.version());
    }

    @Test
    public void viewersAndCoordinatorsReadNoCaseAtAll() {
        for (Actor actor : List.of(VIEWER_KALBAR, COORDINATOR_KALBAR)) {
            assertDenied(actor, PERMISSION, READ, "Case", nikCity.id(), s -> s.cases().find(nikCity.id()));
            assertDenied(actor, PERMISSION, READ, "Case", null, s -> s.cases().query(CaseQuery.all(), PageRequest.first(5)));
            assertDenied(actor, PERMISSION, READ, "Case", null, s -> s.cases().withVictimNik(Nik.of(TckPeople.VICTIM_NIK)));
        }
    }

    // ---- NIK search and duplicate victims ---------------------------------------------------------

    @Test
    public void withVictimNikFindsTheCasesInScopeAndAuditsEach() {
        Nik nik = Nik.of(TckPeople.VICTIM_NIK);
        List<TraffickingCase> inCity = List.of(nikCity, nikCity2).stream().sorted(TckFixtures.QUERY_ORDER).toList();
        List<TraffickingCase> everywhere = List.of(nikCity, nikCity2, nikKupang).stream().sorted(TckFixtures.QUERY_ORDER).toList();
        List<ImmutableList<TraffickingCase>> found = new ArrayList<>();
        assertPersonalReads(entriesOf(() -> found.add(as(CASE_WORKER_PONTIANAK).cases().withVictimNik(nik))),
                CASE_WORKER_PONTIANAK, inCity);
        assertThat(found.get(0)).extracting(TraffickingCase::id).containsExactlyElementsOf(inCity.stream().map(TraffickingCase::id).toList());
        assertSameContent(found.get(0).get(0), inCity.get(0));
        assertPersonalReads(entriesOf(() -> found.add(as(CASE_WORKER_NATIONAL).cases().withVictimNik(nik))),
                CASE_WORKER_NATIONAL, everywhere);
        assertThat(found.get(1)).extracting(TraffickingCase::id)
                .containsExactlyElementsOf(everywhere.stream().map(TraffickingCase::id).toList());
        assertThat(entriesOf(() -> as(CASE_WORKER_KALBAR).cases().withVictimNik(Nik.of(TckPeople.SUSPECT_NIK))))
                .as("a suspect's NIK finds no victim").isEmpty();
    }

    // ---- structured personal data (issue #15) -----------------------------------------------------

    @Test
    public void everyStructuredValueRoundTripsForACaseWorkerAndNoneReachesAnAdministrator() {
        PersonalData expected = TckPeople.victim().personal();
        TraffickingCase c = as(CASE_WORKER_PONTIANAK).cases().get(nikCity.id());
        PersonalData read = c.victims().get(0).personal();
        assertThat(read).isEqualTo(expected);
        assertThat(read.name().known()).isEqualTo(TckPeople.VICTIM_ALIAS);
        assertThat(read.contacts()).extracting(Contact::type)
                .containsExactly(ContactType.MOBILE_PHONE, ContactType.EMAIL, ContactType.MESSAGING);
        assertThat(read.contacts().get(0).e164()).contains("+6281347472929");
        assertThat(read.address().area()).isEqualTo(TckPeople.VICTIM_VILLAGE);
        assertThat(read.address().text()).isEqualTo(TckPeople.VICTIM_ADDRESS);
        TraffickingCase redacted = as(ADMINISTRATOR_KALBAR).cases().get(nikCity.id());
        assertThat(redacted.victims().get(0).personal()).isEqualTo(PersonalData.NONE);
        TckPeople.assertNoPersonalData(redacted.toString() + c + read + read.name() + read.contacts() + read.address()
                + GugusJson.write(c), "a case, its parts and its export");
        assertThat(GugusJson.write(c)).doesNotContain(TckPeople.VICTIM_VILLAGE.value());
    }

    @Test
    public void aForeignVictimRegisteredTwiceWithTheSamePassportIsADuplicate() {
        TraffickingCase first = store.cases().save(TckPeople.caseWith("LP/PD/11/V/2024/POLRESTA PONTIANAK", KOTA_PONTIANAK,
                TckPeople.foreignVictim("Sokha", TckPeople.FOREIGN_PASSPORT))).stored();
        TraffickingCase again = store.cases().save(TckPeople.caseWith("LP/PD/12/V/2024/POLRES SAMBAS", SAMBAS,
                TckPeople.foreignVictim("Chenda", TckPeople.FOREIGN_PASSPORT_AS_WRITTEN_ELSEWHERE))).stored();
        // The same number in a passport of another country is another document.
        Victim malaysian = TckPeople.foreignVictim("Pich", TckPeople.FOREIGN_PASSPORT);
        malaysian = malaysian.withPersonal(malaysian.personal().withDocuments(List.of(IdentityDocument.of(DocumentType.PASSPORT,
                TckPeople.FOREIGN_PASSPORT, CountryCode.of("MYS")))));
        TraffickingCase other = store.cases().save(TckPeople.caseWith("LP/PD/13/V/2024/POLRES SAMBAS", SAMBAS, malaysian))
                .stored();

        List<DuplicateVictims> groups = as(CASE_WORKER_NATIONAL).cases().duplicateVictims();

        assertThat(groups).filteredOn(g -> g.reason() == DuplicateReason.SAME_IDENTITY_DOCUMENT).singleElement()
                .satisfies(g -> assertThat(g.victims()).containsExactlyInAnyOrder(at(first), at(again)));
        assertThat(groups).flatExtracting(DuplicateVictims::victims).doesNotContain(at(other));
        assertThat(groups).filteredOn(g -> g.reason() != DuplicateReason.SAME_IDENTITY_DOCUMENT).containsExactlyInAnyOrder(
                new DuplicateVictims(DuplicateReason.SAME_NIK, ImmutableList.of(at(nikCity), at(nikCity2), at(nikKupang)), 0),
                new DuplicateVictims(DuplicateReason.SAME_NAME_AND_BIRTH_DATE,
                        ImmutableList.of(at(nikCity), at(nameSambas)), 0));
    }

    private static VictimInCase at(TraffickingCase c) {
        assertThat(c.victims()).hasSize(1);
        return new VictimInCase(c.id(), c.number(), c.registeredIn(), c.victims().get(0).id());
    }

    @Test
    public void duplicateVictimsFindsTheSameNikAndTheSameNameAndBirthDateAcrossCases() {
        assertThat(as(CASE_WORKER_NATIONAL).cases().duplicateVictims()).containsExactlyInAnyOrder(
                new DuplicateVictims(DuplicateReason.SAME_NIK, ImmutableList.of(at(nikCity), at(nikCity2), at(nikKupang)), 0),
                new DuplicateVictims(DuplicateReason.SAME_NAME_AND_BIRTH_DATE,
                        ImmutableList.of(at(nikCity), at(nameSambas)), 0));
    }

    /** Two records of one person in one case are the case's own business, not a duplicate across cases. */
    @Test
    public void victimsOfOneCaseAreNeverDuplicatesOfEachOther() {
        assertThat(as(CASE_WORKER_NATIONAL).cases().duplicateVictims())
                .flatExtracting(DuplicateVictims::victims).extracting(VictimInCase::caseId)
                .doesNotContain(twins.id(), namesake.id(), anonymous.id());
        TraffickingCase other = store.cases().save(TckPeople.caseWith("LP/PD/9/V/2024/POLRESTA PONTIANAK", KOTA_PONTIANAK,
                TckPeople.someoneElse("KARTIKA  Dewi Anggraini"))).stored();
        assertThat(as(CASE_WORKER_NATIONAL).cases().duplicateVictims())
                .filteredOn(g -> g.victims().stream().anyMatch(v -> v.caseId().equals(twins.id()))).singleElement()
                .satisfies(g -> {
                    assertThat(g.reason()).isEqualTo(DuplicateReason.SAME_NAME_AND_BIRTH_DATE);
                    assertThat(g.victims()).hasSize(3);
                    assertThat(g.visibleCases()).isEqualTo(2);
                    assertThat(g.victims()).extracting(VictimInCase::caseId).contains(other.id());
                });
    }

    /**
     * The report of an actor without national scope is made of the cases inside its scope only:
     * a group is two or more of them, and nothing tells whether the person is recorded outside
     * (issue #16: the count of victims outside let a probe case tell whether a NIK is a victim
     * anywhere in the country).
     */
    @Test
    public void duplicateVictimsLooksOnlyInsideTheScope() {
        assertThat(as(CASE_WORKER_PONTIANAK).cases().duplicateVictims()).containsExactly(
                new DuplicateVictims(DuplicateReason.SAME_NIK, ImmutableList.of(at(nikCity), at(nikCity2)), 0));
        assertThat(as(CASE_WORKER_KALBAR).cases().duplicateVictims()).containsExactlyInAnyOrder(
                new DuplicateVictims(DuplicateReason.SAME_NIK, ImmutableList.of(at(nikCity), at(nikCity2)), 0),
                new DuplicateVictims(DuplicateReason.SAME_NAME_AND_BIRTH_DATE,
                        ImmutableList.of(at(nikCity), at(nameSambas)), 0));
        assertThat(as(CASE_WORKER_NTT).cases().duplicateVictims()).isEmpty();
    }

    @Test
    public void duplicateVictimsAuditsEachCaseItNamesOnce() {
        List<AuditEntry> entries = entriesOf(() -> as(CASE_WORKER_KALBAR).cases().duplicateVictims());
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.outcome()).isEqualTo(AuditOutcome.ALLOWED);
            assertThat(e.action()).isEqualTo(READ_PERSONAL_DATA);
            assertThat(e.actorId()).isEqualTo(CASE_WORKER_KALBAR.id());
            assertThat(e.aggregateType()).isEqualTo("Case");
            assertThat(e.at()).isEqualTo(time.instant());
        });
        assertThat(entries).extracting(AuditEntry::aggregateId, AuditEntry::jurisdiction).containsExactlyInAnyOrder(
                tuple(nikCity.id().toString(), KOTA_PONTIANAK),
                tuple(nikCity2.id().toString(), KOTA_PONTIANAK),
                tuple(nameSambas.id().toString(), SAMBAS));
    }

    @Test
    public void withoutThePersonalDataPermissionNeitherReportIsGiven() {
        for (Actor actor : List.of(VIEWER_KALBAR, COORDINATOR_KALBAR, ADMINISTRATOR_KALBAR, ADMINISTRATOR_NATIONAL)) {
            assertDenied(actor, PERMISSION, READ_PERSONAL_DATA, "Case", null, s -> s.cases().duplicateVictims());
        }
        for (Actor actor : List.of(ADMINISTRATOR_KALBAR, ADMINISTRATOR_NATIONAL)) {
            AccessDeniedException e = assertDenied(actor, PERMISSION, READ_PERSONAL_DATA, "Case", null,
                    s -> s.cases().withVictimNik(Nik.of(TckPeople.VICTIM_NIK)));
            assertThat(e.getMessage()).contains("READ_PERSONAL_DATA");
            assertNoPersonalData(e.getMessage(), "the refusal of a NIK search");
        }
    }

    // ---- no text shows personal data ----------------------------------------------------------------

    @Test
    public void noToStringOfWhatTheStoreHandsOutShowsPersonalData() {
        GugusStore worker = as(CASE_WORKER_NATIONAL);
        List<Object> values = new ArrayList<>();
        TraffickingCase c = worker.cases().get(nikCity.id());
        values.add(c);
        values.addAll(c.victims());
        values.addAll(c.suspects());
        values.add(c.victims().get(0).personal());
        values.add(c.victims().get(0).personal().nik());
        values.add(c.suspects().get(0).personal());
        values.add(worker.cases().query(CaseQuery.all(), PageRequest.first(3)));
        values.add(worker.cases().withVictimNik(Nik.of(TckPeople.VICTIM_NIK)));
        values.add(worker.cases().duplicateVictims());
        values.add(audit());
        values.add(snapshot());
        for (Object value : values) {
            assertNoPersonalData(String.valueOf(value), "toString of " + value.getClass().getSimpleName());
        }
        assertNoPersonalData(GugusJson.write(c), "the default JSON of a case");
    }

    /** Errors about cases full of personal data, from every kind of failure a store reports. */
    protected List<Throwable> errorsAboutPersonalData() {
        GugusStore worker = as(CASE_WORKER_PONTIANAK);
        List<Throwable> errors = new ArrayList<>();
        Victim v = nikCity.victims().get(0);
        // The NIK says a woman born in 1999: a man, or another birth date, breaks its rules.
        errors.add(catchThrowable(() -> worker.cases().save(TckFixtures.withVictims(nikCity,
                List.of(v.toBuilder().sex(Sex.MALE).build())))));
        errors.add(catchThrowable(() -> worker.cases().save(TckFixtures.withVictims(nikCity,
                List.of(v.toBuilder().birthDate(TckPeople.VICTIM_BORN.plusDays(1)).build())))));
        errors.add(catchThrowable(() -> worker.cases().save(TckFixtures.withSuspects(nikCity, List.of(new Suspect(
                SuspectId.random(), SuspectKind.NATURAL_PERSON,
                PersonalData.of(TckPeople.SUSPECT_NAME, Nik.of("6172011207800000"), null, null),
                ImmutableSet.of(SuspectRole.RECRUITER), TckFixtures.INDONESIA))))));
        errors.add(catchThrowable(() -> Nik.of(TckPeople.VICTIM_NIK.substring(0, 15) + "X")));
        errors.add(catchThrowable(() -> PersonalData.named(TckPeople.VICTIM_NAME.repeat(10))));
        errors.add(catchThrowable(() -> PersonalData.of(TckPeople.VICTIM_NAME, null, TckPeople.VICTIM_CONTACT + "\u0007", null)));
        errors.add(catchThrowable(() -> worker.cases().save(nikCity.withVersion(9))));
        errors.add(catchThrowable(() -> worker.cases().save(TckFixtures.withNumber(
                TckPeople.caseWith("LP/PD/X", KOTA_PONTIANAK, TckPeople.victim()), nikCity.number().value()))));
        errors.add(catchThrowable(() -> worker.cases().save(TckPeople.caseWith("LP/PD/Y", KOTA_PONTIANAK,
                TckPeople.victim().toBuilder().origin(TckFixtures.UNKNOWN_AREA).build()))));
        errors.add(catchThrowable(() -> worker.cases().get(CaseId.random())));
        errors.add(catchThrowable(() -> worker.cases().get(nameSambas.id())));
        errors.add(catchThrowable(() -> worker.cases().findByNumber(nikKupang.number())));
        errors.add(catchThrowable(() -> worker.cases().save(TckFixtures.registeredIn(nikCity, KOTA_KUPANG))));
        errors.add(catchThrowable(() -> as(VIEWER_KALBAR).cases().get(nikCity.id())));
        errors.add(catchThrowable(() -> as(ADMINISTRATOR_KALBAR).cases().save(nikCity)));
        errors.add(catchThrowable(() -> as(ADMINISTRATOR_KALBAR).cases().withVictimNik(Nik.of(TckPeople.VICTIM_NIK))));
        return errors;
    }

    @Test
    public void noMessageOrStackTraceOfAnErrorShowsPersonalData() {
        List<Throwable> errors = errorsAboutPersonalData();
        assertThat(errors).doesNotContainNull().allSatisfy(e -> assertThat(e).isInstanceOf(GugusException.class));
        assertThat(errors).filteredOn(e -> e instanceof AccessDeniedException).hasSize(6);
        assertThat(errors).filteredOn(e -> e instanceof ValidationException).hasSizeGreaterThanOrEqualTo(5);
        for (Throwable e : errors) {
            String where = e.getClass().getSimpleName() + " " + e.getMessage();
            assertNoPersonalData(e.getMessage(), where);
            assertNoPersonalData(e.toString(), where);
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            assertNoPersonalData(trace.toString(), where);
            if (e instanceof AccessDeniedException denied) {
                assertNoPersonalData(denied.getMessage(Locale.forLanguageTag("id")), where);
            }
            if (e instanceof ValidationException invalid) {
                assertNoPersonalData(invalid.getMessage(Locale.forLanguageTag("id")), where);
                for (Violation violation : invalid.violations()) {
                    assertNoPersonalData(violation.toString(), where);
                }
            }
        }
    }

    @Test
    public void auditEntriesHoldNoPersonalData() {
        errorsAboutPersonalData();
        as(CASE_WORKER_NATIONAL).cases().duplicateVictims();
        as(CASE_WORKER_NATIONAL).cases().query(CaseQuery.all(), PageRequest.first(50));
        List<AuditEntry> entries = audit();
        assertThat(entries).extracting(AuditEntry::action).contains(READ_PERSONAL_DATA, READ);
        for (AuditEntry e : entries) {
            assertNoPersonalData(String.join("|", e.actorId(), e.aggregateType(), String.valueOf(e.aggregateId()),
                    String.valueOf(e.rule()), e.jurisdiction().value()), "audit entry " + e.sequence());
        }
    }
}
