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

    /**
     * Personal data from the four values an older register or exchange file holds (any may be
     * null): a name, a NIK, one contact and an address, each as free text.
     *
     * @param name the full name
     * @param nik the NIK
     * @param contact a phone number, e-mail address or other contact
     * @param address an address as written
     * @return the personal data
     */
    public static PersonalData of(String name, Nik nik, String contact, String address) {
        return new PersonalData(name, nik, contact, address);
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
