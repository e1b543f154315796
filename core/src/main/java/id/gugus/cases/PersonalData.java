package id.gugus.cases;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The identifying data of a person in a case (docs/privacy-and-security.md): the name, the NIK,
 * contacts by type, the address, and identity documents other than the NIK. Every part is
 * optional. None of it ever appears in {@code toString}, logs or messages; exports redact all of
 * it, stores may seal all of it at rest, and the NIK and identity documents are the keys a store
 * hashes to find duplicate victims ({@link VictimIdentity}).
 *
 * @param name the name (full and as known), or null
 * @param nik the NIK, or null
 * @param contacts the contacts, in the order given; empty if none
 * @param address the address, or null
 * @param documents identity documents other than the NIK (passport, ...); empty if none
 */
public record PersonalData(PersonName name, Nik nik, ImmutableList<Contact> contacts, Address address,
        ImmutableList<IdentityDocument> documents) {
    public static final PersonalData NONE = new PersonalData(null, null, ImmutableList.of(), null, ImmutableList.of());

    public PersonalData {
        contacts = contacts == null ? ImmutableList.of() : contacts;
        documents = documents == null ? ImmutableList.of() : documents;
    }

    /**
     * Personal data from the four values an older register or exchange file holds (any may be
     * null): a name, a NIK, one contact and an address, each as free text. The contact becomes one
     * of type {@link ContactType#OTHER}, since its kind is not known; the address is free text
     * without an area code. A blank text is no value, and is taken as absent (older records
     * allowed blank texts where the structured values do not).
     *
     * @param name the full name
     * @param nik the NIK
     * @param contact a phone number, e-mail address or other contact
     * @param address an address as written
     * @return the personal data
     */
    public static PersonalData of(String name, Nik nik, String contact, String address) {
        return new PersonalData(isBlank(name) ? null : PersonName.of(name), nik,
                isBlank(contact) ? ImmutableList.of() : ImmutableList.of(Contact.of(ContactType.OTHER, contact)),
                isBlank(address) ? null : Address.written(address), ImmutableList.of());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Personal data holding a full name only.
     *
     * @param name the full name
     * @return the personal data
     */
    public static PersonalData named(String name) {
        return of(name, null, null, null);
    }

    /**
     * This data with another NIK.
     *
     * @param nik the NIK, or null for none
     * @return the changed copy
     */
    public PersonalData withNik(Nik nik) {
        return new PersonalData(name, nik, contacts, address, documents);
    }

    /**
     * This data with another name.
     *
     * @param name the name, or null for none
     * @return the changed copy
     */
    public PersonalData withName(PersonName name) {
        return new PersonalData(name, nik, contacts, address, documents);
    }

    /**
     * This data with other contacts.
     *
     * @param contacts the contacts, in order
     * @return the changed copy
     */
    public PersonalData withContacts(List<Contact> contacts) {
        return new PersonalData(name, nik, ImmutableList.copyOf(contacts), address, documents);
    }

    /**
     * This data with another address.
     *
     * @param address the address, or null for none
     * @return the changed copy
     */
    public PersonalData withAddress(Address address) {
        return new PersonalData(name, nik, contacts, address, documents);
    }

    /**
     * This data with other identity documents.
     *
     * @param documents the documents, in order
     * @return the changed copy
     */
    public PersonalData withDocuments(List<IdentityDocument> documents) {
        return new PersonalData(name, nik, contacts, address, ImmutableList.copyOf(documents));
    }

    /**
     * The full name if known, else the name the person is known by; null without a name.
     *
     * @return the name to call the person by, or null
     */
    public String shownName() {
        return name == null ? null : name.shown();
    }

    /**
     * The first contact of a type.
     *
     * @param type the kind of contact
     * @return its value as written, or null if there is none
     */
    public String firstContact(ContactType type) {
        Objects.requireNonNull(type, "type");
        return contacts.stream().filter(c -> c.type() == type).map(Contact::value).findFirst().orElse(null);
    }

    public boolean isEmpty() {
        return name == null && nik == null && contacts.isEmpty() && address == null && documents.isEmpty();
    }

    @Override
    public String toString() {
        return "PersonalData[redacted]";
    }
}
