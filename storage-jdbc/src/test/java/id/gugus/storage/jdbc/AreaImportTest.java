package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.area.villages.Villages;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole area tree (38 provinces, 514 regencies and cities, 7,285 districts bundled in
 * gugus-core, and the 83,762 villages of gugus-area-villages) imports in batches on every database
 * and answers subtree queries as the in-memory directory does; importing it again changes nothing
 * but a renamed area.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AreaImportTest {
    static final int ALL_AREAS = 91_599;

    List<Jurisdiction> areas;
    JurisdictionDirectory directory;

    @BeforeAll
    void readTheAreaFiles() {
        areas = Villages.withBundledTree();
        directory = JurisdictionDirectory.of(areas);
        assertThat(areas).hasSize(ALL_AREAS);
    }

    abstract class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void theFullTreeImportsAndAnswersLikeTheDirectory() {
            backend.jurisdictions().importAll(areas);

            assertThat(backend.jurisdictions().count()).isEqualTo(ALL_AREAS);
            JurisdictionCode kalbar = JurisdictionCode.of("61");
            assertThat(backend.jurisdictions().subtree(kalbar)).isEqualTo(directory.subtree(kalbar));
            JurisdictionCode pontianak = JurisdictionCode.of("61.71");
            assertThat(backend.jurisdictions().children(pontianak)).isEqualTo(directory.children(pontianak))
                    .isNotEmpty();
            assertThat(backend.jurisdictions().children(JurisdictionCode.NATIONAL)).hasSize(38);
            assertThat(backend.jurisdictions().subtree(JurisdictionCode.NATIONAL)).hasSize(ALL_AREAS);
            Jurisdiction village = areas.get(ALL_AREAS - 1);
            assertThat(backend.jurisdictions().find(village.code())).contains(village);

            List<Jurisdiction> again = new java.util.ArrayList<>(areas);
            again.set(0, new Jurisdiction(areas.get(0).code(), areas.get(0).name() + " (renamed)"));
            backend.jurisdictions().importAll(again);
            assertThat(backend.jurisdictions().count()).isEqualTo(ALL_AREAS);
            assertThat(backend.jurisdictions().find(areas.get(0).code()).orElseThrow().name()).endsWith("(renamed)");
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
