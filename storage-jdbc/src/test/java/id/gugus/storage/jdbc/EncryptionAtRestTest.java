package id.gugus.storage.jdbc;

import static id.gugus.storage.jdbc.Tables.PERSONAL_DATA;
import static id.gugus.storage.jdbc.Tables.VICTIM_IDENTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.cases.DuplicateReason;
import id.gugus.cases.DuplicateVictims;
import id.gugus.cases.Nik;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimIdentity;
import id.gugus.error.StorageException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Personal data encrypted at rest, read back from the database's own columns: nothing personal
 * in plain text, NIK look-ups and duplicates still answered, plain rows from before encryption
 * refused until the one-time sealing, rotation re-seals every row (writes of the backend going on
 * under the new keys), and a wrong key or a changed value is refused.
 */
class EncryptionAtRestTest {
    static final PersonalDataKeys K1 = PersonalDataKeys.generate("k1");
    static final PersonalDataKeys K2 = PersonalDataKeys.generate("k2");
    static final Nik SITI_NIK = Nik.of("6171014501990001");
    /** What {@link Fixtures#scamCase} holds about its people. */
    static final String[] SECRETS = {"Siti", "Budi", SITI_NIK.value(), "+62 812 0000 0000", "Gajah Mada"};

    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void theStoredRowsHoldNoPersonalDataInPlainText() {
            JdbcBackend sealing = backendWith(K1);
            TraffickingCase c = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            sealing.cases().insert(c);

            for (Record row : sql().selectFrom(PERSONAL_DATA).fetch()) {
                assertThat(List.of(row.get(PERSONAL_DATA.NAME) + "", row.get(PERSONAL_DATA.NIK) + "",
                        row.get(PERSONAL_DATA.CONTACT) + "", row.get(PERSONAL_DATA.ADDRESS) + "")).containsOnly("null");
                assertThat(row.get(PERSONAL_DATA.SEALED)).isNotBlank();
                assertThat(row.get(PERSONAL_DATA.KEY_ID)).isEqualTo("k1");
            }
            assertThat(sql().fetchCount(PERSONAL_DATA)).as("the victim with data and the suspect").isEqualTo(2);
            assertThat(everythingStored()).doesNotContain(SECRETS);
            assertThat(sealing.cases().find(c.id())).contains(c);
            assertThat(backendWith(PersonalDataKeys.of("k1", K1.aesKey(), K1.hmacKey())).cases().find(c.id()))
                    .as("another backend with the same keys").contains(c);
        }

        @Test
        void victimsAreFoundByNikAndAsDuplicatesThroughKeyedHashes() {
            JdbcBackend sealing = backendWith(K1);
            TraffickingCase may = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            TraffickingCase april = Fixtures.scamCase("LP/B/2/2025", Fixtures.SAMBAS, LocalDate.of(2025, 4, 1));
            TraffickingCase other = withVictimNik(Fixtures.scamCase("LP/B/3/2025", Fixtures.SAMBAS, LocalDate.of(2025, 3, 1)),
                    Nik.of("6171014501990002"));
            for (TraffickingCase c : List.of(may, april, other)) {
                sealing.cases().insert(c);
            }

            assertThat(sealing.cases().withVictimNik(SITI_NIK)).containsExactly(april, may);
            assertThat(sealing.cases().withVictimNik(Nik.of("6171014501990002"))).containsExactly(other);
            assertThat(sealing.cases().withVictimNik(Nik.of("6171014501990003"))).isEmpty();
            List<DuplicateVictims> duplicates = sealing.cases().duplicateVictims();
            assertThat(duplicates).hasSize(1);
            assertThat(duplicates.get(0).reason()).isEqualTo(DuplicateReason.SAME_NIK);
            assertThat(duplicates.get(0).victims()).extracting(v -> v.victimId())
                    .containsExactly(may.victims().get(0).id(), april.victims().get(0).id());
            assertThat(sql().select(VICTIM_IDENTITY.KEY_HASH).from(VICTIM_IDENTITY).fetch(r -> r.value1()))
                    .as("keyed, not the plain SHA-256 anyone could recompute from a NIK")
                    .doesNotContain(sha256("nik:" + SITI_NIK.value()))
                    .contains(PersonalDataCipher.of(K1).hash(VictimIdentity.nikKey(may.victims().get(0)).orElseThrow()));
        }

