package id.gugus.cases;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys that tell two victim records may be one person: the NIK, an identity document (a
 * foreign victim's passport), and the full name with the birth date. Names are compared as people write them differently: accents, case and spacing ignored.
 * Stores that hash these keys (JDBC with encryption) hash exactly these strings.
 */
public final class VictimIdentity {
    private static final String NIK_PREFIX = "nik:";
    private static final String DOCUMENT_PREFIX = "document:";

    private VictimIdentity() {}

    /** The NIK key of a victim, if it has a NIK. */
    public static Optional<String> nikKey(Victim v) {
        Nik nik = v.personal().nik();
        return nik == null ? Optional.empty() : Optional.of(nikKey(nik));
    }

    /** The key of a NIK, as a victim holding it has it: what a store looks a NIK up by. */
    public static String nikKey(Nik nik) {
        return NIK_PREFIX + nik.value();
    }

    /**
     * The keys of a victim's identity documents: type, issuing country and number without
     * separators, once each. Documents of type {@link DocumentType#OTHER} have none, as "other"
     * documents of one country share no numbering.
     */
    public static List<String> documentKeys(Victim v) {
        return v.personal().documents().stream()
                .filter(d -> d.type() != DocumentType.OTHER)
                .map(VictimIdentity::documentKey)
                .distinct()
                .toList();
    }

    /** The key of an identity document, as a victim holding it has it. */
    public static String documentKey(IdentityDocument d) {
        return DOCUMENT_PREFIX + d.type() + "|" + d.issuedBy().value() + "|" + d.normalisedNumber();
    }

    /** The reason two victims sharing a key may be one person, by the key's prefix. */
    public static DuplicateReason reasonOf(String key) {
        return key.startsWith(NIK_PREFIX) ? DuplicateReason.SAME_NIK
                : key.startsWith(DOCUMENT_PREFIX) ? DuplicateReason.SAME_IDENTITY_DOCUMENT
                : DuplicateReason.SAME_NAME_AND_BIRTH_DATE;
    }

    /** The name-and-birth-date key of a victim, if both are known. */
    public static Optional<String> nameKey(Victim v) {
        String name = v.personal().name() == null ? null : v.personal().name().full();
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
