package id.gugus.report.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.gugus.json.GugusJson;
import id.gugus.report.Report;

/**
 * The report model as JSON, with the library's JSON settings ({@link GugusJson}): dates as ISO
 * text, area codes as text, unknown fields refused on reading. A suppressed number is an empty
 * object ({@code {}}): it has no value to write. The report holds no personal data.
 */
public final class JsonRenderer {
    private static final JsonMapper MAPPER = GugusJson.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private JsonRenderer() {}

    public static String write(Report report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report " + report.header().jurisdiction() + " as JSON", e);
        }
    }

    /** Reads what {@link #write} wrote; malformed JSON is a {@link id.gugus.error.ValidationException}. */
    public static Report read(String json) {
        try {
            return MAPPER.readValue(json, Report.class);
        } catch (JsonProcessingException e) {
            throw GugusJson.translate(e);
        }
    }

    /** The mapper, for callers that embed a report in JSON of their own (exchange files). */
    public static JsonMapper mapper() {
        return MAPPER.copy();
    }
}
