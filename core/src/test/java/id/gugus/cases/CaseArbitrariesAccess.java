package id.gugus.cases;

import java.util.List;
import net.jqwik.api.Arbitrary;

/** {@link CaseArbitraries}' personal data for the tests of other packages. */
public final class CaseArbitrariesAccess {
    private CaseArbitrariesAccess() {}

    /** See {@link CaseArbitraries#structuredPeople()}. */
    public static Arbitrary<PersonalData> structuredPeople() {
        return CaseArbitraries.structuredPeople();
    }

    /** See {@link CaseArbitraries#personalTexts(PersonalData)}. */
    public static List<String> personalTexts(PersonalData p) {
        return CaseArbitraries.personalTexts(p);
    }
}
