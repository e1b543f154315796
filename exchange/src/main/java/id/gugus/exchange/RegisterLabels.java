package id.gugus.exchange;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import id.gugus.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The Indonesian values of the register's enumerated columns ({@code register-labels.properties}):
 * each constant has one or more labels, the first the one shown. Reading ignores case, spaces
 * around, runs of spaces, and the difference between a space, a hyphen and an underscore, so
 * {@code Laki-laki}, {@code laki laki} and the constant {@code MALE} all read as {@code MALE}.
 */
final class RegisterLabels {
    private static final Properties LABELS = load();
    private static final Map<Class<?>, ImmutableMap<String, Enum<?>>> READERS = new ConcurrentHashMap<>();

    private RegisterLabels() {}

    /**
     * The constant a label names.
     *
     * @throws ValidationException {@code REGISTER-LABEL} at {@code column}, listing the labels
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text, String column) {
        Enum<?> found = reader(type).get(normalise(text));
        if (found == null) {
            throw ValidationException.invalidValue(RegisterRule.LABEL, column, allowed(type));
        }
        return type.cast(found);
    }

    /** Several labels separated by semicolons (or commas); blank parts are skipped. */
    static <E extends Enum<E>> ImmutableSet<E> parseAll(Class<E> type, String text, String column) {
        ImmutableSet.Builder<E> all = ImmutableSet.builder();
        for (String part : text.split("[;,]")) {
            if (!part.isBlank()) {
                all.add(parse(type, part, column));
            }
        }
        return all.build();
    }

    /** The label shown for a constant: the first of its labels. */
    static String label(Enum<?> value) {
        return labels(value).get(0);
    }

    /** Every label of a constant, the shown one first. */
    static ImmutableList<String> labels(Enum<?> value) {
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        String line = LABELS.getProperty(key);
        if (line == null) {
            throw new IllegalStateException("no label " + key + " in register-labels.properties");
        }
        return ImmutableList.copyOf(line.split("\\|"));
    }

    /** The shown labels of every constant of {@code type}, as a message lists them. */
    static String allowed(Class<? extends Enum<?>> type) {
        return List.of(type.getEnumConstants()).stream().map(RegisterLabels::label).collect(Collectors.joining(", "));
    }

    static String normalise(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    private static ImmutableMap<String, Enum<?>> reader(Class<? extends Enum<?>> type) {
        return READERS.computeIfAbsent(type, t -> {
            Map<String, Enum<?>> map = new HashMap<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                map.put(normalise(constant.name()), constant);
            }
            // Labels win over constant names: RecruitmentChannel's "penculikan" is ABDUCTION either way.
            for (Enum<?> constant : type.getEnumConstants()) {
                for (String label : labels(constant)) {
                    Enum<?> before = map.put(normalise(label), constant);
                    if (before != null && before != constant) {
                        throw new IllegalStateException("label " + label + " names two values of " + type.getSimpleName());
                    }
                }
            }
            return ImmutableMap.copyOf(map);
        });
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = RegisterLabels.class.getResourceAsStream("register-labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("register-labels.properties is missing from the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
