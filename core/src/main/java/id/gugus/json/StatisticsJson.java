package id.gugus.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.google.common.collect.ImmutableList;
import id.gugus.cases.Dimension;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsKey;
import id.gugus.error.ValidationException;
import java.io.IOException;

/**
 * {@link Statistics} in JSON. A {@link StatisticsKey} is written as its text ({@code 61.71},
 * {@code FEMALE}, {@code UNKNOWN}); alone it cannot be read back, since the same text may be a key
 * of several dimensions, so statistics are read as a whole: the dimensions first, then every row's
 * keys parsed under them ({@link StatisticsKey#parse}, rule {@code CASE-STATISTICS-KEY}).
 */
final class StatisticsJson {
    private StatisticsJson() {}

    /** The document as written: the row keys as text. */
    record Document(Dimension first, Dimension second, ImmutableList<Row> rows) {}

    record Row(String first, String second, long cases, long victims) {}

    static final class Deserializer extends StdDeserializer<Statistics> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(Statistics.class);
        }

        @Override
        public Statistics deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Document d = ctxt.readValue(p, Document.class);
            if (d.first() == null) {
                throw ValidationException.invalidValue(JsonRule.MISSING, "first");
            }
            if (d.rows() == null) {
                throw ValidationException.invalidValue(JsonRule.MISSING, "rows");
            }
            ImmutableList.Builder<Statistics.Row> rows = ImmutableList.builder();
            for (int i = 0; i < d.rows().size(); i++) {
                Row r = d.rows().get(i);
                if (r.first() == null) {
                    throw ValidationException.invalidValue(JsonRule.MISSING, "rows[" + i + "].first");
                }
                if ((d.second() == null) != (r.second() == null)) {
                    // A second key without a second dimension, or the reverse.
                    throw ValidationException.invalidValue(JsonRule.INVALID, "rows[" + i + "].second");
                }
                if (r.cases() < 0 || r.victims() < 0) {
                    throw ValidationException.invalidValue(JsonRule.INVALID, "rows[" + i + "]");
                }
                rows.add(new Statistics.Row(StatisticsKey.parse(d.first(), r.first()),
                        d.second() == null ? null : StatisticsKey.parse(d.second(), r.second()), r.cases(), r.victims()));
            }
            return new Statistics(d.first(), d.second(), rows.build());
        }
    }
}
