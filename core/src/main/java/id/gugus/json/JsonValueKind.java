package id.gugus.json;

import com.google.common.collect.ImmutableSet;
import id.gugus.common.Rupiah;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a Java type looks like in JSON, for the {@code JSON-TYPE} message. The ordinal is the
 * index of the {@code choice} in the message bundles: append only.
 */
enum JsonValueKind {
    TEXT,
    INTEGER,
    NUMBER,
    BOOLEAN,
    DATE,
    UUID_TEXT,
    ARRAY,
    OBJECT,
    ENUM;

    private static final ImmutableSet<Class<?>> INTEGERS = ImmutableSet.of(
            long.class, Long.class, int.class, Integer.class, short.class, Short.class, byte.class, Byte.class,
            BigInteger.class, Rupiah.class);
    private static final ImmutableSet<Class<?>> NUMBERS =
            ImmutableSet.of(BigDecimal.class, double.class, Double.class, float.class, Float.class);

    static JsonValueKind of(Class<?> type) {
        if (type == null) {
            return OBJECT;
        }
        if (type.isEnum()) {
            return ENUM;
        }
        if (type == String.class || GugusModule.TEXT_TYPES.contains(type)) {
            return TEXT;
        }
        if (type == UUID.class || GugusModule.ID_TYPES.contains(type)) {
            return UUID_TEXT;
        }
        if (INTEGERS.contains(type)) {
            return INTEGER;
        }
        if (NUMBERS.contains(type)) {
            return NUMBER;
        }
        if (type == boolean.class || type == Boolean.class) {
            return BOOLEAN;
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return ARRAY;
        }
        return OBJECT;
    }

    /** The accepted names of an enumeration, {@code FEMALE | MALE}; empty for other types. */
    static String acceptedNames(Class<?> type) {
        if (type == null || !type.isEnum()) {
            return "";
        }
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(" | "));
    }
}
