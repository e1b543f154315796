package id.gugus.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.gugus.common.Rupiah;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * (De)serializers that write the model's value types as JSON scalars. Readers accept only the
 * one JSON form their writer produces, so a document has one spelling of every value.
 * Constructor invariants (rules such as {@code COUNTRY-CODE}) are left to throw: the caller of
 * {@link GugusJson#read} gets them at their JSON path.
 */
final class Scalars {
    private Scalars() {}

    /** A value written as its text, such as a country code. */
    static final class TextSerializer<T> extends StdScalarSerializer<T> {
        private final Function<T, String> text;

        TextSerializer(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(text.apply(value));
        }
    }

    /** Reads a value from a JSON string only; numbers, booleans, arrays and objects are refused. */
    static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> parse;

        TextDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.type = type;
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            return parse.apply(p.getText());
        }
    }

    /** Reads a typed id from the canonical 36-character UUID text. */
    static final class IdDeserializer<T> extends StdScalarDeserializer<T> {
        // UUID.fromString alone accepts short groups such as "1-1-1-1-1".
        private static final Pattern CANONICAL =
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        private final Class<T> type;
        private final Function<UUID, T> wrap;

        IdDeserializer(Class<T> type, Function<UUID, T> wrap) {
            super(type);
            this.type = type;
            this.wrap = wrap;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            if (!CANONICAL.matcher(text).matches()) {
                return type.cast(ctxt.handleWeirdStringValue(type, text, "not a UUID"));
            }
            return wrap.apply(UUID.fromString(text));
        }
    }

    /** Rupiah as a JSON integer: exact, and never a float (docs/restitution.md). */
    static final class RupiahSerializer extends StdScalarSerializer<Rupiah> {
        RupiahSerializer() {
            super(Rupiah.class);
        }

        @Override
        public void serialize(Rupiah value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.amount());
        }
    }

    static final class RupiahDeserializer extends StdScalarDeserializer<Rupiah> {
        RupiahDeserializer() {
            super(Rupiah.class);
        }

        @Override
        public Rupiah deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return (Rupiah) ctxt.handleUnexpectedToken(Rupiah.class, p);
            }
            // getLongValue fails for integers beyond the long range instead of wrapping around.
            return Rupiah.of(p.getLongValue());
        }
    }

    /** Dates as ISO {@code 2026-11-30}; never timestamps, arrays or date-times. */
    static final class DateSerializer extends StdScalarSerializer<LocalDate> {
        DateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
    }

    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        // STRICT: 2026-02-30 is refused rather than moved to the last day of February.
        private static final DateTimeFormatter ISO =
                DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            try {
                return LocalDate.parse(text, ISO);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO date");
            }
        }
    }

    /**
     * A personal value (personal data, a NIK) in an export: {@code {"redacted":true}} in place of
     * what is there, {@code {}} when there is nothing. Reading such a document back fails (an
     * unknown field, or an object where text belongs), so a redacted export can never be
     * mistaken for a record without personal data.
     */
    static final class RedactedSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Predicate<T> isEmpty;

        RedactedSerializer(Class<T> type, Predicate<T> isEmpty) {
            super(type);
            this.isEmpty = isEmpty;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            if (!isEmpty.test(value)) {
                gen.writeBooleanField("redacted", true);
            }
            gen.writeEndObject();
        }
    }

    /** A personal value as a map key in an export: the text {@code redacted}. */
    static final class RedactedKeySerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        RedactedKeySerializer(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeFieldName("redacted");
        }
    }

    /** A value written as its text when it is a map key (Jackson would otherwise call {@code toString()}). */
    static final class TextKeySerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Function<T, String> text;

        TextKeySerializer(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeFieldName(text.apply(value));
        }
    }
}
