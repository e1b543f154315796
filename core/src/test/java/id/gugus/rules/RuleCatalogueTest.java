package id.gugus.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.gugus.validation.Rule;
import id.gugus.validation.Severity;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule catalogue: unique, well-formed ids, and a real message in both languages for each. */
class RuleCatalogueTest {
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final String RULE_ID = "[A-Z]+(-[A-Z0-9]+)+";

    @Test
    void listsTheRulesOfEveryPackage() {
        assertThat(RuleCatalogue.all()).extracting(Rule::id).contains(
                "MONEY-NEGATIVE", "COUNTRY-CODE", "PERIOD-ORDER", "TEXT-REQUIRED", "TEXT-FORMAT",
                "JUR-CODE-FORMAT", "JUR-PARENT", "JUR-UNKNOWN", "TF-DAILY-CHAIR", "CASE-NIK-FORMAT",
                "JSON-SYNTAX", "JSON-UNKNOWN-FIELD", "JSON-TYPE", "JSON-MISSING", "JSON-INVALID");
        assertThat(RuleCatalogue.find("TEXT-REQUIRED")).map(Rule::severity).contains(Severity.ERROR);
        assertThat(RuleCatalogue.find("NO-SUCH-RULE")).isEmpty();
    }

    /** A rule enum the catalogue does not list would be missing from the README and from find. */
    @Test
    void everyRuleEnumOfTheLibraryIsListed() {
        Set<Class<?>> ruleEnums = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.gugus")
                .stream()
                .filter(JavaClass::isEnum)
                .filter(c -> c.isAssignableTo(Rule.class))
                .map(JavaClass::reflect)
                .collect(Collectors.toSet());

        assertThat(ruleEnums).isNotEmpty();
        assertThat(new HashSet<>(RuleCatalogue.RULE_ENUMS)).isEqualTo(ruleEnums);
    }

    @Test
    void idsAreUniqueAndWellFormed() {
        List<String> ids = RuleCatalogue.all().stream().map(Rule::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches(RULE_ID), "matches " + RULE_ID);
    }

    @Test
    void everyRuleHasItsOwnMessageInBothLanguages() {
        for (Rule rule : RuleCatalogue.all()) {
            String id = pattern(rule, INDONESIAN);
            String en = pattern(rule, Locale.ENGLISH);

            assertThat(id).as(rule.id() + " in Indonesian").isNotBlank();
            assertThat(en).as(rule.id() + " in English").isNotBlank();
            assertThat(id).as(rule.id() + " is translated").isNotEqualTo(en);
            assertThat(arguments(id)).as(rule.id() + " uses the same arguments in both languages").isEqualTo(arguments(en));
            assertThat(new MessageFormat(id, INDONESIAN).format(new Object[] {0, 0, 0, 0, 0, 0})).isNotBlank();
            assertThat(new MessageFormat(en, Locale.ENGLISH).format(new Object[] {0, 0, 0, 0, 0, 0})).isNotBlank();
        }
    }

    /**
     * A message without its rule is a renamed or deleted rule whose text was left behind. Keys in
     * another shape (the task force bundle's lower-case labels, {@code position.KAPOLDA}) are not
     * rule messages.
     */
    @Test
    void bundlesHoldNoMessageWithoutARule() {
        Set<String> bundles = RuleCatalogue.all().stream().map(Rule::bundle).collect(Collectors.toSet());
        for (String bundle : bundles) {
            Set<String> ids = RuleCatalogue.all().stream().filter(r -> r.bundle().equals(bundle)).map(Rule::id)
                    .collect(Collectors.toSet());
            for (Locale locale : List.of(INDONESIAN, Locale.ENGLISH)) {
                Set<String> ruleKeys = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK).keySet().stream()
                        .filter(k -> k.matches(RULE_ID)).collect(Collectors.toSet());
                assertThat(ruleKeys).as(bundle + " " + locale).isEqualTo(ids);
            }
        }
    }

    @Test
    void describeListsEveryRuleWithItsSeverityAndEnglishMessage() {
        String table = RuleCatalogue.describe();

        assertThat(table).startsWith("| rule | severity | message |\n| --- | --- | --- |\n");
        assertThat(table.lines()).hasSize(RuleCatalogue.all().size() + 2);
        assertThat(table).contains("| `MONEY-NEGATIVE` | error | A rupiah amount cannot be negative (got {0}). |");
        assertThat(RuleCatalogue.describe(INDONESIAN))
                .contains("| `MONEY-NEGATIVE` | error | Jumlah rupiah tidak boleh negatif (diberikan {0}). |");
    }

    private static String pattern(Rule rule, Locale locale) {
        return ResourceBundle.getBundle(rule.bundle(), locale, NO_FALLBACK).getString(rule.id());
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
