package id.gugus.storage.jdbc;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.Nik;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures, once per database, what encryption at rest costs: registering cases (one unit of work
 * each; two people with personal data, one with a NIK) and reading them all back in pages, in
 * plain text and sealed; sealing a database that was written in plain text; rotating the keys;
 * a NIK look-up and the duplicate report. A program, not a test: numbers depend on the machine.
 * Run from the repository root (the first command writes the test class path to a file):
 *
 * <pre>{@code
 * mvn -B -q -pl storage-jdbc -am package -DskipTests dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/gugus-jdbc.classpath
 * java -cp storage-jdbc/target/test-classes:storage-jdbc/target/classes:$(cat /tmp/gugus-jdbc.classpath) \
 *     id.gugus.storage.jdbc.PersonalDataBenchmark 5000 H2 POSTGRES MARIADB
 * }</pre>
 *
 * Arguments: the number of cases (default 5,000), then the databases (default H2); the servers
 * come from the same environment variables as the tests.
 */
public final class PersonalDataBenchmark {
    private PersonalDataBenchmark() {}

    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        List<TestDatabase.Kind> kinds = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            kinds.add(TestDatabase.Kind.valueOf(args[i].toUpperCase(Locale.ROOT)));
        }
        if (kinds.isEmpty()) {
            kinds.add(TestDatabase.Kind.H2);
        }
        List<TraffickingCase> all = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            TraffickingCase c = Fixtures.scamCase("LP/B/" + i + "/2025", i % 2 == 0 ? Fixtures.PONTIANAK : Fixtures.SAMBAS,
                    LocalDate.of(2021, 1, 1).plusDays(i % 1800));
            // One victim in a hundred shares a NIK with another case; the rest are distinct.
            all.add(EncryptionAtRestTest.withVictimNik(c, nik(i % 100 == 1 ? i - 1 : i)));
        }
        List<String> lines = new ArrayList<>();
        lines.add(cipherCost(all.get(0)));
        for (TestDatabase.Kind kind : kinds) {
            try (TestDatabase db = TestDatabase.open(kind)) {
                JdbcBackend plain = db.backend();
                JdbcBackend sealing = JdbcBackend.create(db.dataSource(),
                        JdbcStoreConfig.of(db.dialect()).withPersonalDataKeys(PersonalDataKeys.generate("k1")));
                // Warm-up of the JIT and the pool, every path once: plain and sealed writes and reads.
                insertAll(plain, all.subList(0, Math.min(500, cases)));
                readAll(plain);
                sealing.rewritePersonalData();
                readAll(sealing);
                insertAll(sealing, all.subList(Math.min(500, cases), Math.min(1000, cases)));
                db.truncate();

                // Two rounds of plain then sealed; the second is reported, once both paths are warm.
                double plainInsert = 0;
                double plainRead = 0;
                double sealedInsert = 0;
                double sealedRead = 0;
                for (int round = 0; round < 2; round++) {
                    db.truncate();
                    plainInsert = perCase(cases, () -> insertAll(plain, all));
                    plainRead = perCase(cases, () -> readAll(plain));
                    db.truncate();
                    sealedInsert = perCase(cases, () -> insertAll(sealing, all));
                    sealedRead = perCase(cases, () -> readAll(sealing));
                }
                db.truncate();
                insertAll(plain, all);
                double sealTime = seconds(() -> sealing.rewritePersonalData());
                double rotateTime = seconds(() -> sealing.rotatePersonalDataKeys(PersonalDataKeys.generate("k2")));
                double lookUp = seconds(() -> {
                    for (int i = 0; i < 100; i++) {
                        int j = i * 37 % cases;
                        check(!sealing.cases().withVictimNik(nik(j % 100 == 1 ? j - 1 : j)).isEmpty(), "NIK found");
                    }
                    return 100;
                }) * 1000 / 100;
                int[] groups = new int[1];
                double report = seconds(() -> groups[0] = sealing.cases().duplicateVictims().size());
                check(groups[0] == (cases + 98) / 100, "duplicate groups, was " + groups[0]);

                lines.add(String.format(Locale.ROOT, "%-10s %,d cases (%,d personal-data rows)%n"
                                + "  register: plain %.2f ms/case, sealed %.2f ms/case (%+.0f%%)%n"
                                + "  read all: plain %.3f ms/case, sealed %.3f ms/case (%+.0f%%)%n"
                                + "  seal the plain database: %.1f s; rotate keys: %.1f s%n"
                                + "  NIK look-up: %.1f ms; duplicate report (%d groups): %.2f s",
                        kind.displayName(), cases, 2L * cases, plainInsert, sealedInsert, 100 * (sealedInsert / plainInsert - 1),
                        plainRead, sealedRead, 100 * (sealedRead / plainRead - 1), sealTime, rotateTime, lookUp, groups[0],
                        report));
            }
        }
        System.out.println();
        lines.forEach(System.out::println);
    }

    /** What sealing and opening one person's data, and hashing one identity key, cost in this JVM. */
    private static String cipherCost(TraffickingCase sample) {
        PersonalDataCipher cipher = PersonalDataCipher.of(PersonalDataKeys.generate("bench"));
        var person = sample.victims().get(0).personal();
        var owner = new PersonalDataCipher.Owner(sample.id().toString(), CaseRows.VICTIM, 0, sample.victims().get(0).id().toString(),
                sample.version());
        int n = 200_000;
        double[] micros = new double[3];
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            String sealed = cipher.seal(person, owner);
            micros[0] = seconds(() -> {
                for (int i = 0; i < n; i++) {
                    cipher.seal(person, owner);
                }
                return n;
            }) * 1e6 / n;
            micros[1] = seconds(() -> {
                for (int i = 0; i < n; i++) {
                    check(cipher.open(sealed, "bench", owner).equals(person), "round trip");
                }
                return n;
            }) * 1e6 / n;
            micros[2] = seconds(() -> {
                for (int i = 0; i < n; i++) {
                    cipher.hash("nik:6171014501990001");
                }
                return n;
            }) * 1e6 / n;
        }
        return String.format(Locale.ROOT, "cipher, per person: seal %.1f µs, open %.1f µs; HMAC of an identity key %.1f µs",
                micros[0], micros[1], micros[2]);
    }

    static Nik nik(int i) {
        return Nik.of(String.format(Locale.ROOT, "6171014501%06d", i));
    }

    private static int insertAll(JdbcBackend backend, List<TraffickingCase> cases) {
        cases.forEach(backend.cases()::insert);
        return cases.size();
    }

    private static int readAll(JdbcBackend backend) {
        int read = 0;
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        Page<TraffickingCase> page;
        do {
            page = backend.cases().query(CaseQuery.all(), request);
            read += page.items().size();
            request = request.next(page);
        } while (page.hasNext());
        return read;
    }

    private static double perCase(int cases, Supplier<Integer> work) {
        return seconds(() -> check(work.get() == cases, "case count")) * 1000 / cases;
    }

    private static double seconds(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e9;
    }

    private static int check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark check failed: " + what);
        }
        return 1;
    }
}
