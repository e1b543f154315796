package id.gugus.exchange;

import id.gugus.testing.ServerDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.cases.CaseQuery;
import id.gugus.common.PageRequest;
import id.gugus.error.ValidationException;
import id.gugus.security.Actor;
import id.gugus.spi.StorageBackend;
import id.gugus.storage.jdbc.JdbcBackend;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.TckFixtures;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store moved memory -> H2 -> PostgreSQL -> MariaDB -> memory holds, at every step, what the
 * first held (equal digests), and a backup taken from a database restores into another. The
 * databases are those of storage-jdbc's tests: unreachable, the test is skipped with a message
 * (a failure with GUGUS_REQUIRE_DATABASES=true).
 */
class StoreMoveTest {
    @TempDir
    Path dir;

    @Test
    void aStoreMovedThroughEveryBackEndKeepsItsDigest() {
        InMemoryBackend first = new InMemoryBackend();
        ExchangeWorld.seed(first, 60);
        StoreDigest digest = StoreDigest.of(first, Progress.NONE);
        assertThat(digest.count("cases")).isEqualTo(67);

        try (JdbcBackend h2 = JdbcBackend.h2InMemory("move-" + UUID.randomUUID());
                ServerDatabase pg = ServerDatabase.create(ServerDatabase.Kind.POSTGRES);
                ServerDatabase maria = ServerDatabase.create(ServerDatabase.Kind.MARIADB)) {
            assertThat(StoreMove.move(first, h2, Progress.NONE)).isEqualTo(digest);
            assertThat(StoreMove.move(h2, pg.backend(), Progress.NONE)).isEqualTo(digest);
            assertThat(StoreMove.move(pg.backend(), maria.backend(), Progress.NONE)).isEqualTo(digest);
            InMemoryBackend last = new InMemoryBackend();
            assertThat(StoreMove.move(maria.backend(), last, Progress.NONE)).isEqualTo(digest);
            assertThat(last.cases().query(CaseQuery.all(), PageRequest.first(100)).items())
                    .isEqualTo(first.cases().query(CaseQuery.all(), PageRequest.first(100)).items());
        }
    }

    @Test
    void aBackupOfPostgresRestoresIntoH2AndBack() {
        InMemoryBackend first = new InMemoryBackend();
        ExchangeWorld.seed(first, 30);
        Sealing key = Sealing.key(BackupRoundTripTest.KEY);
        try (JdbcBackend h2 = JdbcBackend.h2InMemory("restore-" + UUID.randomUUID());
                ServerDatabase pg = ServerDatabase.create(ServerDatabase.Kind.POSTGRES);
                ServerDatabase maria = ServerDatabase.create(ServerDatabase.Kind.MARIADB)) {
            StoreMove.move(first, pg.backend(), Progress.NONE);
            Path fromPg = dir.resolve("pg.zip");
            StoreBackup.write(pg.backend(), Actor.SYSTEM, TckFixtures.CLOCK, key, fromPg, Progress.NONE);
            StoreBackup.restore(fromPg, key, h2, TckFixtures.CLOCK, Progress.NONE);
            assertThat(StoreDigest.of(h2, Progress.NONE)).isEqualTo(StoreDigest.of(pg.backend(), Progress.NONE));

            Path fromH2 = dir.resolve("h2.zip");
            StoreBackup.write(h2, Actor.SYSTEM, TckFixtures.CLOCK, key, fromH2, Progress.NONE);
            StoreBackup.restore(fromH2, key, maria.backend(), TckFixtures.CLOCK, Progress.NONE);
            assertThat(StoreDigest.of(maria.backend(), Progress.NONE)).isEqualTo(StoreDigest.of(h2, Progress.NONE));
        }
    }

    @Test
    void aFailedRestoreLeavesADatabaseEmpty() throws Exception {
        InMemoryBackend first = new InMemoryBackend();
        ExchangeWorld.seed(first, 10);
        Path file = dir.resolve("bad.zip");
        StoreBackup.write(first, Actor.SYSTEM, TckFixtures.CLOCK, Sealing.withoutPersonalData(), file, Progress.NONE);
        // The last case breaks a rule: everything before it was inserted in the unit, and is rolled back.
        DamagedBackupTest.rewrite(file, "cases.jsonl", text -> {
            int last = text.lastIndexOf("\"reportedOn\":\"");
            return text.substring(0, last) + "\"reportedOn\":\"2099" + text.substring(last + "\"reportedOn\":\"2024".length());
        }, true);
        try (JdbcBackend h2 = JdbcBackend.h2InMemory("failed-" + UUID.randomUUID());
                ServerDatabase pg = ServerDatabase.create(ServerDatabase.Kind.POSTGRES)) {
            for (StorageBackend target : new StorageBackend[] {h2, pg.backend()}) {
                assertThatThrownBy(() -> StoreBackup.restore(file, Sealing.withoutPersonalData(), target, TckFixtures.CLOCK,
                        Progress.NONE)).isInstanceOf(ValidationException.class).hasMessageContaining("BACKUP-RECORD");
                assertThat(target.jurisdictions().count()).isZero();
                assertThat(target.cases().count(CaseQuery.all())).isZero();
                assertThat(StoreDigest.of(target, Progress.NONE).types().values())
                        .allSatisfy(t -> assertThat(t.count()).isZero());
            }
        }
    }

    @Test
    void aMoveIntoAStoreThatHoldsDataIsRefusedBeforeCopying() {
        InMemoryBackend first = new InMemoryBackend();
        ExchangeWorld.seed(first, 5);
        InMemoryBackend second = new InMemoryBackend();
        ExchangeWorld.seed(second, 1);
        StoreDigest before = StoreDigest.of(second, Progress.NONE);
        assertThatThrownBy(() -> StoreMove.move(first, second, Progress.NONE)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("BACKUP-TARGET-NOT-EMPTY");
        assertThat(StoreDigest.of(second, Progress.NONE)).isEqualTo(before);
    }

    @Test
    void digestsOfStoresThatDifferDiffer() {
        InMemoryBackend a = new InMemoryBackend();
        ExchangeWorld.seed(a, 5);
        InMemoryBackend b = new InMemoryBackend();
        ExchangeWorld.seed(b, 5);
        // Same seed, but ids are random: every type with generated ids differs, the area tree does not.
        StoreDigest da = StoreDigest.of(a, Progress.NONE);
        StoreDigest db = StoreDigest.of(b, Progress.NONE);
        assertThat(da.types().get("jurisdictions")).isEqualTo(db.types().get("jurisdictions"));
        assertThat(da.types().get("cases")).isNotEqualTo(db.types().get("cases"));
        assertThatThrownBy(() -> StoreMove.requireSame(da, db)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("BACKUP-MOVE-MISMATCH").hasMessageContaining("cases");
    }
}
