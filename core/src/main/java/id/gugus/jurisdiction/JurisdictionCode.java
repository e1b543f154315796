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
        // The format fixes each level's length; the code is read on every case row, so no split.
        return switch (value.length()) {
            case 5 -> Level.REGENCY;
            case 8 -> Level.DISTRICT;
            case 13 -> Level.VILLAGE;
            default -> value.equals("ID") ? Level.NATIONAL : Level.PROVINCE;
        };
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
        return level == level() ? this : new JurisdictionCode(value.substring(0, length(level)));
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
        // Without concatenating: statistics in memory ask this of every case they count.
        String inner = other.value;
        return this.equals(NATIONAL) || inner.equals(value)
                || inner.length() > value.length() && inner.charAt(value.length()) == '.' && inner.startsWith(value);
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

    /** The length of a code at the level (the format fixes it): 2, 5, 8 or 13. */
    private static int length(Level level) {
        return switch (level) {
            case NATIONAL, PROVINCE -> 2;
            case REGENCY -> 5;
            case DISTRICT -> 8;
            case VILLAGE -> 13;
        };
    }

    /** Whether a segment (between dots) is all zeros: {@code 61.00} is no area. */
    private static boolean hasZeroSegment(String value) {
        boolean zeros = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                if (zeros) {
                    return true;
                }
                zeros = true;
            } else if (c != '0') {
                zeros = false;
            }
        }
        return zeros;
    }

    // Suffix 70 is neither a kabupaten (01-69) nor a kota (71-99).
    private static boolean isRegencyGap(String value) {
        return value.length() >= 5 && value.charAt(3) == '7' && value.charAt(4) == '0';
    }

}
