package id.gugus.examples.kalbar;

import java.util.List;

/**
 * What a run of the scenario found and produced, besides what it printed.
 *
 * @param foundExisting whether the store already held the story from an earlier run
 * @param areas areas stored at the end
 * @param refusedBy ids of the rules that refused the forbidden attempts, in order
 * @param deniedBy ids of the access rules that refused the attempts of step 8, in order
 */
public record ScenarioResult(boolean foundExisting, long areas, int agencies, List<String> refusedBy,
        List<String> deniedBy, ProvincialReport.Figures report) {}
