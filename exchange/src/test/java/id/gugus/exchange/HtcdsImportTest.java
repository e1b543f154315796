package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.assertj.core.api.Assertions.tuple;

import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditOutcome;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.Act;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.common.LanguageCode;
import id.gugus.cases.MaritalStatus;
import id.gugus.cases.EducationLevel;
import id.gugus.cases.Death;
import id.gugus.cases.Background;
import id.gugus.cases.PersonalData;
import id.gugus.cases.IdentityDocument;
import id.gugus.cases.DocumentType;
import id.gugus.cases.ContactType;
import id.gugus.cases.Contact;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.Nik;
import id.gugus.cases.RecruiterRelation;
import id.gugus.cases.Sex;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import id.gugus.common.PageRequest;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.rules.RuleCatalogue;
import id.gugus.validation.RuleMessages;
import java.util.Locale;
import id.gugus.error.AccessDeniedException;
import id.gugus.error.DuplicateException;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.tck.SevenCases;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import org.junit.jupiter.api.Test;

/** The HTCDS import of an export, and of files of other systems, in memory. */
class HtcdsImportTest {
    static GugusStore source(int randomCases) {
        InMemoryBackend backend = new InMemoryBackend();
        ExchangeWorld.seed(backend, randomCases);
        return GugusStore.on(backend, TckFixtures.CLOCK);
    }

    @Test
    void anExportImportsIntoAnEmptyStoreAndExportsTheSame() {
        GugusStore source = source(40);
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());

        HtcdsImported imported = HtcdsRoundTrip.csv(source, target);

