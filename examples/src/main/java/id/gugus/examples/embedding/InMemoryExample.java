package id.gugus.examples.embedding;

import id.gugus.cases.CaseNumber;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.ValidationException;
import id.gugus.examples.CityDesk;
import id.gugus.examples.SampleVictims;
import id.gugus.storage.memory.InMemoryStore;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.TaskForce;
import id.gugus.validation.RuleMessages;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Embedding Gugus with the in-memory store, as in a unit test: no database, a fixed clock, the
 * same rules as every other store. The city's desk ({@link CityDesk}) sets up its task force,
 * registers a report of a child recruited through a TikTok job ad, and has an impossible one
 * refused. {@code InMemoryExampleTest} runs it, and shows the same store in ordinary tests.
 */
public final class InMemoryExample {
    /** A fixed "today", so that the test gives the same answers every day. */
    public static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2024, 11, 30).atStartOfDay(ZoneId.of("Asia/Pontianak")).toInstant(),
            ZoneId.of("Asia/Pontianak"));

    private InMemoryExample() {}

    public static void main(String[] args) {
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    public static void run(PrintStream out) {
        GugusStore store = InMemoryStore.create(CLOCK);
        CityDesk desk = new CityDesk(store);

        TaskForce taskForce = desk.setUp();
        out.printf(Locale.ROOT, "task force of %s: %s, chair %s, daily chair %s, %d members%n",
                taskForce.jurisdiction(), taskForce.status(), taskForce.chair().position(),
                taskForce.dailyChair().position(), taskForce.members().size());

        TraffickingCase registered = desk.register(CaseNumber.of("LP/B/41/X/2024/SPKT/POLRES SINGKAWANG"),
                LocalDate.of(2024, 10, 21), List.of(SampleVictims.childRecruitedOnTikTok()));
        out.printf(Locale.ROOT, "case %s stored: version %d, %d victim, a child: %s%n", registered.number(),
                registered.version(), registered.victims().size(), registered.hasChildVictim());

        try {
            desk.register(CaseNumber.of("LP/B/42/X/2024/SPKT/POLRES SINGKAWANG"), LocalDate.of(2024, 10, 22),
                    List.of(SampleVictims.bornAfterRecruitment()));
        } catch (ValidationException refused) {
            out.println("second report refused, nothing stored:");
            refused.violations().forEach(v -> out.println("  " + v.format(RuleMessages.INDONESIAN)));
            refused.violations().forEach(v -> out.println("  " + v.format(Locale.ENGLISH)));
        }

        for (Statistics.Row row : desk.victimsBySex().rows()) {
            out.printf(Locale.ROOT, "victims in %s, %s: %d%n", CityDesk.SINGKAWANG, row.first().text(), row.victims());
        }
    }
}
