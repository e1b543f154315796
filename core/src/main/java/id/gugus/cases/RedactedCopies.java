package id.gugus.cases;

import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rule CASE-PERSONAL-DATA-ERASED. An actor without the personal-data permission gets cases with
 * every person's personal data removed ({@link TraffickingCase#withoutPersonalData()}); such a
 * copy, saved back by someone who may write cases, would erase names and NIKs of the whole
 * case. So a save may not turn a person's stored personal data into none: a person the stored
 * case holds data of, and the saved copy holds (same id) with none, is a violation at its path.
 * Changing a person's data, removing one field, or removing the person from the case stays
 * possible; wiping all of it through a copy that never showed it does not.
 */
final class RedactedCopies {
    private static final int VICTIM = 0;
    private static final int SUSPECT = 1;

    private RedactedCopies() {}

    static Violations erasedPersonalData(TraffickingCase stored, TraffickingCase updated) {
        ViolationCollector v = new ViolationCollector();
        check(stored.victims(), updated.victims(), Victim::id, Victim::personal, "victims", VICTIM, v);
        check(stored.suspects(), updated.suspects(), Suspect::id, Suspect::personal, "suspects", SUSPECT, v);
        return v.result();
    }

    private static <P> void check(List<P> stored, List<P> updated, Function<P, Object> id, Function<P, PersonalData> personal,
            String list, int kind, ViolationCollector v) {
        // Persons are matched by id and, where a case repeats an id, by which occurrence of it they
        // are: the second person with an id is compared with the second stored one, not the first.
        Map<Object, List<PersonalData>> before = stored.stream()
                .collect(Collectors.groupingBy(id, Collectors.mapping(personal, Collectors.toList())));
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < updated.size(); i++) {
            P person = updated.get(i);
            Object key = id.apply(person);
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            List<PersonalData> candidates = before.getOrDefault(key, List.of());
            PersonalData had = occurrence < candidates.size() ? candidates.get(occurrence) : null;
            v.check(had != null && !had.isEmpty() && personal.apply(person).isEmpty(), CaseRule.PERSONAL_DATA_ERASED,
                    list + "[" + i + "].personal", kind);
        }
    }
}
