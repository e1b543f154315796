package id.gugus.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.Dimension;
import id.gugus.cases.Sex;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsKey;
import id.gugus.common.CountryCode;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.Level;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Statistics survive JSON: every key by its text, read back under the dimensions the document names. */
class StatisticsJsonProperties {

    @Property(tries = 300)
    void readsBackWhatItWrote(@ForAll("statistics") Statistics statistics) {
        String json = GugusJson.write(statistics);
        assertThat(GugusJson.read(json, Statistics.class)).isEqualTo(statistics);
    }

    @Example
    void writesEveryKeyAsItsText() {
        Statistics bySex = new Statistics(Dimension.SEX, Dimension.REGENCY, ImmutableList.of(
                new Statistics.Row(StatisticsKey.of(Dimension.SEX, Sex.FEMALE),
                        StatisticsKey.of(Dimension.REGENCY, JurisdictionCode.of("61.71")), 3, 4),
                new Statistics.Row(StatisticsKey.unknown(Dimension.SEX), StatisticsKey.unknown(Dimension.REGENCY), 1, 1)));
        assertThat(GugusJson.write(bySex)).isEqualTo("{\"first\":\"SEX\",\"second\":\"REGENCY\",\"rows\":["
                + "{\"first\":\"FEMALE\",\"second\":\"61.71\",\"cases\":3,\"victims\":4},"
                + "{\"first\":\"UNKNOWN\",\"second\":\"UNKNOWN\",\"cases\":1,\"victims\":1}]}");
    }

    @Example
    void refusesAKeyOfAnotherDimension() {
        String json = "{\"first\":\"SEX\",\"rows\":[{\"first\":\"61.71\",\"cases\":1,\"victims\":1}]}";
        assertThatThrownBy(() -> GugusJson.read(json, Statistics.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.ruleId()).containsExactly("CASE-STATISTICS-KEY"));
    }

    @Example
    void refusesASecondKeyWithoutASecondDimension() {
        String json = "{\"first\":\"SEX\",\"rows\":[{\"first\":\"FEMALE\",\"second\":\"MALE\",\"cases\":1,\"victims\":1}]}";
        assertThatThrownBy(() -> GugusJson.read(json, Statistics.class))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.ruleId()).containsExactly("JSON-INVALID"));
    }

    @Example
    void refusesANegativeCount() {
        String json = "{\"first\":\"SEX\",\"rows\":[{\"first\":\"FEMALE\",\"cases\":-1,\"victims\":1}]}";
        assertThatThrownBy(() -> GugusJson.read(json, Statistics.class)).isInstanceOf(ValidationException.class);
    }

    @Provide
    Arbitrary<Statistics> statistics() {
        Arbitrary<Dimension> dimensions = Arbitraries.of(Dimension.class);
        return Combinators.combine(dimensions, dimensions.injectNull(0.4), Arbitraries.integers().between(0, 6))
                .flatAs((first, second, size) -> rows(first, second, size)
                        .map(rows -> new Statistics(first, second, ImmutableList.copyOf(rows))));
    }

    private static Arbitrary<List<Statistics.Row>> rows(Dimension first, Dimension second, int size) {
        Arbitrary<Statistics.Row> row = Combinators.combine(keys(first), second == null ? Arbitraries.just(null) : keys(second),
                Arbitraries.longs().between(0, 1_000_000), Arbitraries.longs().between(0, 1_000_000))
                .as(Statistics.Row::new);
        return row.list().ofSize(size);
    }

    /** Every kind of key a dimension has, the unknown one included. */
    private static Arbitrary<StatisticsKey> keys(Dimension d) {
        List<StatisticsKey> keys = new ArrayList<>();
        keys.add(StatisticsKey.unknown(d));
        Class<?> type = d.keyType();
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                keys.add(StatisticsKey.of(d, constant));
            }
        } else if (type == JurisdictionCode.class) {
            Level level = d.areaLevel().orElseThrow();
            for (String code : level == Level.PROVINCE ? List.of("61", "31") : List.of("61.71", "61.72", "31.74")) {
                keys.add(StatisticsKey.of(d, JurisdictionCode.of(code)));
            }
        } else if (type == CountryCode.class) {
            for (String code : List.of("IDN", "KHM", "MYS")) {
                keys.add(StatisticsKey.of(d, CountryCode.of(code)));
            }
        } else if (type == Year.class) {
            for (int year : new int[] {2019, 2024, 2025}) {
                keys.add(StatisticsKey.of(d, Year.of(year)));
            }
        } else {
            throw new AssertionError("a key type this test does not know yet: " + type + " (add its sample values)");
        }
        return Arbitraries.of(keys);
    }
}
