package id.gugus.cases;

import id.gugus.common.Texts;
import id.gugus.error.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * One way to reach a person: its type and its value as written. Phone numbers are checked loosely
 * ({@link PhoneNumbers}: whatever can be written in E.164), e-mail addresses by their shape
 * ({@link EmailAddresses}); other types are free text. The value is personal data: never in
 * {@code toString}, and the rules' messages never show it.
 *
 * @param type the kind of contact
 * @param value the contact as written
 */
public record Contact(ContactType type, String value) {
    /** The path of a contact's value in messages; callers prefix it ({@code victims[0].personal.contacts}). */
    public static final String PATH = "personal.contacts.value";

    public Contact {
        Objects.requireNonNull(type, "type");
        Texts.required(value, PATH, Texts.SHORT);
        if (type.isPhone() && PhoneNumbers.e164(value).isEmpty()) {
            throw ValidationException.invalidValue(CaseRule.CONTACT_PHONE, PATH);
        }
        if (type == ContactType.EMAIL && !EmailAddresses.isValid(value)) {
            throw ValidationException.invalidValue(CaseRule.CONTACT_EMAIL, PATH);
        }
    }

    /**
     * A contact of the given type.
     *
     * @param type the kind of contact
     * @param value the contact as written
     * @return the contact
     */
    public static Contact of(ContactType type, String value) {
        return new Contact(type, value);
    }

    /**
     * The phone number in E.164 ({@code +628125550101}) if this is a phone contact.
     *
     * @return the number in E.164, or empty for a contact that is no phone number
     */
    public Optional<String> e164() {
        return type.isPhone() ? PhoneNumbers.e164(value) : Optional.empty();
    }

    @Override
    public String toString() {
        return "Contact[" + type + ", redacted]";
    }
}
