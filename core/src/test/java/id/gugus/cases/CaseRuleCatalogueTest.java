package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.validation.RuleMessages;
import id.gugus.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseRuleCatalogueTest {
    private static final Map<CaseStatus, String> INDONESIAN = Map.of(
            CaseStatus.REPORTED, "dilaporkan", CaseStatus.INQUIRY, "penyelidikan",
            CaseStatus.INVESTIGATION, "penyidikan", CaseStatus.PROSECUTION, "penuntutan",
            CaseStatus.TRIAL, "persidangan", CaseStatus.VERDICT, "putusan", CaseStatus.CLOSED, "ditutup");
    private static final Map<CaseStatus, String> ENGLISH = Map.of(
            CaseStatus.REPORTED, "reported", CaseStatus.INQUIRY, "inquiry",
            CaseStatus.INVESTIGATION, "investigation", CaseStatus.PROSECUTION, "prosecution",
            CaseStatus.TRIAL, "trial", CaseStatus.VERDICT, "verdict", CaseStatus.CLOSED, "closed");

    @Test
    void ids_are_unique_and_stable() {
        assertThat(Arrays.stream(CaseRule.values()).map(CaseRule::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("CASE-[A-Z]+(-[A-Z]+)*"))
                .contains("CASE-NIK-FORMAT", "CASE-ELEMENTS", "CASE-PROSECUTION-ELEMENTS", "CASE-STATUS-TRANSITION",
                        "CASE-CLOSING-REASON", "CASE-DATE-FUTURE", "CASE-DATE-ORDER", "CASE-AGE",
                        "CASE-NIK-DISTRICT", "CASE-NIK-DATE", "CASE-NIK-SEX", "CASE-NIK-BIRTHDATE", "CASE-NIK-SERIAL",
                        "CASE-REFERRAL-CONSENT", "CASE-RESTITUTION", "CASE-RESTITUTION-HEAD", "CASE-ORIGIN",
                        "CASE-VICTIM-ID");
    }

    @Test
    void warnings_are_exactly_the_rules_that_do_not_stop_a_save() {
        assertThat(Arrays.stream(CaseRule.values()).filter(r -> r.severity() == Severity.WARNING))
                .containsExactlyInAnyOrder(CaseRule.ELEMENTS, CaseRule.ORIGIN, CaseRule.AGE_UNKNOWN, CaseRule.OWNER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void each_bundle_has_exactly_the_rules_of_the_enum(String language) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/id/gugus/cases/CaseRules_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> ids = Arrays.stream(CaseRule.values()).map(CaseRule::id).collect(Collectors.toSet());
        assertThat(bundle.stringPropertyNames()).isEqualTo(ids);
    }

    /** Every variant of every message formats in both languages, differently, with no pattern left over. */
    @ParameterizedTest
    @EnumSource(CaseRule.class)
    void every_message_formats_in_both_languages(CaseRule rule) {
        for (int variant = 0; variant <= 4; variant++) {
            String id = RuleMessages.format(rule, RuleMessages.INDONESIAN, variant, variant, "2025-06-30");
            String en = RuleMessages.format(rule, Locale.ENGLISH, variant, variant, "2025-06-30");
            assertThat(id).isNotBlank().doesNotContain("{", "}", "#").isNotEqualTo(en);
            assertThat(en).isNotBlank().doesNotContain("{", "}", "#");
        }
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void statuses_are_named_in_each_language(CaseStatus status) {
        String id = RuleMessages.format(CaseRule.STATUS_TRANSITION, RuleMessages.INDONESIAN, status.ordinal(), 0);
        String en = RuleMessages.format(CaseRule.STATUS_TRANSITION, Locale.ENGLISH, status.ordinal(), 0);
        assertThat(id).contains("dari " + INDONESIAN.get(status) + " ke dilaporkan");
        assertThat(en).contains("from " + ENGLISH.get(status) + " to reported");
    }

    @Test
    void the_english_apostrophe_survives_message_format() {
        assertThat(RuleMessages.format(CaseRule.REFERRAL_CONSENT, Locale.ENGLISH)).contains("victim's consent");
    }
}
