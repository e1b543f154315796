package id.gugus.jurisdiction;

import id.gugus.common.Texts;
import id.gugus.error.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Kemendagri area code: {@code ID} (the national root), {@code 61} (province),
 * {@code 61.71} (regency or city), {@code 61.71.01} (district), {@code 61.71.01.1001}
 * (village). Level, parent and kind follow from the code alone (docs/jurisdictions.md).
 *
 * <p>Codes sort so that a subtree is one contiguous range: every code under {@code 61} lies in
 * [{@code 61}, {@code 61/}), because '/' is the character after '.'. Stores use
 * {@link #subtreeUpperBound()} for index range scans.
 */
public record JurisdictionCode(String value) implements Comparable<JurisdictionCode> {
    private static final Pattern FORMAT =
            Pattern.compile("ID|[1-9][0-9](\\.[0-9]{2}(\\.[0-9]{2}(\\.[1-3][0-9]{3})?)?)?");

    // Declared before NATIONAL: static fields initialise in order, and NATIONAL needs the pattern.
    public static final JurisdictionCode NATIONAL = new JurisdictionCode("ID");

    public JurisdictionCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches() || hasZeroSegment(value) || isRegencyGap(value)) {
            throw ValidationException.invalidValue(JurisdictionRule.CODE_FORMAT, "code", Texts.echo(value));
        }
    }

    public static JurisdictionCode of(String value) {
        return new JurisdictionCode(value);
    }

    public Level level() {
        if (value.equals("ID")) {
            return Level.NATIONAL;
        }
        return Level.values()[value.split("\\.").length];
    }

    /** The containing area; empty only for the national root. */
    public Optional<JurisdictionCode> parent() {
        return switch (level()) {
            case NATIONAL -> Optional.empty();
            case PROVINCE -> Optional.of(NATIONAL);
            default -> Optional.of(new JurisdictionCode(value.substring(0, value.lastIndexOf('.'))));
        };
    }

    /** The ancestor (or this code itself) at the given level. */
    public JurisdictionCode ancestorAt(Level level) {
        if (level.compareTo(level()) > 0) {
            throw new IllegalArgumentException(value + " has no ancestor at the lower level " + level);
        }
        if (level == Level.NATIONAL) {
            return NATIONAL;
        }
        String[] parts = value.split("\\.");
        return new JurisdictionCode(String.join(".", java.util.Arrays.copyOf(parts, level.ordinal())));
    }

    public AreaKind kind() {
        return switch (level()) {
            case NATIONAL -> AreaKind.COUNTRY;
            case PROVINCE -> AreaKind.PROVINCE;
            case REGENCY -> Integer.parseInt(lastSegment()) < 70 ? AreaKind.KABUPATEN : AreaKind.KOTA;
            case DISTRICT -> AreaKind.KECAMATAN;
            // The format admits only 1xxx, 2xxx and 3xxx: no code is a village of unknown kind.
            case VILLAGE -> switch (lastSegment().charAt(0)) {
                case '1' -> AreaKind.KELURAHAN;
                case '2' -> AreaKind.DESA;
                default -> AreaKind.DESA_ADAT;
            };
        };
    }

    /** True if {@code other} is this area or lies inside it. */
    public boolean contains(JurisdictionCode other) {
        return this.equals(NATIONAL) || other.value.equals(value) || other.value.startsWith(value + ".");
    }

    /** Exclusive upper bound of this subtree in code order: {@code 61} gives {@code 61/}. */
    public String subtreeUpperBound() {
        return equals(NATIONAL) ? "ID/" : value + "/";
    }

    @Override
    public int compareTo(JurisdictionCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private String lastSegment() {
        return value.substring(value.lastIndexOf('.') + 1);
    }

    private static boolean hasZeroSegment(String value) {
        for (String part : value.split("\\.")) {
            if (part.chars().allMatch(c -> c == '0')) {
                return true;
            }
        }
        return false;
    }

    // Suffix 70 is neither a kabupaten (01-69) nor a kota (71-99).
    private static boolean isRegencyGap(String value) {
        String[] parts = value.split("\\.");
        return parts.length >= 2 && parts[1].equals("70");
    }

}
