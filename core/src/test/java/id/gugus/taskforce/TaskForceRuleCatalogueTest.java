package id.gugus.taskforce;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.jurisdiction.AreaKind;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The catalogue: stable ids, severities, and every message and label in both languages. */
class TaskForceRuleCatalogueTest {
    private static final List<Locale> LANGUAGES = List.of(RuleMessages.INDONESIAN, Locale.ENGLISH);

    @Test
    void idsAndSeverities() {
        assertThat(Arrays.stream(TaskForceRule.values()).map(TaskForceRule::id)).containsExactly(
                "TF-LEVEL", "TF-CHAIR", "TF-DAILY-CHAIR", "TF-NONCOMPLIANT", "TF-PARENT", "TF-PARENT-MISSING",
                "TF-DECREE-SIGNED", "TF-DECREE-SIGNATORY", "TF-SUBTASKFORCE", "TF-MEMBER", "TF-LIFECYCLE",
                "TF-LIFECYCLE-DATE");
        assertThat(Arrays.stream(TaskForceRule.values()).filter(r -> r.severity() == Severity.WARNING))
                .containsExactlyInAnyOrder(TaskForceRule.NONCOMPLIANT, TaskForceRule.PARENT_MISSING);
        assertThat(TaskForceRule.values()).allSatisfy(r -> assertThat(r.bundle()).isEqualTo("id.gugus.taskforce.TaskForceRules"));
    }

    @Test
    void everyRuleHasAMessageInBothLanguages() {
        for (TaskForceRule rule : TaskForceRule.values()) {
            String id = RuleMessages.format(rule, RuleMessages.INDONESIAN, "a", "b", "c", "d", "e");
            String en = RuleMessages.format(rule, Locale.ENGLISH, "a", "b", "c", "d", "e");
            assertThat(id).as(rule.id()).isNotBlank().isNotEqualTo(en);
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(load("id").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void everyOfficeLevelStatusClusterAreaAndStepHasALabelInBothLanguages() {
        for (Locale locale : LANGUAGES) {
            labelled("position", Position.values(), locale);
            labelled("level", TaskForceLevel.values(), locale);
            labelled("status", TaskForceStatus.values(), locale);
            labelled("cluster", Cluster.values(), locale);
            labelled("kind", AreaKind.values(), locale);
            labelled("step", LifecycleStep.values(), locale);
        }
        assertThat(Labels.position(Position.MAYOR, RuleMessages.INDONESIAN)).isEqualTo("Wali Kota");
        assertThat(Labels.position(Position.MAYOR, Locale.ENGLISH)).isEqualTo("Mayor (Wali Kota)");
        assertThat(Labels.anyOf(RequiredOffices.dailyChair(TaskForceLevel.CITY), Locale.ENGLISH))
                .isEqualTo("Resort Police Chief (Kapolres), City Resort Police Chief (Kapolresta) or Metropolitan City"
                        + " Resort Police Chief (Kapolrestabes)");
    }

    private static void labelled(String prefix, Enum<?>[] values, Locale locale) {
        for (Enum<?> value : values) {
            assertThat(Labels.of(prefix, value, locale)).as(prefix + "." + value + " " + locale).isNotBlank();
        }
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TaskForceRuleCatalogueTest.class.getResourceAsStream("TaskForceRules_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
