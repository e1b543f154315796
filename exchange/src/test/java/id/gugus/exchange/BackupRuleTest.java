package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.rules.RuleCatalogue;
import id.gugus.validation.RuleMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every backup rule speaks both languages and takes no id of core's catalogue. */
class BackupRuleTest {
    @Test
    void everyRuleHasAnIndonesianAndAnEnglishMessageOfItsOwn() {
        for (BackupRule rule : BackupRule.values()) {
            String en = RuleMessages.format(rule, Locale.ENGLISH, 1, "cases.jsonl", 3, 4);
            String id = RuleMessages.format(rule, Locale.forLanguageTag("id"), 1, "cases.jsonl", 3, 4);
            assertThat(en).as(rule.id()).isNotBlank().isNotEqualTo(id).doesNotContain("{");
            assertThat(id).as(rule.id()).isNotBlank().doesNotContain("{");
            assertThat(RuleCatalogue.find(rule.id())).as(rule.id()).isEmpty();
            assertThat(rule.id()).startsWith("BACKUP-");
        }
    }
}
