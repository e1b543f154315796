package id.gugus.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.gugus.cases.CaseNumber;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.ConflictException;
import id.gugus.error.ValidationException;
import id.gugus.examples.CityDesk;
import id.gugus.examples.SampleVictims;
import id.gugus.storage.memory.InMemoryStore;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceStatus;
import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link InMemoryExample}, then does what the example recommends: tests application code
 * ({@link CityDesk}) on a fresh in-memory store with a fixed clock, one per test.
 */
class InMemoryExampleTest {
    private static final CaseNumber NUMBER = CaseNumber.of("LP/B/41/X/2024/SPKT/POLRES SINGKAWANG");

    private GugusStore store;
    private CityDesk desk;

    @BeforeEach
    void freshStore() {
        store = InMemoryStore.create(InMemoryExample.CLOCK);
        desk = new CityDesk(store);
    }

    @Test
    void theExampleRuns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InMemoryExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "task force of 61.72: ESTABLISHED, chair MAYOR, daily chair KAPOLRES, 2 members",
                "case LP/B/41/X/2024/SPKT/POLRES SINGKAWANG stored: version 1, 1 victim, a child: true",
                "second report refused, nothing stored:",
                "  [CASE-DATE-ORDER] victims[0].birthDate: Tanggal lahir jatuh setelah tanggal korban diperdagangkan.",
                "  [CASE-DATE-ORDER] victims[0].birthDate: The birth date is after the date the victim was trafficked.",
                "victims in 61.72, FEMALE: 1");
    }

    @Test
    void theCityTaskForceIsSetUpOnceWithTheMayorAndThePoliceChief() {
        TaskForce first = desk.setUp();
        TaskForce again = desk.setUp();

        assertThat(again).isEqualTo(first);
        assertThat(first.status()).isEqualTo(TaskForceStatus.ESTABLISHED);
        assertThat(first.chair().position()).isEqualTo(Position.MAYOR);
        assertThat(first.dailyChair().position()).isEqualTo(Position.KAPOLRES);
        assertThat(store.agencies().inSubtree(CityDesk.SINGKAWANG)).hasSize(2);
    }

    @Test
    void aReportIsRegisteredOnceEvenIfTheDeskIsAskedTwice() {
        desk.setUp();
        TraffickingCase first = desk.register(NUMBER, LocalDate.of(2024, 10, 21),
                List.of(SampleVictims.childRecruitedOnTikTok()));
        TraffickingCase again = desk.register(NUMBER, LocalDate.of(2024, 10, 21),
                List.of(SampleVictims.childRecruitedOnTikTok()));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.version()).isEqualTo(1);
        assertThat(desk.victimsBySex().totalVictims()).isEqualTo(1);
    }

    @Test
    void anImpossibleRecordIsRefusedInBothLanguagesAndNothingIsStored() {
        desk.setUp();
        CaseNumber other = CaseNumber.of("LP/B/42/X/2024/SPKT/POLRES SINGKAWANG");

        assertThatThrownBy(() -> desk.register(other, LocalDate.of(2024, 10, 22),
                        List.of(SampleVictims.bornAfterRecruitment())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::ruleId, Violation::path)
                            .containsExactly(tuple("CASE-DATE-ORDER", "victims[0].birthDate"));
                    assertThat(e.getMessage(RuleMessages.INDONESIAN)).contains("Tanggal lahir jatuh setelah");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("The birth date is after");
                });
        assertThat(store.cases().findByNumber(other)).isEmpty();
    }

    @Test
    void theInMemoryStoreRefusesAStaleCopyLikeADatabase() {
        desk.setUp();
        TraffickingCase saved = desk.register(NUMBER, LocalDate.of(2024, 10, 21),
                List.of(SampleVictims.childRecruitedOnTikTok()));
        store.cases().save(saved);

        assertThatThrownBy(() -> store.cases().save(saved)).isInstanceOf(ConflictException.class);
        assertThat(store.cases().get(saved.id()).version()).isEqualTo(2);
    }
}
