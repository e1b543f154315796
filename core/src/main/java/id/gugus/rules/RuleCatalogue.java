package id.gugus.rules;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.CaseRule;
import id.gugus.common.CommonRule;
import id.gugus.json.JsonRule;
import id.gugus.jurisdiction.JurisdictionRule;
import id.gugus.meeting.MeetingRule;
import id.gugus.plan.PlanRule;
import id.gugus.security.AccessRule;
import id.gugus.security.ActorRule;
import id.gugus.taskforce.TaskForceRule;
import id.gugus.validation.Rule;
import id.gugus.validation.RuleMessages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every rule of the library, for documentation and for callers that map rule ids to their own
 * handling. Each package keeps its rules in one enum; this is the one place that lists the
 * enums, so it is the one class of {@code validation} that names the other packages (the
 * architecture test allows exactly this).
 */
public final class RuleCatalogue {
    /** The rule enums, in the order the catalogue lists them. A new rule enum is added here. */
    static final List<Class<? extends Rule>> RULE_ENUMS =
            List.of(CommonRule.class, JurisdictionRule.class, TaskForceRule.class, CaseRule.class, PlanRule.class,
                    MeetingRule.class, JsonRule.class, AccessRule.class, ActorRule.class);

    private static final ImmutableList<Rule> ALL = RULE_ENUMS.stream()
            .flatMap(type -> Arrays.stream(constants(type)))
            .collect(ImmutableList.toImmutableList());

    private RuleCatalogue() {}

    /** Every rule, enum by enum, each in declaration order. */
    public static ImmutableList<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The catalogue as a Markdown table with the English messages, for the README. */
    public static String describe() {
        return describe(Locale.ENGLISH);
    }

    /**
     * The catalogue as a Markdown table: id, severity and message in the given language, with
     * its placeholders ({@code {0}}) left in.
     */
    public static String describe(Locale locale) {
        StringBuilder table = new StringBuilder("| rule | severity | message |\n| --- | --- | --- |\n");
        for (Rule rule : ALL) {
            table.append("| `").append(rule.id()).append("` | ").append(rule.severity().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(RuleMessages.format(rule, locale).replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    private static Rule[] constants(Class<? extends Rule> type) {
        Rule[] constants = type.getEnumConstants();
        if (constants == null) {
            throw new IllegalStateException(type.getName() + " is not an enum of rules");
        }
        return constants;
    }
}
