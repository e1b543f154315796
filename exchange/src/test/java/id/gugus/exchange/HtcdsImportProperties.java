package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.cases.CaseQuery;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Victim;
import id.gugus.common.Texts;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.storage.tck.RandomCases;
import id.gugus.storage.tck.SevenCases;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.storage.tck.TckWorld;
import id.gugus.store.GugusStore;
import id.gugus.validation.RuleMessages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the HTCDS import: random cases, and free texts rich in CSV's special characters,
 * come back from an export the same; a value Gugus cannot hold in any column of codes is named at
 * exactly its row and column, whatever it is, and a personal one is never shown.
 */
class HtcdsImportProperties {
    /** The columns of a victim that hold codes, dates or numbers (not free text), each parsed on import. */
    static final List<HtcdsField> CODED = List.of(HtcdsField.VICTIM_ID, HtcdsField.IDENTITY_NUMBER,
            HtcdsField.BIRTHDATE, HtcdsField.GENDER, HtcdsField.CITIZENSHIP, HtcdsField.TRAFFICKING_STATUS,
            HtcdsField.AGE_WHEN_TRAFFICKED, HtcdsField.RELATIONSHIP_TO_TRAFFICKER,
            HtcdsField.RECRUITMENT_WEBSITES_AND_APPS, HtcdsField.METHOD_OF_RECRUITMENT, HtcdsField.METHODS_OF_CONTROL,
            HtcdsField.TYPE_OF_EXPLOITATION, HtcdsField.FORCED_LABOUR_INDUSTRY, HtcdsField.TYPE_OF_SEX_EXPLOITATION,
            HtcdsField.EXPLOITATION_WEBSITES_AND_APPS, HtcdsField.LOCATION_OF_EXPLOITATION, HtcdsField.SEX,
            HtcdsField.TRAFFICKED_ON, HtcdsField.ORIGIN, HtcdsField.ACTS, HtcdsField.MEANS);

    static GugusStore randomSource(long seed, int count) {
        GugusStore source = GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK);
        TckWorld.seed(source);
        new RandomCases(seed).cases("LP/R", count).forEach(source.cases()::save);
        return source;
    }

    @Property(tries = 25)
    void randomCasesComeBackTheSameFromCsvAndJsonLines(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int count) {
        GugusStore source = randomSource(seed, count);

        assertThat(HtcdsRoundTrip.csv(source, HtcdsRoundTrip.emptyTarget(new InMemoryBackend())).cases()).isEqualTo(count);
        assertThat(HtcdsRoundTrip.jsonLines(source, HtcdsRoundTrip.emptyTarget(new InMemoryBackend())).cases())
                .isEqualTo(count);
    }

    @Property(tries = 40)
    void freeTextsComeBackUnchanged(@ForAll("texts") String name, @ForAll("texts") String address,
            @ForAll("texts") String contact, @ForAll("texts") String reason) {
        GugusStore source = GugusStore.on(new InMemoryBackend(), TckFixtures.CLOCK);
        TckWorld.seed(source);
        Victim v = SevenCases.victimA1().withPersonal(PersonalData.of(name, null, contact, address));
        source.cases().save(TckFixtures.newCase("LP/B/1/I/2026/SPKT/POLRESTA PONTIANAK", TckFixtures.KOTA_PONTIANAK,
                LocalDate.of(2026, 1, 5), CaseStatus.REPORTED, TckFixtures.abroad(TckFixtures.SAMBAS, TckFixtures.CAMBODIA),
                v).close(LocalDate.of(2026, 1, 6), reason));

        HtcdsRoundTrip.csv(source, HtcdsRoundTrip.emptyTarget(new InMemoryBackend()));
        HtcdsRoundTrip.jsonLines(source, HtcdsRoundTrip.emptyTarget(new InMemoryBackend()));
    }

    @Property(tries = 60)
    void aValueGugusCannotHoldIsNamedAtItsRowAndColumn(@ForAll long seed, @ForAll("coded") HtcdsField column,
            @ForAll("junk") String junk) throws IOException {
        GugusStore source = randomSource(seed, 4);
        List<List<String>> rows = new ArrayList<>(HtcdsExportTest.readCsv(HtcdsExportTest.csv(source.as(HtcdsRoundTrip.WORKER))));
        int row = 1 + (int) Math.floorMod(seed, (long) rows.size() - 1);
        rows.get(row).set(rows.get(0).indexOf(column.header()), junk);
        GugusStore target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());

        ImportRefused refused = catchThrowableOfType(() -> HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER),
                new ByteArrayInputStream(HtcdsDamagedFileTest.writeCsv(rows)), HtcdsImportDefaults.NONE, Progress.NONE),
                ImportRefused.class);

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(row + 1);
            assertThat(p.column()).isEqualTo(column.header());
            assertThat(p.ruleId()).isEqualTo(HtcdsImportRule.VALUE.id());
            if (column.personal()) {
                assertThat(p.messageEn()).doesNotContain(junk);
                assertThat(p.messageId()).doesNotContain(junk);
                assertThat(p.value()).isNull();
                assertThat(p.format(Locale.ENGLISH)).doesNotContain(junk).doesNotContain(" value '");
            } else {
                // The wrong code is told the way the register import tells it: beside the message.
                String shown = Texts.echo(junk.strip());
                assertThat(p.value()).isEqualTo(shown);
                assertThat(p.format(Locale.ENGLISH)).startsWith("row " + (row + 1) + ", column " + column.header()
                        + " [HTCDS-IMPORT-VALUE] value '" + shown + "': ");
                assertThat(p.format(RuleMessages.INDONESIAN)).startsWith("baris " + (row + 1) + ", kolom "
                        + column.header() + " [HTCDS-IMPORT-VALUE] nilai '" + shown + "': ");
            }
        });
        assertThat(target.cases().count(CaseQuery.all())).isZero();
    }

    @Provide
    Arbitrary<HtcdsField> coded() {
        return Arbitraries.of(CODED);
    }

    /** Never a code, date, number, country, area or UUID: it holds a '#'. */
    @Provide
    Arbitrary<String> junk() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('#', ' ', '-', '/', '0', '9').ofMinLength(0)
                .ofMaxLength(20).map(s -> "#" + s);
    }

    /** Texts the model accepts (no control characters but line feeds and tabs), rich in CSV's special characters. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> special = Arbitraries.of(',', '"', ';', '\n', '\t', ' ', '\'', '\\', 'é', 'ء', '中', '{', '}');
        Arbitrary<Character> letters = Arbitraries.chars().alpha();
        return Arbitraries.frequencyOf(Tuple.of(1, special), Tuple.of(1, letters))
                .list().ofMinSize(1).ofMaxSize(60)
                .map(cs -> "A" + cs.stream().map(String::valueOf).reduce("", String::concat));
    }
}
