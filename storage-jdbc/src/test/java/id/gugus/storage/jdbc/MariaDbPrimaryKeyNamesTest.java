package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * MariaDB ignores the name of a primary key (it is always {@code PRIMARY}) and says so with note
 * 1280, which Flyway logs as a warning. V1 and V2 name theirs, like the PostgreSQL and H2 scripts,
 * and are shipped, so never edited: a new MariaDB schema logs exactly their 14 notes (see the
 * README, "Creating the schema"). No later MariaDB migration adds one: it leaves its primary keys
 * unnamed.
 */
class MariaDbPrimaryKeyNamesTest {
    private static final Pattern NAMED_PRIMARY_KEY =
            Pattern.compile("CONSTRAINT\\s+(\\w+)\\s+PRIMARY\\s+KEY", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void onlyTheShippedV1AndV2NamePrimaryKeys() throws IOException, URISyntaxException {
        Map<Integer, List<String>> namedByVersion = new TreeMap<>();
        for (Path script : scripts()) {
            Matcher version = VERSION.matcher(script.getFileName().toString());
            assertThat(version.matches()).as("migration file name %s", script.getFileName()).isTrue();
            String sql = Files.readString(script, StandardCharsets.UTF_8);
            namedByVersion.put(Integer.parseInt(version.group(1)),
                    NAMED_PRIMARY_KEY.matcher(sql).results().map(m -> m.group(1)).toList());
        }

        assertThat(namedByVersion.get(1)).hasSize(12).allSatisfy(name -> assertThat(name).startsWith("pk_"));
        assertThat(namedByVersion.get(2)).containsExactly("pk_audit_entry", "pk_victim_identity");
        namedByVersion.forEach((version, named) -> {
            if (version > 2) {
                assertThat(named).as("named primary keys of MariaDB migration V%d (write PRIMARY KEY (...) "
                        + "without CONSTRAINT name: MariaDB ignores the name and logs note 1280)", version).isEmpty();
            }
        });
    }

    private static List<Path> scripts() throws IOException, URISyntaxException {
        String folder = GugusSchema.location(org.jooq.SQLDialect.MARIADB).substring("classpath:".length());
        URL url = GugusSchema.class.getClassLoader().getResource(folder);
        assertThat(url).as("classpath folder " + folder).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }
}
