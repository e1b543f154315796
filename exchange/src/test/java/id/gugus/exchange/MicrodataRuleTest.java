package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.rules.RuleCatalogue;
import id.gugus.validation.RuleMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every microdata rule speaks both languages and takes no id of core's catalogue. */
class MicrodataRuleTest {
    @Test
    void everyRuleHasAnIndonesianAndAnEnglishMessageOfItsOwn() {
        for (MicrodataRule rule : MicrodataRule.values()) {
            String en = RuleMessages.format(rule, Locale.ENGLISH, 2, 3);
            String id = RuleMessages.format(rule, Locale.forLanguageTag("id"), 2, 3);
            assertThat(en).as(rule.id()).isNotBlank().isNotEqualTo(id).doesNotContain("{").contains("2");
            assertThat(id).as(rule.id()).isNotBlank().doesNotContain("{").contains("2");
            assertThat(RuleCatalogue.find(rule.id())).as(rule.id()).isEmpty();
            assertThat(rule.id()).startsWith("MICRODATA-");
        }
    }
}
