package id.gugus.examples.kalbar;

import id.gugus.cases.CaseQuery;
import id.gugus.plan.ActionPlan;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForce;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Kalimantan Barat scenario (docs/story.md), end to end through the public API: the
 * real jurisdictions, the provincial task force re-formed under Regulation 49/2023, the 14
 * regency and city task forces, the RAD 2020–2024, the coordination meeting and its follow-ups,
 * the case of 70 residents in Cambodian scam compounds, what the law forbids, who may see what
 * (roles, scope, personal data, audit), and the provincial report. Runs on embedded H2 by default, in memory with {@code --memory}, or on any supported
 * database with {@code --jdbc-url}; see {@link ScenarioOptions#usage()}.
 *
 * <p>"Today" is {@link ScenarioClock#TODAY}. Every step first looks for what an earlier run
 * stored, so a second run on the same database says what it found and writes nothing twice.
 */
public final class KalbarScenario {
    private KalbarScenario() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ScenarioOptions options;
        try {
            options = ScenarioOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(ScenarioOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            out.print(ScenarioOptions.usage());
            return;
        }
        run(options, out);
    }

    /** Plays the scenario on the store the options choose and prints it to {@code out}. */
    public static ScenarioResult run(ScenarioOptions options, PrintStream out) {
        Console console = new Console(out);
        console.title("Gugus: the Kalimantan Barat scenario (as of " + ScenarioClock.TODAY + ")");
        try (ScenarioStore opened = ScenarioStore.open(options, ScenarioClock.CLOCK)) {
            console.line("store: %s", opened.description());
            return play(opened.store(), options, console);
        }
    }

    /** Plays the scenario on a store the caller opened (with {@link ScenarioClock#CLOCK}) and keeps. */
    static ScenarioResult play(GugusStore store, ScenarioOptions options, PrintStream out) {
        return play(store, options, new Console(out));
    }

    private static ScenarioResult play(GugusStore store, ScenarioOptions options, Console out) {
        boolean existing = survey(store, out);
        long areas = LoadJurisdictions.run(store, options.villagesFile(), options.allVillages(), out);
        KalbarAgencies agencies = KalbarAgencies.findOrCreate(store);
        out.line("agencies of the story: %d (%s)", agencies.count(),
                agencies.created() == 0 ? "all found stored" : agencies.created() + " saved now");
        TaskForce provincial = FormProvincialTaskForce.run(store, agencies, out);
        FormRegencyTaskForces.run(store, provincial, agencies, out);
        ActionPlan rad = WriteActionPlan.run(store, agencies, out);
        RecordMeeting.run(store, provincial, agencies, out);
        RegisterScamCase.run(store, agencies, out);
        List<String> refused = ForbiddenSteps.run(store, out);
        List<String> denied = WhoSeesWhat.run(store, out);
        ProvincialReport.Figures figures = ProvincialReport.run(store, rad,
                // Next to the H2 file; a server's database has no folder here, and memory none at all.
                options.storage() == ScenarioOptions.Storage.H2_FILE ? options.dataDir() : null, out);
        out.blank();
        out.line("Done. Victims' names and NIKs are stored as personal data and were never printed.");
        return new ScenarioResult(existing, areas, agencies.count(), refused, denied, figures);
    }

    /** Says what an earlier run left in the store, if anything. */
    private static boolean survey(GugusStore store, Console out) {
        long areas = store.jurisdictions().count();
        if (areas == 0) {
            out.line("the store is empty: playing the story from the start");
            return false;
        }
        int agencies = store.agencies().inSubtree(KalbarAreas.PROVINCE).size();
        int taskForces = store.taskForces().inSubtree(KalbarAreas.PROVINCE).size();
        int plans = store.actionPlans().forJurisdiction(KalbarAreas.PROVINCE, WriteActionPlan.PERIOD).size();
        long cases = store.cases().count(CaseQuery.all().within(KalbarAreas.PROVINCE));
        int meetings = store.taskForces().activeFor(KalbarAreas.PROVINCE)
                .map(tf -> store.meetings().hostedBy(tf.id()).size()).orElse(0);
        out.line("found in the store: %,d areas; in Kalimantan Barat %d agencies, %d task forces, %d action plan(s), "
                + "%d meeting(s), %d case(s)", areas, agencies, taskForces, plans, meetings, cases);
        out.line("each step below looks for its records first and writes only what is missing");
        return taskForces > 0 || cases > 0;
    }
}
