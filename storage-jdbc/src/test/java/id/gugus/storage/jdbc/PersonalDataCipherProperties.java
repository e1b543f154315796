package id.gugus.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import id.gugus.cases.Address;
import id.gugus.cases.Contact;
import id.gugus.cases.ContactType;
import id.gugus.cases.DocumentType;
import id.gugus.cases.IdentityDocument;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonName;
import id.gugus.cases.PersonalData;
import id.gugus.common.CountryCode;
import id.gugus.error.StorageException;
import id.gugus.jurisdiction.JurisdictionCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The cipher of personal data at rest, for arbitrary personal data: any text the domain admits
 * (every Unicode character but controls and unpaired surrogates, up to the field limits), any
 * NIK, any field absent. Sealing and opening give the data back exactly; every other way of
 * opening it (another person, another version of the same person's row, another key, a changed
 * bit, a legacy seal, a plain row on a keyed store) fails with a {@link StorageException} that
 * shows none of it.
 */
class PersonalDataCipherProperties {
    static final PersonalDataKeys KEYS = PersonalDataKeys.generate("k1");
    static final PersonalDataCipher CIPHER = PersonalDataCipher.of(KEYS);

    @Provide
    Arbitrary<PersonalData> people() {
        return structuredPeople();
    }

    /** Structured personal data of any admissible text: any part absent, lists empty or not. */
    static Arbitrary<PersonalData> structuredPeople() {
        Arbitrary<PersonName> names = Combinators.combine(text(200), text(200))
                .as((full, known) -> isBlank(full) && isBlank(known) ? null : new PersonName(full, known));
        Arbitrary<Contact> freeContacts = Combinators.combine(Arbitraries.of(ContactType.SOCIAL_MEDIA, ContactType.MESSAGING,
                ContactType.OTHER), text(200).filter(t -> !isBlank(t))).as(Contact::of);
        Arbitrary<Contact> checkedContacts = Arbitraries.of(Contact.of(ContactType.MOBILE_PHONE, "+62 812-5555-0101"),
                Contact.of(ContactType.HOME_PHONE, "(0561) 734 567"), Contact.of(ContactType.EMAIL, "korban.satu@contoh.id"));
        Arbitrary<ImmutableList<Contact>> contacts = Arbitraries.oneOf(freeContacts, checkedContacts).list().ofMaxSize(3)
                .map(ImmutableList::copyOf);
        Arbitrary<Address> addresses = Combinators.combine(Arbitraries.of("61.71.01.1001", "61.01.01.2001", "61.71").injectNull(0.3),
                text(2000)).as((area, text) -> area == null && isBlank(text) ? null
                        : new Address(area == null ? null : JurisdictionCode.of(area), area != null && isBlank(text) ? null : text));
        Arbitrary<IdentityDocument> documents = Combinators.combine(Arbitraries.of(DocumentType.class),
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').withChars('-', ' ').ofMinLength(1)
                        .ofMaxLength(IdentityDocument.MAX_NUMBER).filter(n -> n.chars().anyMatch(Character::isLetterOrDigit)),
                Arbitraries.of("IDN", "KHM", "MYS", "MMR", "CHN").map(CountryCode::of)).as(IdentityDocument::new);
        return Combinators.combine(names, niks(), contacts, addresses, documents.list().ofMaxSize(2).map(ImmutableList::copyOf))
                .as(PersonalData::new);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The four fields of a seal as Gugus wrote them before issue #15 step 2: name, NIK, contact, address. */
    static byte[] olderFields(String name, String nik, String contact, String address) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            for (String field : new String[] {name, nik, contact, address}) {
                if (field == null) {
                    out.writeInt(-1);
                } else {
                    out.writeInt(field.length());
                    out.writeChars(field);
                }
            }
        }
        return bytes.toByteArray();
    }

    @Property(tries = 300)
    void a_seal_of_the_four_older_fields_opens_as_the_same_values(@ForAll("shortTexts") String name, @ForAll("shortTexts") String contact,
            @ForAll("longTexts") String address) throws Exception {
        Assume.that(!isBlank(name) && !isBlank(contact) && !isBlank(address));
        PersonalData opened = PersonalDataCipher.decode(olderFields(name, "6171014501990001", contact, address));
        assertThat(opened).isEqualTo(PersonalData.of(name, Nik.of("6171014501990001"), contact, address));
        assertThat(opened.name().full()).isEqualTo(name);
        assertThat(opened.contacts()).containsExactly(Contact.of(ContactType.OTHER, contact));
        assertThat(opened.address().text()).isEqualTo(address);
        assertThat(PersonalDataCipher.decode(olderFields(null, null, null, null))).isEqualTo(PersonalData.NONE);
    }

    @Provide
    Arbitrary<String> shortTexts() {
        return text(200);
    }

    @Provide
    Arbitrary<String> longTexts() {
        return text(2000);
    }

    /** Text of up to {@code max} UTF-16 units (so at most that many code points), no controls but tab and newline, no lone surrogate. */
    static Arbitrary<String> text(int max) {
        return Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange('\u00a0', '\ud7ff')
                .withCharRange('\ue000', '\uffff')
                .withChars('\n', '\t')
                .ofMaxLength(max)
                .injectNull(0.2);
    }

    static Arbitrary<Nik> niks() {
        return Arbitraries.strings().numeric().ofLength(16).map(Nik::of).injectNull(0.2);
    }

    @Provide
    Arbitrary<PersonalDataCipher.Owner> owners() {
        return Combinators.combine(Arbitraries.create(UUID::randomUUID).map(UUID::toString),
                Arbitraries.of(CaseRows.VICTIM, CaseRows.SUSPECT), Arbitraries.integers().between(0, 500),
                Arbitraries.create(UUID::randomUUID).map(UUID::toString), Arbitraries.longs().between(1, 1_000_000))
                .as(PersonalDataCipher.Owner::new);
    }

    @Property
    void what_is_sealed_opens_to_exactly_the_same_data(@ForAll("people") PersonalData p, @ForAll("owners") PersonalDataCipher.Owner owner) {
        String sealed = CIPHER.seal(p, owner);
        assertThat(CIPHER.open(sealed, KEYS.keyId(), owner)).isEqualTo(p);
        assertThat(PersonalDataCipher.decode(PersonalDataCipher.encode(p))).isEqualTo(p);
    }

    @Property(tries = 200)
    void sealing_twice_gives_two_different_texts(@ForAll("people") PersonalData p, @ForAll("owners") PersonalDataCipher.Owner owner) {
        assertThat(CIPHER.seal(p, owner)).isNotEqualTo(CIPHER.seal(p, owner));
    }

    @Property(tries = 300)
    void a_sealed_value_moved_to_another_person_does_not_open(@ForAll("people") PersonalData p,
            @ForAll("owners") PersonalDataCipher.Owner owner, @ForAll("owners") PersonalDataCipher.Owner other) {
        Assume.that(!owner.equals(other));
        String sealed = CIPHER.seal(p, owner);
        StorageException e = catchThrowableOfType(StorageException.class, () -> CIPHER.open(sealed, KEYS.keyId(), other));
        assertThat(e.getMessage()).contains(other.caseId(), "k1");
        assertShowsNothingOf(e, p);
    }

    @Property(tries = 300)
    void any_changed_bit_is_detected(@ForAll("people") PersonalData p, @ForAll("owners") PersonalDataCipher.Owner owner,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int where, @ForAll @IntRange(min = 0, max = 7) int bit) {
        byte[] bytes = Base64.getDecoder().decode(CIPHER.seal(p, owner));
        bytes[where % bytes.length] ^= (byte) (1 << bit);
        String tampered = Base64.getEncoder().encodeToString(bytes);
        StorageException e = catchThrowableOfType(StorageException.class, () -> CIPHER.open(tampered, KEYS.keyId(), owner));
        assertThat(e.getMessage()).contains(owner.caseId(), "k1").contains("wrong key, or the stored value was changed");
        assertShowsNothingOf(e, p);
    }

    @Property(tries = 200)
    void other_key_material_under_the_same_id_does_not_open(@ForAll("people") PersonalData p,
            @ForAll("owners") PersonalDataCipher.Owner owner) {
        PersonalDataCipher impostor = PersonalDataCipher.of(PersonalDataKeys.generate("k1"));
        String sealed = CIPHER.seal(p, owner);
        StorageException e = catchThrowableOfType(StorageException.class, () -> impostor.open(sealed, "k1", owner));
        assertShowsNothingOf(e, p);
    }

    @Property(tries = 100)
    void a_key_it_does_not_hold_is_named_in_the_refusal(@ForAll("people") PersonalData p, @ForAll("owners") PersonalDataCipher.Owner owner) {
        String sealed = CIPHER.seal(p, owner);
        assertThatThrownBy(() -> PersonalDataCipher.of(PersonalDataKeys.generate("k2")).open(sealed, "k1", owner))
                .isInstanceOf(StorageException.class).hasMessageContaining("sealed with key k1, but this store has key k2")
                .hasMessageContaining(owner.caseId());
        assertThatThrownBy(() -> PersonalDataCipher.PLAIN.open(sealed, "k1", owner))
                .isInstanceOf(StorageException.class).hasMessageContaining("has no personal-data keys");
        assertThatThrownBy(() -> CIPHER.open(sealed, null, owner)).as("a damaged row without its key id")
                .isInstanceOf(StorageException.class).hasMessageContaining(owner.caseId());
        assertThat(PersonalDataCipher.of(PersonalDataKeyRing.of(PersonalDataKeys.generate("k2"), KEYS)).open(sealed, "k1", owner))
                .as("a ring opens a row under any of its keys").isEqualTo(p);
    }

    /** Issue #16, item 4: an older seal of the same person, written back over a later version, is refused. */
    @Property(tries = 300)
    void a_seal_of_another_version_of_the_same_row_does_not_open(@ForAll("people") PersonalData p,
            @ForAll("owners") PersonalDataCipher.Owner owner, @ForAll @IntRange(min = 1, max = 1000) int later) {
        String older = CIPHER.seal(p, owner);
        PersonalDataCipher.Owner current = new PersonalDataCipher.Owner(owner.caseId(), owner.role(), owner.seq(),
                owner.personId(), owner.caseVersion() + later);
        StorageException e = catchThrowableOfType(StorageException.class, () -> CIPHER.open(older, KEYS.keyId(), current));
        assertThat(e).as("a replayed seal").isNotNull();
        assertShowsNothingOf(e, p);
        PersonalDataCipher.Owner otherPerson = new PersonalDataCipher.Owner(owner.caseId(), owner.role(), owner.seq(),
                UUID.randomUUID().toString(), owner.caseVersion());
        assertThat(catchThrowableOfType(StorageException.class, () -> CIPHER.open(older, KEYS.keyId(), otherPerson)))
                .as("the same place in the case, another person").isNotNull();
    }

    /** Issue #16, item 4: seals of the legacy format (no version) and plain rows are opened only by the one-time sealing. */
    @Property(tries = 200)
    void legacy_seals_and_plain_rows_are_opened_only_while_sealing_old_rows(@ForAll("people") PersonalData p,
            @ForAll("owners") PersonalDataCipher.Owner owner) throws Exception {
        String legacy = legacySeal(KEYS, p, owner);
        assertThatThrownBy(() -> CIPHER.open(legacy, KEYS.keyId(), owner)).isInstanceOf(StorageException.class)
                .hasMessageContaining("rewritePersonalData");
        assertThat(CIPHER.sealingOldRows().open(legacy, KEYS.keyId(), owner)).isEqualTo(p);
        assertThatThrownBy(() -> CIPHER.plain(p, owner)).isInstanceOf(StorageException.class)
                .hasMessageContaining("plain text").hasMessageContaining("rewritePersonalData");
        assertThat(CIPHER.sealingOldRows().plain(p, owner)).isEqualTo(p);
        assertThat(PersonalDataCipher.PLAIN.plain(p, owner)).isEqualTo(p);
        assertThat(CIPHER.isCurrent(legacy, KEYS.keyId())).isFalse();
        assertThat(CIPHER.isCurrent(CIPHER.seal(p, owner), KEYS.keyId())).isTrue();
    }

    /** A seal as Gugus wrote them before issue #16: format 1, bound to key, case, role and position only. */
    static String legacySeal(PersonalDataKeys keys, PersonalData p, PersonalDataCipher.Owner owner) throws Exception {
        byte[] iv = new byte[12];
        new java.security.SecureRandom().nextBytes(iv);
        javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(javax.crypto.Cipher.ENCRYPT_MODE, keys.aesKeySpec(), new javax.crypto.spec.GCMParameterSpec(128, iv));
        aes.updateAAD(String.join("\u0000", "gugus personal_data v1", keys.keyId(), owner.caseId(), owner.role(),
                Integer.toString(owner.seq())).getBytes(StandardCharsets.UTF_8));
        byte[] sealed = aes.doFinal(PersonalDataCipher.encode(p));
        return Base64.getEncoder().encodeToString(java.nio.ByteBuffer.allocate(1 + 12 + sealed.length)
                .put((byte) 1).put(iv).put(sealed).array());
    }

    @Property(tries = 200)
    void identity_hashes_are_keyed_and_stable(@ForAll("keys") String identityKey) throws Exception {
        String plain = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(identityKey.getBytes(StandardCharsets.UTF_8)));
        assertThat(PersonalDataCipher.PLAIN.hash(identityKey)).isEqualTo(plain);
        assertThat(CIPHER.hash(identityKey)).hasSize(64).isEqualTo(CIPHER.hash(identityKey)).isNotEqualTo(plain)
                .isNotEqualTo(PersonalDataCipher.of(PersonalDataKeys.generate("k1")).hash(identityKey));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(16).map(n -> "nik:" + n),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(40).map(n -> "name:" + n + "|1999-05-01"));
    }

    /** Every text of the person's data. */
    static java.util.List<String> personalTexts(PersonalData p) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        if (p.name() != null) {
            texts.add(p.name().full());
            texts.add(p.name().known());
        }
        texts.add(p.nik() == null ? null : p.nik().value());
        p.contacts().forEach(c -> texts.add(c.value()));
        texts.add(p.address() == null ? null : p.address().text());
        p.documents().forEach(d -> texts.add(d.number()));
        return texts;
    }

    private static void assertShowsNothingOf(Throwable e, PersonalData p) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            for (String field : personalTexts(p)) {
                // A short text could occur in an id or a key name by chance; eight characters cannot, in practice.
                if (field != null && field.length() >= 8) {
                    assertThat(message).doesNotContain(field);
                }
            }
        }
    }
}
