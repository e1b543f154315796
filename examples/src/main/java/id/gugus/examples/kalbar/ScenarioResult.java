package id.gugus.examples.kalbar;

import java.util.List;

/**
 * What a run of the scenario found and produced, besides what it printed.
 *
 * @param foundExisting whether the store already held the story from an earlier run
 * @param areas areas stored at the end
 * @param refusedBy ids of the rules that refused the forbidden attempts, in order
 */
public record ScenarioResult(boolean foundExisting, long areas, int agencies, List<String> refusedBy,
        ProvincialReport.Figures report) {}
