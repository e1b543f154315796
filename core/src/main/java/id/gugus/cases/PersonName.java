package id.gugus.cases;

import id.gugus.common.Texts;

/**
 * A person's name as a case records it: the full name (as on an identity document, if known) and
 * the name the person is known by (a nickname or alias, HTCDS {@code prs_NameAsKnown}). Either
 * may be absent, not both. Names are not split into first and last: many Indonesians have one
 * name only, so HTCDS's first name is the full name. Personal data: never in {@code toString},
 * messages or logs.
 *
 * @param full the full name, or null
 * @param known the name the person is known by, or null
 */
public record PersonName(String full, String known) {
    public PersonName {
        if ((full == null || full.isBlank()) && (known == null || known.isBlank())) {
            Texts.required(null, "personal.name.full", Texts.SHORT);
        }
        Texts.optional(full, "personal.name.full", Texts.SHORT);
        Texts.optional(known, "personal.name.known", Texts.SHORT);
    }

    /**
     * A full name only.
     *
     * @param full the full name
     * @return the name
     */
    public static PersonName of(String full) {
        return new PersonName(Texts.required(full, "personal.name.full", Texts.SHORT), null);
    }

    /**
     * The full name if known, else the name the person is known by: how the person is called.
     *
     * @return the name to call the person by
     */
    public String shown() {
        return full != null ? full : known;
    }

    @Override
    public String toString() {
        return "PersonName[redacted]";
    }
}