        assertThat(imported.cases()).isEqualTo((int) source.cases().count(CaseQuery.all()));
        assertThat(target.cases().count(CaseQuery.all())).isEqualTo(source.cases().count(CaseQuery.all()));
    }

    @Test
    void aForeignVictimsPassportTypedContactsAndBackgroundComeBackAsTheyWere() {
        GugusStore source = source(0);
        TraffickingCase stored = source.cases().stream(CaseQuery.all()).findFirst().orElseThrow();
        PersonalData foreign = PersonalData.of("Sok Dara", null, null, "Phsar Thmei, Phnom Penh")
                .withContacts(List.of(Contact.of(ContactType.MOBILE_PHONE, "+855 12 345 678"),
                        Contact.of(ContactType.HOME_PHONE, "+855 23 456 789"), Contact.of(ContactType.EMAIL, "dara@example.org")))
                .withDocuments(List.of(IdentityDocument.of(DocumentType.PASSPORT, "N01234567", CountryCode.of("KHM"))));
        Background background = new Background(MaritalStatus.MARRIED, 2, LanguageCode.of("khm"), LanguageCode.of("tha"),
                EducationLevel.values()[2]);
        Victim changed = stored.victims().get(0).toBuilder().citizenship(CountryCode.of("KHM")).personal(foreign)
                .background(background).death(Death.DATE_UNKNOWN).build();
        source.cases().save(stored.replaceVictim(changed));
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());

        HtcdsRoundTrip.csv(source, target);

        PersonalData back = target.as(HtcdsRoundTrip.WORKER).cases().findByNumber(stored.number()).orElseThrow()
                .victims().stream().filter(v -> v.id().equals(changed.id())).findFirst().orElseThrow().personal();
        assertThat(back.documents()).isEqualTo(foreign.documents());
        assertThat(back.nik()).isNull();
        assertThat(back.contacts()).containsExactlyInAnyOrderElementsOf(foreign.contacts());
        assertThat(back.address().text()).isEqualTo(foreign.address().text());
        Victim victimBack = target.cases().findByNumber(stored.number()).orElseThrow().victims().stream()
                .filter(v -> v.id().equals(changed.id())).findFirst().orElseThrow();
        assertThat(victimBack.background()).isEqualTo(background);
        assertThat(victimBack.isDeceased()).isTrue();
    }

    @Test
    void aJsonLinesExportImportsToo() {
        GugusStore source = source(40);
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());

        HtcdsRoundTrip.jsonLines(source, target);

        assertThat(target.cases().count(CaseQuery.all())).isEqualTo(source.cases().count(CaseQuery.all()));
    }

    /** A file of another system: its own column order, an HTCDS column Gugus does not hold, no gugus_ dates or area. */
    static final String FOREIGN = String.join("\n",
            "vic_TypeOfExploitation,prs_MiddleName,gugus_CaseNumber,prs_Citizenship,prs_IdentityNumber,"
                    + "vic_AgeWhenTrafficked,gugus_Sex,vic_RelationshipToTrafficker,gugus_Acts",
            "FORCED_LABOUR,Binti,IOM/2024/001,IDN," + SevenCases.A1_NIK + ",22,,familial,RECRUITMENT",
            "SEXUAL_EXPLOITATION,,IOM/2024/001,KHM,,17,MALE,Unacquainted,RECRUITMENT;TRANSFER", "");
    static final HtcdsImportDefaults DEFAULTS = new HtcdsImportDefaults(TckFixtures.KOTA_PONTIANAK,
            LocalDate.of(2024, 5, 1), LocalDate.of(2024, 3, 1));

    static InputStream text(String file) {
        return new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileOfAnotherSystemImportsWithDefaultsForWhatHtcdsLacks() {
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());

        HtcdsImported imported = HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER), text(FOREIGN), DEFAULTS, Progress.NONE);

        assertThat(imported.cases()).isEqualTo(1);
        assertThat(imported.victims()).isEqualTo(2);
        assertThat(imported.warnings()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::ruleId)
                .contains(tuple(1L, "prs_MiddleName", "HTCDS-IMPORT-COLUMN-UNKNOWN"),
                        tuple(2L, "gugus_Origin", "CASE-ORIGIN"));
        TraffickingCase c = target.cases().findByNumber(CaseNumber.of("IOM/2024/001")).orElseThrow();
        assertThat(c.registeredIn()).isEqualTo(TckFixtures.KOTA_PONTIANAK);
        assertThat(c.reportedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(c.status()).isEqualTo(CaseStatus.REPORTED);
        Victim first = c.victims().get(0);
        Victim second = c.victims().get(1);
        // The sex comes from the NIK (40 added to the day of birth for women) where gugus_Sex is empty.
        assertThat(first.sex()).isEqualTo(Nik.of(SevenCases.A1_NIK).sex().orElseThrow());
        assertThat(first.recordedAge()).isEqualTo(22);
        assertThat(first.recruiterRelations()).containsExactly(RecruiterRelation.FAMILY);
        assertThat(first.traffickedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(second.sex()).isEqualTo(Sex.MALE);
        assertThat(second.citizenship()).isEqualTo(CountryCode.of("KHM"));
        assertThat(second.wasChild()).isTrue();
        assertThat(second.elements().acts()).containsExactly(Act.RECRUITMENT, Act.TRANSFER);
        assertThat(second.recruiterRelations()).containsExactly(RecruiterRelation.STRANGER);
    }

    @Test
    void withoutDefaultsTheColumnsHtcdsLacksAreNamedAsMissing() {
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());

        assertThatThrownBy(() -> HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER), text(FOREIGN), HtcdsImportDefaults.NONE,
                Progress.NONE)).isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::ruleId)
                        .containsExactlyInAnyOrder(tuple(1L, "gugus_RegisteredIn", "HTCDS-IMPORT-COLUMN-MISSING"),
                                tuple(1L, "gugus_ReportedOn", "HTCDS-IMPORT-COLUMN-MISSING"),
                                tuple(1L, "gugus_TraffickedOn", "HTCDS-IMPORT-COLUMN-MISSING")));
        assertThat(target.cases().count(CaseQuery.all())).isZero();
    }

    @Test
    void anActorWhoMayNotWriteCasesIsRefusedBeforeTheFileIsRead() {
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the file was read");
            }
        };
        for (Role role : List.of(Role.VIEWER, Role.ADMINISTRATOR, Role.COORDINATOR)) {
            GugusStore as = target.as(Actor.national("kemenpppa/" + role.name().toLowerCase(), role));
            assertThatThrownBy(() -> HtcdsImport.csv(as, untouchable, DEFAULTS, Progress.NONE))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> HtcdsImport.jsonLines(as, untouchable, DEFAULTS, Progress.NONE))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(target.cases().count(CaseQuery.all())).isZero();
        assertThat(target.auditLog().query(AuditQuery.all(), PageRequest.first(100)).items())
                .filteredOn(e -> e.outcome() == AuditOutcome.DENIED && e.actorId().equals("kemenpppa/viewer"))
                .isNotEmpty();
    }

    @Test
    void aCaseWorkerOfAProvinceCannotImportACaseOfAnother() {
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());
        GugusStore ntt = target.as(Actor.of("ntt/worker", TckFixtures.NTT, Role.CASE_WORKER));

        assertThatThrownBy(() -> HtcdsImport.csv(ntt, text(FOREIGN), DEFAULTS, Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(target.cases().count(CaseQuery.all())).isZero();
    }

    @Test
    void everyImportedCaseIsAuditedAsCreatedByTheActorAndProgressEndsWithEveryCase() {
        GugusStore source = source(10);
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());
        List<long[]> reports = new ArrayList<>();

        HtcdsImported imported = HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER),
                new ByteArrayInputStream(HtcdsExportTest.csv(source.as(HtcdsRoundTrip.WORKER))), HtcdsImportDefaults.NONE,
                (part, done, total) -> reports.add(new long[] {done, total}));

        assertThat(reports.get(reports.size() - 1)).containsExactly(imported.cases(), imported.cases());
        assertThat(target.auditLog().query(AuditQuery.all(), PageRequest.first(500)).items())
                .filteredOn(e -> e.actorId().equals(HtcdsRoundTrip.WORKER.id()) && e.action() == AuditAction.CREATE)
                .hasSize(imported.cases());
    }

    @Test
    void aFileImportedTwiceIsRefusedTheSecondTimeAndNothingMoreIsStored() {
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());
        HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER), text(FOREIGN), DEFAULTS, Progress.NONE);

        assertThatThrownBy(() -> HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER), text(FOREIGN), DEFAULTS, Progress.NONE))
                .isInstanceOf(DuplicateException.class);
        assertThat(target.cases().count(CaseQuery.all())).isEqualTo(1);
    }

    @Test
    void anEmptyExportImportsNothing() {
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());
        byte[] empty = HtcdsExportTest.csv(GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK).as(HtcdsRoundTrip.WORKER));

        HtcdsImported imported = HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER), new ByteArrayInputStream(empty),
                HtcdsImportDefaults.NONE, Progress.NONE);

        assertThat(imported.cases()).isZero();
        assertThat(imported.warnings()).isEmpty();
    }

    @Test
    void anAreaTheStoreDoesNotHoldIsNamedAtItsRowAndColumn() {
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());
        String file = FOREIGN.replace("vic_TypeOfExploitation,", "gugus_Origin,vic_TypeOfExploitation,")
                .replace("\nFORCED_LABOUR,", "\n61.99,FORCED_LABOUR,").replace("\nSEXUAL_EXPLOITATION,", "\n,SEXUAL_EXPLOITATION,");
        HtcdsImportDefaults elsewhere = new HtcdsImportDefaults(JurisdictionCode.of("61.98"), DEFAULTS.reportedOn(),
                DEFAULTS.traffickedOn());

        assertThatThrownBy(() -> HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER), text(file), elsewhere, Progress.NONE))
                .isInstanceOfSatisfying(ImportRefused.class, e -> {
                    assertThat(e.problems())
                            .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::ruleId, ImportProblem::value)
                            .containsExactlyInAnyOrder(tuple(2L, "gugus_RegisteredIn", "HTCDS-IMPORT-AREA", "61.98"),
                                    tuple(2L, "gugus_Origin", "HTCDS-IMPORT-AREA", "61.99"));
                    // The line README shows.
                    assertThat(e.problems()).filteredOn(p -> p.column().equals("gugus_Origin"))
                            .extracting(p -> p.format(Locale.ENGLISH)).containsExactly(
                                    "row 2, column gugus_Origin [HTCDS-IMPORT-AREA] value '61.99': Row 2, column "
                                            + "gugus_Origin: the area 61.99 is not in the area tree of the store "
                                            + "(import the areas first). Nothing was imported.");
                });
        assertThat(target.cases().count(CaseQuery.all())).isZero();
    }

    @Test
    void everyImportRuleSpeaksBothLanguagesAndTakesNoIdOfTheCatalogue() {
        for (HtcdsImportRule rule : HtcdsImportRule.values()) {
            // The arguments each rule is raised with (an exhaustive switch: a new rule must say its own).
            Object[] args = switch (rule) {
                case UNREADABLE -> new Object[] {3, 0};
                case ROW_LENGTH -> new Object[] {3, 5, 7};
                case COLUMN_MISSING -> new Object[] {"gugus_Sex", 1};
                case COLUMN_REPEATED, COLUMN_UNKNOWN -> new Object[] {"prs_Gender"};
                case REQUIRED -> new Object[] {3, "prs_Gender"};
                case VALUE -> new Object[] {3, "prs_Gender", "\"X\"", "FEMININE"};
                case AREA -> new Object[] {3, "gugus_Origin", "61.99"};
                case CASE_MISMATCH -> new Object[] {3, "gugus_ReportedOn", 2};
            };
            String en = RuleMessages.format(rule, Locale.ENGLISH, args);
            String id = RuleMessages.format(rule, RuleMessages.INDONESIAN, args);
            assertThat(en).as(rule.id()).isNotBlank().isNotEqualTo(id).doesNotContain("{");
            assertThat(id).as(rule.id()).isNotBlank().doesNotContain("{");
            assertThat(RuleCatalogue.find(rule.id())).as(rule.id()).isEmpty();
            assertThat(rule.id()).startsWith("HTCDS-IMPORT-");
        }
    }

    @Test
    void aValueNeededAndNowhereToBeFoundIsNamedEvenIfItsColumnIsAbsent() {
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());
        // No gugus_Sex column and no NIK in the second row; an owner without the state of the case work.
        String file = String.join("\n", "gugus_CaseNumber,prs_Citizenship,prs_IdentityNumber,vic_AgeWhenTrafficked,cas_CaseOwner",
                "IOM/2024/002,KHM," + SevenCases.A1_NIK + ",22,iom/officer",
                "IOM/2024/002,KHM,,30,iom/officer", "");

        assertThatThrownBy(() -> HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER), text(file), DEFAULTS, Progress.NONE))
                .isInstanceOfSatisfying(ImportRefused.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::ruleId)
                        .containsExactlyInAnyOrder(tuple(3L, "gugus_Sex", "HTCDS-IMPORT-REQUIRED"),
                                tuple(2L, "cas_Status", "HTCDS-IMPORT-REQUIRED")));
        assertThat(target.cases().count(CaseQuery.all())).isZero();
    }

    @Test
    void jsonLinesOfAnotherSystemMayGiveNumbersAndKeysGugusDoesNotImport() {
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());
        String file = String.join("\n",
                "{\"prs_Citizenship\":\"KHM\",\"vic_AgeWhenTrafficked\":16,\"gugus_CaseNumber\":\"IOM/2024/003\","
                        + "\"gugus_Sex\":\"FEMALE\",\"prs_MiddleName\":\"Binti\",\"gugus_Acts\":\"RECRUITMENT\","
                        + "\"vic_TypeOfExploitation\":\"FORCED_MARRIAGE\",\"prs_Email\":null}",
                "", "{\"gugus_CaseNumber\":\"IOM/2024/003\",\"prs_Citizenship\":\"MMR;THA\",\"vic_AgeWhenTrafficked\":\"19\","
                        + "\"gugus_Sex\":\"MALE\"}");

        HtcdsImported imported = HtcdsImport.jsonLines(target.as(HtcdsRoundTrip.WORKER), text(file), DEFAULTS, Progress.NONE);

        assertThat(imported.victims()).isEqualTo(2);
        assertThat(imported.warnings()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::ruleId)
                .containsExactly(tuple(1L, "prs_MiddleName", "HTCDS-IMPORT-COLUMN-UNKNOWN"),
                        tuple(3L, "gugus_Acts", "CASE-ELEMENTS"));
        TraffickingCase c = target.cases().findByNumber(CaseNumber.of("IOM/2024/003")).orElseThrow();
        assertThat(c.victims().get(0).wasChild()).isTrue();
        assertThat(c.victims().get(1).citizenship()).isEqualTo(CountryCode.of("MMR"));
        assertThat(c.victims().get(1).otherCitizenships()).containsExactly(CountryCode.of("THA"));
        assertThat(c.victims().get(1).recordedAge()).isEqualTo(19);
    }
}
