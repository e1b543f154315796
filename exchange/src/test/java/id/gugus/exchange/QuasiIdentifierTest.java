package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.SevenCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generalisation hierarchies, level by level, on victims of the seven cases. */
class QuasiIdentifierTest {
    static SevenCases seven;

    @BeforeAll
    static void seed() {
        seven = SevenCases.seed(GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK));
    }

    static List<String> levels(QuasiIdentifier q, TraffickingCase c, Victim v) {
        return IntStream.rangeClosed(0, q.top()).mapToObj(level -> q.text(c, v, level)).toList();
    }

    @Test
    void victimA1OfPontianakInACambodianScamCompound() {
        TraffickingCase a = seven.a;
        Victim a1 = a.victims().get(0);

        assertThat(levels(QuasiIdentifier.YEAR, a, a1)).containsExactly("2024", "2020-2024", "");
        assertThat(levels(QuasiIdentifier.GENDER, a, a1)).containsExactly("Female", "");
        assertThat(levels(QuasiIdentifier.AGE, a, a1)).containsExactly("21-23", "Adult", "");
        assertThat(levels(QuasiIdentifier.CITIZENSHIP, a, a1)).containsExactly("ID", "ID", "ID", "");
        assertThat(levels(QuasiIdentifier.ORIGIN, a, a1)).containsExactly("61.71", "61", "ID", "");
        assertThat(levels(QuasiIdentifier.EXPLOITATION, a, a1))
                .containsExactly("FORCED_CRIMINALITY_ONLINE_SCAM", "Forced labour", "Labour", "");
        assertThat(levels(QuasiIdentifier.DESTINATION, a, a1)).containsExactly("KH", "ASEAN", "abroad", "");
    }

    @Test
    void aChildOfTwoPurposesAndAForeignerWithoutOrigin() {
        Victim a3 = seven.a.victims().get(2);
        Victim g1 = seven.g.victims().get(0);

        assertThat(levels(QuasiIdentifier.AGE, seven.a, a3)).containsExactly("9-17", "Minor", "");
        assertThat(levels(QuasiIdentifier.EXPLOITATION, seven.a, a3))
                .containsExactly("FORCED_LABOUR;FORCED_CRIMINALITY_ONLINE_SCAM", "Forced labour", "Labour", "");
        assertThat(levels(QuasiIdentifier.CITIZENSHIP, seven.g, g1)).containsExactly("MY", "ASEAN", "foreign", "");
        assertThat(levels(QuasiIdentifier.ORIGIN, seven.g, g1)).containsExactly("unknown", "unknown", "unknown", "");
    }

    @Test
    void unknownAgeAndDestinationStayUnknownUntilLeftOut() {
        Victim c2 = seven.c.victims().get(1);
        Victim e1 = seven.e.victims().get(0);

        assertThat(levels(QuasiIdentifier.AGE, seven.c, c2)).containsExactly("unknown", "unknown", "");
        assertThat(levels(QuasiIdentifier.DESTINATION, seven.e, e1)).containsExactly("unknown", "unknown", "unknown", "");
        assertThat(levels(QuasiIdentifier.EXPLOITATION, seven.e, e1)).containsExactly("CHILD_LABOUR", "Other", "Other", "");
    }

    @Test
    void sexualExploitationAndMarriageFallInTheirCtdcCategories() {
        assertThat(levels(QuasiIdentifier.EXPLOITATION, seven.b, seven.b.victims().get(0)))
                .containsExactly("SEXUAL_EXPLOITATION", "Sexual exploitation", "Sexual", "");
        assertThat(levels(QuasiIdentifier.EXPLOITATION, seven.d, seven.d.victims().get(0)))
                .containsExactly("FORCED_MARRIAGE", "Forced marriage", "Other", "");
        assertThat(levels(QuasiIdentifier.DESTINATION, seven.d, seven.d.victims().get(0)))
                .containsExactly("CN", "East Asia", "abroad", "");
    }
}
