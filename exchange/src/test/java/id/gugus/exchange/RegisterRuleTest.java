package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.rules.RuleCatalogue;
import id.gugus.validation.RuleMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every register rule speaks both languages and takes no id of core's catalogue. */
class RegisterRuleTest {
    @Test
    void everyRuleHasAnIndonesianAndAnEnglishMessageOfItsOwn() {
        for (RegisterRule rule : RegisterRule.values()) {
            String en = RuleMessages.format(rule, Locale.ENGLISH, 1, "kolom", 3);
            String id = RuleMessages.format(rule, Locale.forLanguageTag("id"), 1, "kolom", 3);
            assertThat(en).as(rule.id()).isNotBlank().isNotEqualTo(id).doesNotContain("{");
            assertThat(id).as(rule.id()).isNotBlank().doesNotContain("{");
            assertThat(RuleCatalogue.find(rule.id())).as(rule.id()).isEmpty();
            assertThat(rule.id()).startsWith("REGISTER-");
        }
    }
}