        @Test
        void rowsWrittenBeforeKeysWereSetAreRefusedUntilTheOneTimeSealing() {
            JdbcBackend plain = backend;
            TraffickingCase before = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            plain.cases().insert(before);
            JdbcBackend sealing = backendWith(K1);
            TraffickingCase after = Fixtures.scamCase("LP/B/2/2025", Fixtures.SAMBAS, LocalDate.of(2025, 5, 2));
            sealing.cases().insert(after);

            assertThatThrownBy(() -> sealing.cases().find(before.id())).as("plain row, keyed backend")
                    .isInstanceOf(StorageException.class).hasMessageContaining("in plain text")
                    .hasMessageContaining("rewritePersonalData");
            assertThatThrownBy(() -> sealing.cases().duplicateVictims()).isInstanceOf(StorageException.class)
                    .hasMessageContaining("hashed without a key").hasMessageContaining("rewritePersonalData");
            assertThatThrownBy(() -> sealing.cases().withVictimNik(SITI_NIK)).isInstanceOf(StorageException.class);

            assertThat(sealing.rewritePersonalData()).as("personal-data rows written").isEqualTo(4);
            assertThat(sealing.cases().find(before.id())).contains(before);
            assertThat(sql().select(PERSONAL_DATA.KEY_ID).from(PERSONAL_DATA).fetch(r -> r.value1())).containsOnly("k1");
            assertThat(everythingStored()).doesNotContain(SECRETS);
            assertThat(sealing.cases().withVictimNik(SITI_NIK)).containsExactly(before, after);
            assertThat(sealing.cases().duplicateVictims()).hasSize(1);
            StorageException refused = catchThrowableOfType(StorageException.class, () -> plain.cases().find(before.id()));
            assertThat(refused).hasMessageContaining("sealed with key k1").hasMessageContaining("no personal-data keys")
                    .hasMessageContaining(before.id().toString());
        }

