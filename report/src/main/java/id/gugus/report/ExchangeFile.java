package id.gugus.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.hash.Hashing;
import id.gugus.common.Period;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.json.GugusJson;
import id.gugus.validation.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A report sent up to the province or the nation by an installation of its own (docs/task-forces.md: regency
 * task forces report to the province, the province to the national task force). JSON holding
 * the published report only, after disclosure control, never an internal one; the producing
 * jurisdiction, the period, the library version, and a SHA-256 of all of that, so that the
 * receiver can tell a file changed on the way.
 *
 * <pre>{@code
 * String file = ExchangeFile.of(published.report()).toJson();      // at the regency
 * ExchangeFile received = ExchangeFile.read(file);                  // at the province
 * PublishedReport combined = RollUp.combine(store, request, List.of(received, ...));
 * }</pre>
 *
 * @param sha256 hex SHA-256 of the content: the file's JSON without this field, as {@link #toJson} writes it
 */
public record ExchangeFile(String format, String libraryVersion, JurisdictionCode jurisdiction, Period period,
        Report report, String sha256) {
    /** The format written and read by this version. */
    public static final String FORMAT = "gugus-report-exchange/1";
    private static final JsonMapper MAPPER = GugusJson.builder().build();

    public ExchangeFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(libraryVersion, "libraryVersion");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The content that the checksum covers. */
    private record Content(String format, String libraryVersion, JurisdictionCode jurisdiction, Period period,
            Report report) {}

    /**
     * The exchange file of a published report.
     *
     * @throws ValidationException with {@code EXCHANGE-INTERNAL} for an internal (unsuppressed) report
     */
    public static ExchangeFile of(Report report) {
        if (report.header().internal()) {
            throw ValidationException.invalidValue(ExchangeRule.INTERNAL, "report", report.header().jurisdiction());
        }
        Content content = new Content(FORMAT, LibraryVersion.get(), report.header().jurisdiction(),
                report.header().period(), report);
        return new ExchangeFile(content.format(), content.libraryVersion(), content.jurisdiction(), content.period(),
                report, checksum(content));
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the exchange file of " + jurisdiction, e);
        }
    }

    /**
     * Reads an exchange file; its checksum is checked by {@link #verify}, which
     * {@link RollUp#combine} calls, so that every refusal of a file is reported together.
     *
     * @throws ValidationException if it is not JSON of an exchange file ({@code EXCHANGE-FORMAT} or the JSON rules)
     */
    public static ExchangeFile read(String json) {
        ExchangeFile file;
        try {
            file = MAPPER.readValue(json, ExchangeFile.class);
        } catch (JsonProcessingException e) {
            throw GugusJson.translate(e);
        }
        if (!FORMAT.equals(file.format())) {
            throw ValidationException.invalidValue(ExchangeRule.FORMAT, "format", file.format(), "expected " + FORMAT);
        }
        return file;
    }

    /** The violation if the content does not match its checksum; null if it does. */
    public Violation verify() {
        String actual = checksum(new Content(format, libraryVersion, jurisdiction, period, report));
        return actual.equals(sha256) && jurisdiction.equals(report.header().jurisdiction())
                && period.equals(report.header().period()) && !report.header().internal()
                ? null : Violation.of(ExchangeRule.CHECKSUM, "sha256", jurisdiction.value());
    }

    private static String checksum(Content content) {
        try {
            return Hashing.sha256().hashBytes(MAPPER.writeValueAsString(content).getBytes(StandardCharsets.UTF_8)).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the exchange file of " + content.jurisdiction(), e);
        }
    }
}
