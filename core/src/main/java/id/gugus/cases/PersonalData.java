package id.gugus.cases;

import id.gugus.common.Texts;

/**
 * The identifying data of a person in a case: name, NIK, contact and address (docs/privacy-and-security.md). Every
 * part is optional. It never appears in {@code toString}, logs or messages, and stores may
 * encrypt it at rest.
 */
public record PersonalData(String name, Nik nik, String contact, String address) {
    public static final PersonalData NONE = new PersonalData(null, null, null, null);

    public PersonalData {
        Texts.optional(name, "personal.name", Texts.SHORT);
        Texts.optional(contact, "personal.contact", Texts.SHORT);
        Texts.optional(address, "personal.address", Texts.LONG);
    }

    public static PersonalData named(String name) {
        return new PersonalData(name, null, null, null);
    }

    public PersonalData withNik(Nik nik) {
        return new PersonalData(name, nik, contact, address);
    }

    public boolean isEmpty() {
        return name == null && nik == null && contact == null && address == null;
    }

    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
