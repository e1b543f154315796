package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.Nik;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.PageRequest;
import id.gugus.store.GugusStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * No log line carries personal data: with jOOQ and Gugus logging at TRACE, everything a store
 * does with a case full of personal data (write, read, query, look up by NIK, report duplicates,
 * encrypt, rotate keys, audit) is captured from the log (slf4j-simple writes to System.err) and
 * searched for the names, NIK, contact and address. A control first shows that the capture
 * works and that jOOQ would log bind values if the store let it.
 *
 * <p>The levels are set by the {@code log-capture} execution of surefire in storage-jdbc/pom.xml,
 * which runs only this class, in its own JVM (loggers read their level once); elsewhere (an
 * IDE) the test is skipped with a message.
 */
class PersonalDataLogTest {
    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @BeforeEach
        void requireTheLogCaptureExecution() {
            assumeTrue(Boolean.getBoolean("gugus.logCapture"),
                    "run by the log-capture execution of storage-jdbc/pom.xml, which sets org.jooq and id.gugus to TRACE");
            assertThat(LoggerFactory.getLogger("org.jooq").isTraceEnabled()).as("org.jooq at TRACE").isTrue();
            assertThat(LoggerFactory.getLogger("id.gugus").isTraceEnabled()).as("id.gugus at TRACE").isTrue();
        }

        @Test
        void controlJooqLogsBindValuesOnAContextThatDoesNotTurnThemOff() {
            String logged = captured(() -> DSL.using(database.dataSource(), database.dialect())
                    .select(DSL.val(EncryptionAtRestTest.SITI_NIK.value())).fetch());
            assertThat(logged).contains(EncryptionAtRestTest.SITI_NIK.value());
        }

        @Test
        void noLogLineCarriesPersonalData() {
            TraffickingCase c = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            TraffickingCase twin = Fixtures.scamCase("LP/B/2/2025", Fixtures.SAMBAS, LocalDate.of(2025, 5, 2));
            String logged = captured(() -> {
                backend.cases().insert(c); // in plain text: every personal field is a bind value
                backend.cases().find(c.id());
                backend.cases().query(CaseQuery.all(), PageRequest.first(10));
                JdbcBackend sealing = JdbcBackend.create(database.dataSource(),
                        JdbcStoreConfig.of(database.dialect()).withPersonalDataKeys(EncryptionAtRestTest.K1));
                sealing.cases().insert(twin);
                sealing.rewritePersonalData();
                sealing.rotatePersonalDataKeys(EncryptionAtRestTest.K2);
                sealing.cases().withVictimNik(Nik.of(EncryptionAtRestTest.SITI_NIK.value()));
                sealing.cases().duplicateVictims();
                GugusStore store = GugusStore.on(sealing);
                store.cases().find(c.id());
                store.cases().withVictimNik(EncryptionAtRestTest.SITI_NIK);
            });
            assertThat(logged).as("the Gugus INFO line of the rotation was captured").contains("rotated to key k2");
            assertThat(logged).doesNotContain(EncryptionAtRestTest.SECRETS);
        }

        private static String captured(Runnable work) {
            PrintStream original = System.err;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            try {
                work.run();
            } finally {
                System.setErr(original);
            }
            String logged = bytes.toString(StandardCharsets.UTF_8);
            original.printf("%,d characters of log captured%n", logged.length());
            return logged;
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
