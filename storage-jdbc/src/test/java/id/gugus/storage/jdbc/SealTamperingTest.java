package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.cases.PersonalData;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.StorageException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue #16, item 4: someone who can write to the database but holds no key cannot make a keyed
 * store read personal data it did not write as it wrote it. An older seal of the same row
 * written back over a later version, a row turned to plain text, a seal of the legacy format
 * (not bound to a version) are each refused with a {@link StorageException} naming the case,
 * never read as genuine; only the documented one-time sealing opens plain and legacy rows.
 */
class SealTamperingTest {
    static final PersonalDataKeys K1 = PersonalDataKeys.generate("k1");

    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void anOlderSealWrittenBackOverAnyLaterVersionIsRefused() {
            JdbcBackend sealing = backendWith(K1);
            TraffickingCase c = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            sealing.cases().insert(c);
            List<String> victimSeals = new ArrayList<>(List.of(sealed(CaseRows.VICTIM)));
            TraffickingCase current = c;
            for (String name : List.of("Siti Aminah", "Siti Rahayu")) {
                TraffickingCase next = renamed(current, name).withVersion(current.version() + 1);
                assertThat(sealing.cases().update(next, current.version())).isTrue();
                victimSeals.add(sealed(CaseRows.VICTIM));
                current = next;
            }
            String latest = victimSeals.get(victimSeals.size() - 1);
            for (String older : victimSeals.subList(0, victimSeals.size() - 1)) {
                setSealed(CaseRows.VICTIM, older);
                StorageException refused = catchThrowableOfType(StorageException.class, () -> sealing.cases().find(c.id()));
                assertThat(refused).as("an older seal written back").isNotNull();
                assertThat(refused.getMessage()).contains(c.id().toString()).doesNotContain("Siti");
            }
            setSealed(CaseRows.VICTIM, latest);
            assertThat(sealing.cases().find(c.id())).contains(current);
        }

        @Test
        void aRowTurnedToPlainTextIsRefusedByAKeyedStore() {
            JdbcBackend sealing = backendWith(K1);
            TraffickingCase c = Fixtures.scamCase("LP/B/2/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            sealing.cases().insert(c);
            sql().update(PERSONAL_DATA).set(PERSONAL_DATA.SEALED, (String) null).set(PERSONAL_DATA.KEY_ID, (String) null)
                    .set(PERSONAL_DATA.NAME, "Forged Name").where(PERSONAL_DATA.OWNER_ROLE.eq(CaseRows.VICTIM)).execute();

            StorageException refused = catchThrowableOfType(StorageException.class, () -> sealing.cases().find(c.id()));
            assertThat(refused).hasMessageContaining(c.id().toString()).hasMessageContaining("plain text")
                    .hasMessageContaining("rewritePersonalData");
            assertThat(refused.getMessage()).doesNotContain("Forged");
            assertThat(catchThrowableOfType(StorageException.class, () -> sealing.rotatePersonalDataKeys(PersonalDataKeys.generate("k2"))))
                    .as("a rotation does not launder it either").hasMessageContaining("plain text");
        }

        @Test
        void aLegacySealIsRefusedUntilTheOneTimeSealingWhichCountsAndRewritesIt() throws Exception {
            JdbcBackend sealing = backendWith(K1);
            TraffickingCase c = Fixtures.scamCase("LP/B/3/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            sealing.cases().insert(c);
            PersonalData victim = c.victims().get(0).personal();
            setSealed(CaseRows.VICTIM, PersonalDataCipherProperties.legacySeal(K1, victim, new PersonalDataCipher.Owner(
                    c.id().toString(), CaseRows.VICTIM, 0, c.victims().get(0).id().toString(), c.version())));

            assertThat(catchThrowableOfType(StorageException.class, () -> sealing.cases().find(c.id())))
                    .hasMessageContaining("rewritePersonalData").hasMessageContaining(c.id().toString());
            PersonalDataStatus before = sealing.personalDataStatus();
            assertThat(before.legacySealedRows()).isEqualTo(1);
            assertThat(before.sealedRows()).containsEntry("k1", 1L);
            assertThat(before.isSettled()).isFalse();

            assertThat(sealing.rewritePersonalData()).isEqualTo(2);
            assertThat(sealing.cases().find(c.id())).contains(c);
            assertThat(sealing.personalDataStatus().isSettled()).isTrue();
        }

        private static TraffickingCase renamed(TraffickingCase c, String name) {
            var victims = new ArrayList<>(c.victims());
            victims.set(0, victims.get(0).withPersonal(PersonalData.named(name)));
            return new TraffickingCase(c.id(), c.version(), c.number(), c.registeredIn(), c.reportedOn(), c.status(),
                    c.closingReason(), com.google.common.collect.ImmutableList.copyOf(victims), c.suspects(), c.route(),
                    c.statusHistory());
        }

        private JdbcBackend backendWith(PersonalDataKeys keys) {
            return JdbcBackend.create(database.dataSource(), JdbcStoreConfig.of(database.dialect()).withPersonalDataKeys(keys));
        }

        private DSLContext sql() {
            return DSL.using(database.dataSource(), database.dialect());
        }

        private String sealed(String role) {
            return sql().select(PERSONAL_DATA.SEALED).from(PERSONAL_DATA).where(PERSONAL_DATA.OWNER_ROLE.eq(role)).fetchSingle().value1();
        }

        private void setSealed(String role, String sealed) {
            sql().update(PERSONAL_DATA).set(PERSONAL_DATA.SEALED, sealed).where(PERSONAL_DATA.OWNER_ROLE.eq(role)).execute();
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
