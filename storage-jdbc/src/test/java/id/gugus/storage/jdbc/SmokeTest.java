package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.TraffickingCase;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.store.PageRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SmokeTest {
    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void caseRoundTrip() {
            backend.jurisdictions().importAll(List.of(Jurisdiction.of("61", "Kalimantan Barat"), Jurisdiction.of("61.71", "Kota Pontianak")));
            assertThat(backend.jurisdictions().subtree(Fixtures.KALBAR)).hasSize(2);
            TraffickingCase c = Fixtures.scamCase("LP/B/1/2025", Fixtures.PONTIANAK, LocalDate.of(2025, 5, 1));
            backend.cases().insert(c);
            assertThat(backend.cases().find(c.id())).contains(c);
            assertThat(backend.cases().query(CaseQuery.all().within(Fixtures.KALBAR), PageRequest.first(10)).items()).containsExactly(c);
            System.out.println(backend.cases().statistics(CaseQuery.all(), Dimension.EXPLOITATION_TYPE, Dimension.PROVINCE));
            System.out.println(backend.cases().statistics(CaseQuery.all(), Dimension.YEAR, null));
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
