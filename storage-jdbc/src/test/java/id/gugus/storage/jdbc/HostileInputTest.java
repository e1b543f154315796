package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.Agency;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.PersonalData;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Texts;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Hostile text round-trips exactly or fails validation cleanly on every database: quotes, SQL
 * injection attempts, LIKE wildcards, 4-byte UTF-8 (emoji) and names exactly at the column limits;
 * NUL and text over the limit are refused before any SQL runs.
 */
class HostileInputTest {
    static final List<String> HOSTILE = List.of(
            "O'Brien \"the\" `agent`",
            "'; DROP TABLE agency; --",
            "'); DELETE FROM trafficking_case WHERE '1'='1",
            "Robert\\'); DROP TABLE jurisdiction;--",
            "100% _match_ [x] *",
            "Siti 👩‍👧 Rahayu 🇮🇩 𝕏 𠜎",
            "ⅯⅭⅯ — عربى — 日本語 — trailing space ",
            " leading and  double  spaces",
            "tab\tand\nnewline");

    static final String EMOJI_AT_SHORT_LIMIT = "😀".repeat(Texts.SHORT);
    static final String EMOJI_AT_LONG_LIMIT = "𠜎".repeat(Texts.LONG);

    abstract static class Contract extends DatabaseTest {
        Contract(TestDatabase.Kind kind) {
            super(kind);
        }

        @Test
        void hostileAgencyNamesRoundTripExactly() {
            for (String name : concat(HOSTILE, List.of(EMOJI_AT_SHORT_LIMIT))) {
                Agency agency = Fixtures.agency(name, Fixtures.KALBAR);
                backend.agencies().insert(agency);
                assertThat(backend.agencies().find(agency.id())).as(name).contains(agency);
            }
            assertThat(backend.agencies().inSubtree(Fixtures.KALBAR)).hasSize(HOSTILE.size() + 1);
        }

        @Test
        void hostileAreaNamesRoundTripExactly() {
            backend.jurisdictions().importAll(List.of(Jurisdiction.of("61", HOSTILE.get(1)),
                    Jurisdiction.of("61.71", EMOJI_AT_SHORT_LIMIT), Jurisdiction.of("61.01", HOSTILE.get(5))));
            assertThat(backend.jurisdictions().subtree(Fixtures.KALBAR)).extracting(Jurisdiction::name)
                    .containsExactly(HOSTILE.get(1), HOSTILE.get(5), EMOJI_AT_SHORT_LIMIT);
        }

        @Test
        void hostileCaseNumbersAndPersonalDataRoundTripAndAreFoundByNumber() {
            int n = 0;
            for (String text : concat(HOSTILE, List.of("😀".repeat(100)))) {
                String number = text.length() > 90 && !text.startsWith("😀") ? text.substring(0, 90) : text;
                TraffickingCase c = withFirstVictim(
                        Fixtures.scamCase(number.isBlank() ? "x" + n : number, Fixtures.PONTIANAK, LocalDate.of(2025, 1, 1 + n++)),
                        PersonalData.of(text.length() > Texts.SHORT ? EMOJI_AT_SHORT_LIMIT : text, null,
                                EMOJI_AT_SHORT_LIMIT, EMOJI_AT_LONG_LIMIT));
                backend.cases().insert(c);
                assertThat(backend.cases().find(c.id())).as(text).contains(c);
                assertThat(backend.cases().findByNumber(c.number())).as(text).contains(c);
            }
            assertThat(backend.cases().count(CaseQuery.all())).isEqualTo(HOSTILE.size() + 1);
        }

        @Test
        void caseNumbersDifferingOnlyInCaseOrTrailingSpaceAreDistinct() {
            for (String number : List.of("LP/B/1/2025", "lp/b/1/2025", "LP/B/1/2025 ")) {
                backend.cases().insert(Fixtures.scamCase(number, Fixtures.PONTIANAK, LocalDate.of(2025, 1, 1)));
            }
            assertThat(backend.cases().findByNumber(CaseNumber.of("lp/b/1/2025")).orElseThrow().number().value())
                    .isEqualTo("lp/b/1/2025");
            assertThat(backend.cases().count(CaseQuery.all())).isEqualTo(3);
        }

        @Test
        void nulAndTextOverTheLimitFailValidationBeforeAnySql() {
            assertTextFormat(() -> Fixtures.agency("Dinas\u0000PPPA", Fixtures.KALBAR), "agency.name");
            assertTextFormat(() -> Fixtures.agency(EMOJI_AT_SHORT_LIMIT + "😀", Fixtures.KALBAR), "agency.name");
            assertTextFormat(() -> CaseNumber.of("😀".repeat(101)), "case.number");
            assertTextFormat(() -> PersonalData.of(null, null, null, EMOJI_AT_LONG_LIMIT + "x"), "personal.address.text");
            assertTextFormat(() -> PersonalData.named("Siti\u0000"), "personal.name.full");
            assertThat(backend.agencies().inSubtree(Fixtures.KALBAR)).isEmpty();
        }

        private static void assertTextFormat(Runnable build, String path) {
            assertThatThrownBy(build::run).isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).violations())
                    .satisfies(vs -> assertThat(vs).extracting(Violation::ruleId, Violation::path)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("TEXT-FORMAT", path)));
        }

        private static TraffickingCase withFirstVictim(TraffickingCase c, PersonalData personal) {
            return c.replaceVictim(c.victims().get(0).withPersonal(personal));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            return ImmutableList.<String>builder().addAll(a).addAll(b).build();
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