        @Test
        void rotationSealsEveryRowUnderTheNewKeysAndTheOldKeysReadNoMore() {
            List<TraffickingCase> cases = new ArrayList<>();
            cases.add(Fixtures.scamCase("LP/B/0/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 1, 1)));
            backend.cases().insert(cases.get(0)); // in plain text, from before encryption
            JdbcBackend rotating = backendWith(K1);
            for (int i = 1; i <= 4; i++) {
                TraffickingCase c = Fixtures.scamCase("LP/B/" + i + "/2025", Fixtures.SAMBAS, LocalDate.of(2025, 1, 1 + i));
                cases.add(i == 4 ? c.withoutPersonalData() : c);
                rotating.cases().insert(cases.get(i));
            }
            rotating.rewritePersonalData(); // the plain row sealed too, so that the rotation starts from k1 only
            Map<List<Object>, String> sealedBefore = sealedByRow();
            List<String> hashesBefore = sql().select(VICTIM_IDENTITY.KEY_HASH).from(VICTIM_IDENTITY).fetch(r -> r.value1());

            assertThat(rotating.rotatePersonalDataKeys(K2)).isEqualTo(8);

            Map<List<Object>, String> sealedAfter = sealedByRow();
            assertThat(sealedAfter.keySet()).as("the same rows").isEqualTo(sealedBefore.keySet());
            sealedAfter.forEach((row, sealed) -> assertThat(sealed).as("row %s", row).isNotEqualTo(sealedBefore.get(row)));
            assertThat(sql().select(PERSONAL_DATA.KEY_ID).from(PERSONAL_DATA).fetch(r -> r.value1())).containsOnly("k2");
            assertThat(sql().select(VICTIM_IDENTITY.HASH_KEY_ID).from(VICTIM_IDENTITY).fetch(r -> r.value1())).containsOnly("k2");
            assertThat(sql().select(VICTIM_IDENTITY.KEY_HASH).from(VICTIM_IDENTITY).fetch(r -> r.value1()))
                    .hasSameSizeAs(hashesBefore).doesNotContainAnyElementsOf(hashesBefore);
            assertThat(everythingStored()).doesNotContain(SECRETS);

            assertThat(rotating.config().personalDataKeys()).isEqualTo(K2);
            JdbcBackend withNewKeys = backendWith(K2);
            for (JdbcBackend reader : List.of(rotating, withNewKeys)) {
                for (TraffickingCase c : cases) {
                    assertThat(reader.cases().find(c.id())).contains(c);
                }
                assertThat(reader.cases().withVictimNik(SITI_NIK)).containsExactlyElementsOf(cases.subList(0, 4));
                assertThat(reader.cases().duplicateVictims()).hasSize(1);
            }
            StorageException refused = catchThrowableOfType(StorageException.class,
                    () -> backendWith(K1).cases().find(cases.get(1).id()));
            assertThat(refused).hasMessageContaining("sealed with key k2, but this store has key k1")
                    .hasMessageContaining(cases.get(1).id().toString());
            assertThat(refused.getMessage()).doesNotContain(SECRETS);
            assertThat(backendWith(K1).cases().find(cases.get(4).id())).as("a case without personal data").contains(cases.get(4));
        }

        @Test
        void writesOfTheBackendGoOnDuringARotationAndSealUnderTheNewKeys() throws Exception {
            // Steps of 7 cases: the rotation commits many times while the writer writes.
            JdbcBackend rotating = JdbcBackend.create(database.dataSource(),
                    JdbcStoreConfig.of(database.dialect()).withPersonalDataKeys(K1).withBatchSize(7));
            for (int i = 0; i < 100; i++) {
                rotating.cases().insert(Fixtures.scamCase("LP/B/" + i + "/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 1, 1).plusDays(i)));
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            // Cases reported on dates all over the range: a rotation that let them in while it ran
            // would miss those behind its cursor, and leave them under the old keys.
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                for (int i = 0; !stop.get(); i++) {
                    rotating.cases().insert(Fixtures.scamCase("LP/W/" + i + "/2025", Fixtures.SAMBAS,
                            LocalDate.of(2025, 1, 1).plusDays(i * 37 % 100)));
                    written.incrementAndGet();
                }
            });
            try {
                awaitWrites(written, 5);
                rotating.rotatePersonalDataKeys(K2);
                awaitWrites(written, written.get() + 5);
            } finally {
                stop.set(true);
                writer.get(60, TimeUnit.SECONDS);
            }

            assertThat(sql().select(PERSONAL_DATA.KEY_ID).from(PERSONAL_DATA).fetch(r -> r.value1())).containsOnly("k2");
            assertThat(sql().select(VICTIM_IDENTITY.HASH_KEY_ID).from(VICTIM_IDENTITY).fetch(r -> r.value1())).containsOnly("k2");
            assertThat(backendWith(K2).cases().withVictimNik(SITI_NIK)).hasSize(100 + written.get());
        }

        @Test
        void aRotationThatMeetsARowItCannotOpenStopsThereAndEveryRowStaysReadable() {
            JdbcBackend rotating = backendWith(K1);
            rotating.cases().insert(Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1)));
            TraffickingCase foreign = Fixtures.scamCase("LP/B/2/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 2));
            backendWith(PersonalDataKeys.generate("k3")).cases().insert(foreign);
            Map<List<Object>, String> before = sealedByRow();

            assertThatThrownBy(() -> rotating.rotatePersonalDataKeys(K2)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("sealed with key k3").hasMessageContaining(foreign.id().toString());

            assertThat(sealedByRow()).as("the step that met the row rolled back").isEqualTo(before);
            assertThat(rotating.config().personalDataKeyRing()).isEqualTo(PersonalDataKeyRing.of(K2, K1));
            assertThat(sql().select(VICTIM_IDENTITY.HASH_KEY_ID).from(VICTIM_IDENTITY).fetch(r -> r.value1()))
                    .containsOnly("k1", "k3");
            assertThat(rotating.cases().count(id.gugus.cases.CaseQuery.all())).isEqualTo(2);
            assertThat(rotating.cases().findByNumber(id.gugus.cases.CaseNumber.of("LP/B/1/2025"))).as("under k1, in the ring")
                    .isPresent();
        }

        @Test
        void aChangedOrMovedSealedValueIsRefusedWithoutShowingAnything() {
            JdbcBackend sealing = backendWith(K1);
            TraffickingCase c = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            sealing.cases().insert(c);
            String victim = sealed(CaseRows.VICTIM);
            String suspect = sealed(CaseRows.SUSPECT);

            setSealed(CaseRows.VICTIM, suspect);
            setSealed(CaseRows.SUSPECT, victim);
            assertRefused(sealing, c);

            byte[] bytes = Base64.getDecoder().decode(victim);
            bytes[bytes.length / 2] ^= 1;
            setSealed(CaseRows.VICTIM, Base64.getEncoder().encodeToString(bytes));
            setSealed(CaseRows.SUSPECT, suspect);
            assertRefused(sealing, c);

            setSealed(CaseRows.VICTIM, victim);
            assertThat(sealing.cases().find(c.id())).contains(c);
            assertRefused(backendWith(PersonalDataKeys.generate("k1")), c); // same key id, other key material
        }

        @Test
        void keysAreNotChangedInsideAUnitOfWorkNorToOtherMaterialUnderTheSameId() {
            JdbcBackend sealing = backendWith(K1);
            assertThatThrownBy(() -> sealing.inUnitOfWork(() -> sealing.rotatePersonalDataKeys(K2)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside any unit of work");
            assertThatThrownBy(() -> sealing.rotatePersonalDataKeys(PersonalDataKeys.generate("k1")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reuse the key id k1");
            assertThat(sealing.config().personalDataKeys()).isEqualTo(K1);
        }

        /** Waits until the writer has written {@code count} cases; fails after a minute rather than hang. */
        private static void awaitWrites(AtomicInteger written, int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (written.get() < count) {
                assertThat(System.nanoTime()).as("the writer is stuck").isLessThan(deadline);
                Thread.sleep(1);
            }
        }

        private void assertRefused(JdbcBackend reader, TraffickingCase c) {
            StorageException refused = catchThrowableOfType(StorageException.class, () -> reader.cases().find(c.id()));
            assertThat(refused).hasMessageContaining("k1").hasMessageContaining(c.id().toString());
            for (Throwable t = refused; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRETS);
            }
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

        /** The sealed value of every personal-data row, by (case, role, seq). */
        private Map<List<Object>, String> sealedByRow() {
            Map<List<Object>, String> rows = new LinkedHashMap<>();
            sql().selectFrom(PERSONAL_DATA).orderBy(PERSONAL_DATA.CASE_ID, PERSONAL_DATA.OWNER_ROLE, PERSONAL_DATA.SEQ)
                    .forEach(r -> rows.put(List.of(r.get(PERSONAL_DATA.CASE_ID), r.get(PERSONAL_DATA.OWNER_ROLE), r.get(PERSONAL_DATA.SEQ)),
                            r.get(PERSONAL_DATA.SEALED)));
            return rows;
        }

        /** Every value in every table of the schema, as text. */
        private String everythingStored() {
            StringBuilder all = new StringBuilder();
            for (GugusTable table : Tables.ALL) {
                sql().selectFrom(table).forEach(r -> all.append(r.intoList()).append('\n'));
            }
            return all.toString();
        }
    }

    static TraffickingCase withVictimNik(TraffickingCase c, Nik nik) {
        Victim first = c.victims().get(0);
        return c.replaceVictim(first.withPersonal(first.personal().withNik(nik)));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
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
