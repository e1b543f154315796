package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import id.gugus.common.CountryCode;
import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Identity documents: numbers of letters and digits are accepted however grouped, anything else is
 * refused without being shown, and the same document written differently is one duplicate key.
 */
class IdentityDocumentProperties {
    private static final CountryCode CAMBODIA = CountryCode.of("KHM");

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(20);
    }

    @Property
    void a_number_grouped_or_in_lower_case_is_the_same_document(@ForAll("numbers") String number,
            @ForAll DocumentType type) {
        String grouped = String.join(" - ", number.split("(?<=\\G...)")).toLowerCase(Locale.ROOT);
        IdentityDocument plain = IdentityDocument.of(type, number, CAMBODIA);
        IdentityDocument written = IdentityDocument.of(type, grouped, CAMBODIA);
        assertThat(written.normalisedNumber()).isEqualTo(plain.normalisedNumber()).isEqualTo(number);
        assertThat(VictimIdentity.documentKey(written)).isEqualTo(VictimIdentity.documentKey(plain));
        assertThat(written.toString()).doesNotContain(grouped.length() >= 8 ? grouped : "\u0000");
    }

    @Property
    void the_same_number_of_another_country_or_type_is_another_document(@ForAll("numbers") String number) {
        IdentityDocument khm = IdentityDocument.of(DocumentType.PASSPORT, number, CAMBODIA);
        IdentityDocument mys = IdentityDocument.of(DocumentType.PASSPORT, number, CountryCode.of("MYS"));
        IdentityDocument card = IdentityDocument.of(DocumentType.NATIONAL_ID_FOREIGN, number, CAMBODIA);
        assertThat(VictimIdentity.documentKey(khm)).isNotEqualTo(VictimIdentity.documentKey(mys))
                .isNotEqualTo(VictimIdentity.documentKey(card));
    }

    @Property
    void a_number_with_another_character_is_refused_without_showing_it(@ForAll("numbers") String number,
            @ForAll("odd") char odd) {
        String written = number + odd + "7";
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> IdentityDocument.of(DocumentType.PASSPORT, written, CAMBODIA));
        Violation v = e.violations().get(0);
        assertThat(v.ruleId()).isEqualTo("CASE-DOCUMENT-NUMBER");
        assertThat(v.path()).isEqualTo(IdentityDocument.PATH);
        if (written.length() >= 8) { // a shorter value could occur in the message's own words by chance
            assertThat(v.messageId() + v.messageEn() + e.getMessage()).doesNotContain(written);
        }
    }

    @Provide
    Arbitrary<Character> odd() {
        return Arbitraries.of('.', '#', '\n', '\u0000', 'é', '١', '_', ':');
    }

    @Property
    void a_number_too_long_or_of_separators_only_is_refused(@ForAll("separatorsOnlyOrTooLong") String number) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> IdentityDocument.of(DocumentType.PASSPORT, number, CAMBODIA));
        assertThat(e.violations().get(0).ruleId()).isEqualTo("CASE-DOCUMENT-NUMBER");
    }

    @Provide
    Arbitrary<String> separatorsOnlyOrTooLong() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars(' ', '-', '/').ofMaxLength(10),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(IdentityDocument.MAX_NUMBER + 1).ofMaxLength(80));
    }

    @Property
    void a_victim_has_one_key_per_document_and_none_for_other_documents(@ForAll("numbers") String a, @ForAll("numbers") String b) {
        Victim v = CaseFixtures.adult().personal(PersonalData.NONE.withDocuments(ImmutableList.of(
                IdentityDocument.of(DocumentType.PASSPORT, a, CAMBODIA),
                IdentityDocument.of(DocumentType.PASSPORT, a.toLowerCase(Locale.ROOT), CAMBODIA),
                IdentityDocument.of(DocumentType.SEAMAN_BOOK, b, CountryCode.INDONESIA),
                IdentityDocument.of(DocumentType.OTHER, b, CountryCode.INDONESIA)))).build();
        assertThat(VictimIdentity.documentKeys(v)).hasSize(2).allMatch(k -> VictimIdentity.reasonOf(k) == DuplicateReason.SAME_IDENTITY_DOCUMENT);
    }
}
