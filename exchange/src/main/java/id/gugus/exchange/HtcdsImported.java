package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * What an HTCDS import stored.
 *
 * @param cases the cases stored, each new (version 1)
 * @param victims the victims in them (rows of the file)
 * @param warnings what was left out or is incomplete, by row and column: columns Gugus does not
 *     import, and the warnings of the model's rules (such as {@code CASE-ELEMENTS})
 */
public record HtcdsImported(int cases, long victims, ImmutableList<ImportProblem> warnings) {
    public HtcdsImported {
        warnings = ImmutableList.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /**
     * @param cases the cases stored
     * @param victims the victims in them
     * @param warnings the warnings
     * @return the result
     */
    static HtcdsImported of(int cases, long victims, List<ImportProblem> warnings) {
        return new HtcdsImported(cases, victims, ImmutableList.copyOf(warnings));
    }
}
