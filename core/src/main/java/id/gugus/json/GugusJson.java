package id.gugus.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.gugus.error.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * JSON for every aggregate and value of the model, on Jackson 2.
 *
 * <h2>Format</h2>
 * Records are objects of their components, in declaration order; nulls are left out. Typed ids
 * are UUID text, {@code JurisdictionCode}, {@code CountryCode}, {@code LanguageCode}, {@code CaseNumber} and
 * {@code Nik} their text, {@code Rupiah} a JSON integer, dates ISO {@code 2026-11-30}, enums
 * their names, decimals exact. A {@link id.gugus.cases.StatisticsKey} is its text
 * ({@code 61.71}, {@code FEMALE}, {@code UNKNOWN}), read back within its
 * {@link id.gugus.cases.Statistics}, whose dimensions say what each key is.
 *
 * <h2>Personal data is redacted unless asked for</h2>
 * {@link #write} and {@link #mapper()} are for exports: the personal data of victims and
 * suspects (names, NIK, contact, address) is written as {@code {"redacted":true}} wherever it
 * appears (inside a case, a bare {@code Nik} or {@code PersonalData}, one in a list, an array, a
 * map's value; as a map key, the text {@code redacted}), so an export made by accident leaks
 * nothing (docs/privacy-and-security.md), and reading it back is refused. To store or move
 * records between trusted systems, {@link #writeWithPersonalData} and
 * {@link #mapperWithPersonalData()} write it in full; only code running for an actor with the
 * personal-data permission should call them.
 *
 * <h2>Reading is strict</h2>
 * Unknown fields, repeated fields, text after the value, numbers given as text, floats for
 * integers, enum ordinals and dates in any form but {@code yyyy-MM-dd} are refused.
 *
 * <h2>Errors</h2>
 * {@link #read} throws only {@link ValidationException}, with one violation whose path is the
 * JSON path of the offending value, such as {@code victims[0].citizenship}:
 * <ul>
 *   <li>a value that breaks a rule of the model keeps that rule's id and messages
 *       ({@code COUNTRY-CODE}, {@code JUR-CODE-FORMAT}, {@code MONEY-NEGATIVE},
 *       {@code CASE-NIK-FORMAT}, {@code TEXT-REQUIRED}, ...);</li>
 *   <li>a problem of the document itself has a {@link JsonRule}: {@code JSON-SYNTAX},
 *       {@code JSON-UNKNOWN-FIELD}, {@code JSON-TYPE}, {@code JSON-MISSING} (a required value
 *       absent or null, the path names the field) or {@code JSON-INVALID}.</li>
 * </ul>
 * Messages never repeat the value read (Jackson's own messages, which quote the input, are
 * dropped), except an unknown field's name, capped, and what the model's rule itself shows: a
 * refused code, a negative amount, the dates of a reversed period. A NIK, a name or any other
 * personal data never appears. Jackson stops at the first
 * problem, so a document reports one violation at a time (business rules, which report every
 * violation, belong to the validators, run after reading).
 *
 * <p>A mapper from {@link #mapper()} throws Jackson's own exceptions; {@link #translate} turns
 * them into the same {@link ValidationException}.
 */
public final class GugusJson {
    private static final JsonMapper SHARED = builder().build();
    private static final JsonMapper WITH_PERSONAL_DATA = builderWithPersonalData().build();

    private GugusJson() {}

    /** A builder with the Gugus module (personal data redacted) and the strict settings, to add the caller's own modules. */
    public static JsonMapper.Builder builder() {
        return configured(new GugusModule(false));
    }

    /** {@link #builder()} with personal data written in full. */
    public static JsonMapper.Builder builderWithPersonalData() {
        return configured(new GugusModule(true));
    }

    private static JsonMapper.Builder configured(GugusModule module) {
        return JsonMapper.builder()
                .addModule(module)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /** A new mapper with the Gugus configuration; each call gives an independent copy. */
    public static JsonMapper mapper() {
        return SHARED.copy();
    }

    /** {@link #mapper()} with personal data written in full. */
    public static JsonMapper mapperWithPersonalData() {
        return WITH_PERSONAL_DATA.copy();
    }

    /** The value as JSON, personal data redacted: the default for exports. */
    public static String write(Object value) {
        return write(SHARED, value);
    }

    /** The value as JSON with personal data in full, to store or move a record between trusted systems. */
    public static String writeWithPersonalData(Object value) {
        return write(WITH_PERSONAL_DATA, value);
    }

    private static String write(JsonMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /**
     * Reads {@code json} as a {@code type}.
     *
     * @throws ValidationException naming the JSON path and the rule broken (see the class comment)
     */
    public static <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return present(SHARED.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (ValidationException e) {
            throw JsonErrors.atRoot(e);
        }
    }

    /** Reads a document from {@code in}; the reader is not closed. */
    public static <T> T read(Reader in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        try {
            return present(SHARED.readerFor(type).without(StreamReadFeature.AUTO_CLOSE_SOURCE).readValue(in));
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (ValidationException e) {
            throw JsonErrors.atRoot(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JSON document", e);
        }
    }

    /** The {@link ValidationException} for a failure of a mapper configured like {@link #mapper()}. */
    public static ValidationException translate(JsonProcessingException e) {
        return JsonErrors.translate(e);
    }

    private static <T> T present(T value) {
        if (value == null) {
            throw ValidationException.invalidValue(JsonRule.MISSING, JsonErrors.ROOT);
        }
        return value;
    }
}
