package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Contacts: phone numbers as people write them are accepted and known in E.164, what is no phone
 * number or e-mail address is refused by a rule whose message never shows the value.
 */
class ContactProperties {

    /** Country code (not starting with 0) and subscriber digits: 7 to 15 digits in all, as E.164 allows. */
    @Provide
    Arbitrary<String> e164() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.strings().numeric().ofMinLength(6)
                .ofMaxLength(14)).as((first, rest) -> "+" + first + rest);
    }

    /** Separators people put between groups of digits. */
    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(" ", "-", ".", "", " - ");
    }

    @Property
    void an_e164_number_written_with_separators_is_accepted_as_itself(@ForAll("e164") String number,
            @ForAll("separators") String separator, @ForAll boolean mobile) {
        String written = number.substring(0, 3) + separator + number.substring(3, 5) + separator + number.substring(5);
        Contact c = Contact.of(mobile ? ContactType.MOBILE_PHONE : ContactType.HOME_PHONE, written);
        assertThat(c.e164()).contains(number);
    }

    @Property
    void an_indonesian_number_in_national_form_is_the_same_as_with_plus_62(@ForAll("subscriber") String subscriber) {
        Contact national = Contact.of(ContactType.MOBILE_PHONE, "0" + subscriber);
        Contact international = Contact.of(ContactType.MOBILE_PHONE, "+62 " + subscriber);
        Contact noPlus = Contact.of(ContactType.MOBILE_PHONE, "62" + subscriber);
        assertThat(national.e164()).contains("+62" + subscriber).isEqualTo(international.e164()).isEqualTo(noPlus.e164());
    }

    @Provide
    Arbitrary<String> subscriber() {
        return Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.strings().numeric().ofMinLength(5)
                .ofMaxLength(10)).as((first, rest) -> first + rest);
    }

    @Property
    void a_number_with_a_letter_is_refused_without_showing_it(@ForAll("e164") String number,
            @ForAll("letters") char letter, @ForAll boolean mobile) {
        String written = number.substring(0, 4) + letter + number.substring(4);
        assertRefused(mobile ? ContactType.MOBILE_PHONE : ContactType.HOME_PHONE, written, "CASE-CONTACT-PHONE");
    }

    @Provide
    Arbitrary<Character> letters() {
        return Arbitraries.chars().alpha().with('#', '*', '@', '/', '_');
    }

    @Property
    void more_than_fifteen_or_fewer_than_seven_digits_are_refused(@ForAll("tooLongOrShort") String digits) {
        assertRefused(ContactType.MOBILE_PHONE, "+" + digits, "CASE-CONTACT-PHONE");
    }

    @Provide
    Arbitrary<String> tooLongOrShort() {
        Arbitrary<String> tooLong = Combinators.combine(Arbitraries.integers().between(1, 9),
                Arbitraries.strings().numeric().ofMinLength(15).ofMaxLength(30)).as((first, rest) -> first + rest);
        Arbitrary<String> tooShort = Combinators.combine(Arbitraries.integers().between(1, 9),
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(5)).as((first, rest) -> first + rest);
        return Arbitraries.oneOf(tooLong, tooShort);
    }

    @Property
    void a_number_neither_international_nor_national_is_refused(@ForAll("subscriber") String subscriber) {
        // "81..." could be Japan's +81 or a mistyped 081: it cannot be written in E.164 without guessing.
        String written = "8" + subscriber;
        assertRefused(ContactType.MOBILE_PHONE, written, "CASE-CONTACT-PHONE");
    }

    @Property
    void an_address_of_labels_is_an_email_and_one_without_an_at_sign_is_not(@ForAll("labels") String user,
            @ForAll("labels") String domain, @ForAll("tld") String tld) {
        String address = user + "@" + domain + "." + tld;
        assertThat(Contact.of(ContactType.EMAIL, address).value()).isEqualTo(address);
        assertThat(EmailAddresses.isValid(address)).isTrue();
        assertRefused(ContactType.EMAIL, user + domain + "." + tld, "CASE-CONTACT-EMAIL");
        assertRefused(ContactType.EMAIL, user + "@" + domain, "CASE-CONTACT-EMAIL");
        assertRefused(ContactType.EMAIL, user + " @" + domain + "." + tld, "CASE-CONTACT-EMAIL");
        assertRefused(ContactType.EMAIL, user + "@" + domain + "@" + domain + "." + tld, "CASE-CONTACT-EMAIL");
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(20);
    }

    @Provide
    Arbitrary<String> tld() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
    }

    @Property
    void other_kinds_of_contact_are_free_text(@ForAll("freeText") String text) {
        for (ContactType type : new ContactType[] {ContactType.SOCIAL_MEDIA, ContactType.MESSAGING, ContactType.OTHER}) {
            Contact c = Contact.of(type, text);
            assertThat(c.value()).isEqualTo(text);
            assertThat(c.e164()).isEmpty();
            assertThat(c.toString()).doesNotContain(text);
        }
    }

    @Provide
    Arbitrary<String> freeText() {
        return Arbitraries.strings().alpha().numeric().withChars('@', '.', '/', ' ', '_').ofMinLength(8).ofMaxLength(60)
                .filter(t -> !t.isBlank());
    }

    @Example
    void common_ways_of_writing_a_number_are_accepted() {
        assertThat(Contact.of(ContactType.MOBILE_PHONE, "+62 812-5555-0101").e164()).contains("+6281255550101");
        assertThat(Contact.of(ContactType.MOBILE_PHONE, "0812 5555 0101").e164()).contains("+6281255550101");
        assertThat(Contact.of(ContactType.HOME_PHONE, "(0561) 734567").e164()).contains("+62561734567");
        assertThat(Contact.of(ContactType.MOBILE_PHONE, "+855 12 345 678").e164()).contains("+85512345678");
    }

    private static void assertRefused(ContactType type, String value, String ruleId) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Contact.of(type, value));
        assertThat(e).as(value).isNotNull();
        Violation v = e.violations().get(0);
        assertThat(v.ruleId()).isEqualTo(ruleId);
        assertThat(v.path()).isEqualTo(Contact.PATH);
        if (value.length() >= 8) { // a shorter value could occur in the message's own examples by chance
            assertThat(e.getMessage() + v.messageId() + v.messageEn()).doesNotContain(value);
        }
    }
}
