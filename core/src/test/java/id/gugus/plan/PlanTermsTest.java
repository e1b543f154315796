package id.gugus.plan;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.taskforce.Cluster;
import id.gugus.validation.RuleMessages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Both bundles are complete: every rule has a message and every cluster and status a name. */
class PlanTermsTest {
    @Test
    void everyRuleHasAMessageInBothLanguages() {
        for (PlanRule rule : PlanRule.values()) {
            // Formatting with choice index 0 and placeholders exercises choice patterns too.
            Object[] args = {0, "a", "b", "c", "d"};
            String id = RuleMessages.format(rule, RuleMessages.INDONESIAN, args);
            String en = RuleMessages.format(rule, Locale.ENGLISH, args);
            assertThat(id).as(rule.id()).isNotBlank().isNotEqualTo(en);
            assertThat(rule.id()).startsWith("PLAN-");
        }
    }

    @Test
    void clustersAndStatusesHaveDistinctNamesInBothLanguages() {
        for (Cluster c : Cluster.values()) {
            assertThat(PlanTerms.cluster(c, RuleMessages.INDONESIAN)).as(c.name())
                    .isNotBlank().isNotEqualTo(PlanTerms.cluster(c, Locale.ENGLISH));
        }
        for (PlanStatus s : PlanStatus.values()) {
            assertThat(PlanTerms.status(s, RuleMessages.INDONESIAN)).as(s.name())
                    .isNotBlank().isNotEqualTo(PlanTerms.status(s, Locale.ENGLISH));
        }
        assertThat(PlanTerms.cluster(Cluster.PREVENTION, RuleMessages.INDONESIAN)).isEqualTo("pencegahan dan partisipasi anak");
        assertThat(PlanTerms.cluster(Cluster.PREVENTION, Locale.UK)).isEqualTo("prevention and child participation");
        assertThat(PlanTerms.status(PlanStatus.IN_EFFECT, Locale.forLanguageTag("id-ID"))).isEqualTo("berlaku");
    }
}
