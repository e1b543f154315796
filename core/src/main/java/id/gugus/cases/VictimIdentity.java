package id.gugus.cases;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys that tell two victim records may be one person: the NIK, and the name with the birth
 * date. Names are compared as people write them differently: accents, case and spacing ignored.
 * Stores that hash these keys (JDBC with encryption) hash exactly these strings.
 */
public final class VictimIdentity {
    private VictimIdentity() {}

    /** The NIK key of a victim, if it has a NIK. */
    public static Optional<String> nikKey(Victim v) {
        Nik nik = v.personal().nik();
        return nik == null ? Optional.empty() : Optional.of(nikKey(nik));
    }

    /** The key of a NIK, as a victim holding it has it: what a store looks a NIK up by. */
    public static String nikKey(Nik nik) {
        return "nik:" + nik.value();
    }

    /** The name-and-birth-date key of a victim, if both are known. */
    public static Optional<String> nameKey(Victim v) {
        String name = v.personal().name();
        LocalDate born = v.birthDate();
        if (name == null || born == null) {
            return Optional.empty();
        }
        String folded = normalise(name);
        return folded.isEmpty() ? Optional.empty() : Optional.of("name:" + folded + "|" + born);
    }

    /** NFKD without combining marks, lower case, letters and digits separated by single spaces. */
    static String normalise(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
