package id.gugus.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.google.common.base.Throwables;
import com.google.common.collect.ImmutableList;
import id.gugus.common.Texts;
import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into the one {@link ValidationException} that {@link GugusJson}
 * promises. Jackson's own messages are never passed on: they quote the input, which may be
 * personal data.
 */
final class JsonErrors {
    /** The path of the document's root value. */
    static final String ROOT = "$";

    // Jackson's wording for an absent primitive component and for a null one; neither has an accessor.
    private static final Pattern MISSING_CREATOR_PROPERTY = Pattern.compile("^Missing required creator property '([^']+)'");
    private static final String NULL_PRIMITIVE = "Cannot map `null` into type";

    private JsonErrors() {}

    static ValidationException translate(JsonProcessingException e) {
        String path = path(e);
        ValidationException rule = find(e, ValidationException.class);
        if (rule != null) {
            return repath(rule, path, instantiated(e));
        }
        if (e instanceof PropertyBindingException unknown) {
            String field = String.valueOf(unknown.getPropertyName());
            return ValidationException.invalidValue(JsonRule.UNKNOWN_FIELD, or(path), printable(field));
        }
        InputCoercionException tooBig = find(e, InputCoercionException.class);
        if (tooBig != null) {
            return type(path, tooBig.getTargetType());
        }
        StreamReadException syntax = find(e, StreamReadException.class);
        if (syntax != null) {
            return syntax(parserPath(syntax, path), syntax.getLocation());
        }
        ValueInstantiationException failed = find(e, ValueInstantiationException.class);
        if (failed != null) {
            return instantiation(path, failed);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch(path, mismatch);
        }
        return ValidationException.invalidValue(JsonRule.INVALID, or(path), "JSON");
    }

    /** A rule broken by the root value itself, such as a bad code read as a {@code JurisdictionCode}. */
    static ValidationException atRoot(ValidationException e) {
        return repath(e, "", null);
    }

    private static ValidationException mismatch(String path, MismatchedInputException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof InvalidNullException || message.startsWith(NULL_PRIMITIVE)) {
            return ValidationException.invalidValue(JsonRule.MISSING, or(path));
        }
        Matcher missing = MISSING_CREATOR_PROPERTY.matcher(message);
        if (missing.find()) {
            // Jackson usually puts the property on the path already; older versions did not.
            String field = missing.group(1);
            boolean named = path.equals(field) || path.endsWith("." + field);
            return ValidationException.invalidValue(JsonRule.MISSING, named ? path : join(path, field));
        }
        if (message.startsWith("No content to map") || message.startsWith("Trailing token")) {
            return syntax(path, e.getLocation());
        }
        return type(path, e.getTargetType());
    }

    /** A record's constructor refused the values: a missing one names its field. */
    private static ValidationException instantiation(String path, ValueInstantiationException e) {
        Class<?> type = e.getType() == null ? null : e.getType().getRawClass();
        NullPointerException npe = find(e, NullPointerException.class);
        // Constructors check nulls with Objects.requireNonNull(x, "component").
        if (npe != null && type != null && type.isRecord() && npe.getMessage() != null
                && RecordComponentsOnly.componentNames(type).contains(npe.getMessage())) {
            return ValidationException.invalidValue(JsonRule.MISSING, join(path, npe.getMessage()));
        }
        return ValidationException.invalidValue(JsonRule.INVALID, or(path), type == null ? "?" : type.getSimpleName());
    }

    private static ValidationException type(String path, Class<?> target) {
        return ValidationException.invalidValue(JsonRule.TYPE, or(path), JsonValueKind.of(target).ordinal(),
                JsonValueKind.acceptedNames(target));
    }

    private static ValidationException syntax(String path, JsonLocation at) {
        String line = at == null ? "?" : String.valueOf(at.getLineNr());
        String column = at == null ? "?" : String.valueOf(at.getColumnNr());
        return ValidationException.invalidValue(JsonRule.SYNTAX, or(path), line, column);
    }

    /**
     * The model's own violation, moved to the JSON path. When a record's constructor broke the
     * rule (a blank {@code name}: path {@code agency.name}), the violation's last segment names
     * the component, and the JSON path is completed with it.
     */
    private static ValidationException repath(ValidationException e, String path, Class<?> record) {
        Set<String> components = record == null ? Set.of() : RecordComponentsOnly.componentNames(record);
        ImmutableList.Builder<Violation> moved = ImmutableList.builder();
        for (Violation v : e.violations()) {
            String field = v.path().substring(v.path().lastIndexOf('.') + 1);
            String at = components.contains(field) ? join(path, field) : path;
            moved.add(new Violation(v.ruleId(), v.severity(), or(at), v.messageId(), v.messageEn()));
        }
        return new ValidationException(Violations.of(moved.build()));
    }

    /** The record whose constructor threw, if the rule was broken there and not in a value's parser. */
    private static Class<?> instantiated(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ValueInstantiationException v && v.getCause() instanceof ValidationException) {
                Class<?> type = v.getType() == null ? null : v.getType().getRawClass();
                return type != null && type.isRecord() ? type : null;
            }
        }
        return null;
    }

    /** {@code victims[0].citizenship}: field names joined by dots, indexes in brackets. */
    static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                // An unknown field's name is input: capped like any echoed value.
                path.append(printable(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where the parser stood when the text broke off; a syntax error at the root has no mapping path. */
    private static String parserPath(StreamReadException e, String fallback) {
        JsonParser parser = e.getProcessor();
        if (parser == null || parser.getParsingContext() == null) {
            return fallback;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext at = parser.getParsingContext(); at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                segments.push("." + printable(at.getCurrentName()));
            } else if (at.inArray() && at.getCurrentIndex() >= 0) {
                segments.push("[" + at.getCurrentIndex() + "]");
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String or(String path) {
        return path.isEmpty() ? ROOT : path;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t : Throwables.getCausalChain(e)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** Caps an echoed name so a huge or binary input cannot flood or forge a message. */
    private static String printable(String raw) {
        return Texts.echo(raw);
    }
}
