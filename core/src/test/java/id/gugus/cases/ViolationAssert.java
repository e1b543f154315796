package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.List;

/** Asserts one rule's violation: id, severity, path, and key words of both messages. */
final class ViolationAssert {
    private ViolationAssert() {}

    /** Exactly one violation of {@code rule}, at {@code path}, with these words in Indonesian and English. */
    static Violation single(Violations found, CaseRule rule, String path, String indonesian, String english) {
        List<Violation> ofRule = found.all().stream().filter(v -> v.ruleId().equals(rule.id())).toList();
        assertThat(ofRule).as("violations of %s in %s", rule.id(), found.all()).hasSize(1);
        Violation v = ofRule.get(0);
        assertThat(v.path()).isEqualTo(path);
        assertThat(v.severity()).isEqualTo(rule.severity());
        assertThat(v.messageId()).contains(indonesian);
        assertThat(v.messageEn()).contains(english);
        return v;
    }

    /** The only violation of all is {@code rule} at {@code path}. */
    static Violation only(Violations found, CaseRule rule, String path, String indonesian, String english) {
        assertThat(found.all()).as("all violations").hasSize(1);
        return single(found, rule, path, indonesian, english);
    }

    static void none(Violations found, CaseRule rule) {
        assertThat(found.all()).extracting(Violation::ruleId).doesNotContain(rule.id());
    }

    static List<String> ids(Violations found) {
        return found.all().stream().map(Violation::ruleId).toList();
    }
}
