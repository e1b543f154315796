package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.CAMBODIA;
import static id.gugus.storage.tck.TckFixtures.PONTIANAK_TIMUR;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import id.gugus.cases.Address;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.Contact;
import id.gugus.cases.ContactType;
import id.gugus.cases.DocumentType;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.IdentityDocument;
import id.gugus.cases.Nik;
import id.gugus.cases.PersonName;
import id.gugus.cases.PersonalData;
import id.gugus.cases.Sex;
import id.gugus.cases.Suspect;
import id.gugus.cases.SuspectId;
import id.gugus.cases.SuspectKind;
import id.gugus.cases.SuspectRole;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.util.List;

/**
 * People whose personal data the privacy contracts look for: names and numbers distinctive
 * enough that finding any of them in a message, a log line or a {@code toString} can only mean
 * the data leaked. All invented; the NIKs are well-formed and agree with the records.
 */
public final class TckPeople {
    /** A woman of 24 from Pontianak Timur, recruited for a scam compound in Cambodia. */
    public static final String VICTIM_NAME = "Wulandari Kusumaningtyas Sembiring";
    /** The same name as another officer wrote it: other case, accents, spacing ({@code VictimIdentity}). */
    public static final String VICTIM_NAME_AS_WRITTEN_ELSEWHERE = "  WULANDARI   kusumaningtyás  Sembiring ";
    /** District 61.71.02, day 45 (a woman born on the 5th), May 1999, serial 3. */
    public static final String VICTIM_NIK = "6171024505990003";
    public static final LocalDate VICTIM_BORN = LocalDate.of(1999, 5, 5);
    public static final String VICTIM_CONTACT = "0813-4747-2929";
    public static final String VICTIM_ADDRESS = "Gang Mawar Berduri No. 17, Tanjung Hulu";
    /** The name she is known by. */
    public static final String VICTIM_ALIAS = "Kak Ulan Tanjunghulu";
    public static final String VICTIM_EMAIL = "wulandari.ks1999@contoh.id";
    public static final String VICTIM_MESSAGING = "t.me/ulan_sembiring99";
    /** Her village in Pontianak Timur (Tanjung Hulu), with the address. */
    public static final JurisdictionCode VICTIM_VILLAGE = JurisdictionCode.of("61.71.02.1003");
    /** A Cambodian woman's passport number as one officer wrote it, and as another did. */
    public static final String FOREIGN_PASSPORT = "N0 4477 2931";
    public static final String FOREIGN_PASSPORT_AS_WRITTEN_ELSEWHERE = "n04477-2931";
    public static final LocalDate TRAFFICKED_ON = LocalDate.of(2024, 3, 1);

    public static final String SUSPECT_NAME = "Bonaventura Sitompul Harahap";
    /** District 61.72.01, a man born 12 July 1980, serial 5. */
    public static final String SUSPECT_NIK = "6172011207800005";

    /** Every string that must never appear outside the personal fields themselves. */
    public static final List<String> SECRETS = List.of(VICTIM_NAME, VICTIM_NIK, VICTIM_CONTACT, VICTIM_ADDRESS,
            SUSPECT_NAME, SUSPECT_NIK, VICTIM_ALIAS, VICTIM_EMAIL, VICTIM_MESSAGING, "Ulan Tanjunghulu", "ks1999", "ulan_sembiring",
            "4477 2931", "04477-2931", "N044772931", "Sokha Chenda Pich", "Kusumaningtyas", "kusumaningtyás", "Wulandari", "Sembiring", "Mawar Berduri", "4747-2929",
            "Bonaventura", "Sitompul", SevenCases.A1_NAME, SevenCases.A1_NIK);

    private TckPeople() {}

    /**
     * The victim with every personal field filled: her full name and the name she is known by, the
     * NIK, a mobile phone, an e-mail address and a messaging account, her address with its village.
     */
    public static Victim victim() {
        return victimWith(new PersonalData(new PersonName(VICTIM_NAME, VICTIM_ALIAS), Nik.of(VICTIM_NIK),
                ImmutableList.of(Contact.of(ContactType.MOBILE_PHONE, VICTIM_CONTACT), Contact.of(ContactType.EMAIL, VICTIM_EMAIL),
                        Contact.of(ContactType.MESSAGING, VICTIM_MESSAGING)),
                new Address(VICTIM_VILLAGE, VICTIM_ADDRESS), ImmutableList.of()));
    }

    /**
     * A Cambodian woman identified by her passport only (no NIK, another name each time): the
     * passport number as written, issued by Cambodia.
     */
    public static Victim foreignVictim(String name, String passportAsWritten) {
        return victimWith(new PersonalData(new PersonName(null, name), null, ImmutableList.of(), null,
                ImmutableList.of(IdentityDocument.of(DocumentType.PASSPORT, passportAsWritten, CAMBODIA))))
                .toBuilder().citizenship(CAMBODIA).origin(null).build();
    }

    /** Another record, in another case, of the same person: same NIK, a shorter name. */
    public static Victim sameNik() {
        return victimWith(PersonalData.of("Wulan Sembiring", Nik.of(VICTIM_NIK), null, null));
    }

    /** Another record of the same person without a NIK: the name as written elsewhere, the same birth date. */
    public static Victim sameNameAndBirthDate() {
        return victimWith(PersonalData.named(VICTIM_NAME_AS_WRITTEN_ELSEWHERE));
    }

    /** A different person: another name, no NIK, born a year later. */
    public static Victim someoneElse(String name) {
        return victimWith(PersonalData.named(name)).toBuilder().birthDate(VICTIM_BORN.plusYears(1)).build();
    }

    private static Victim victimWith(PersonalData personal) {
        Victim v = TckFixtures.victim(Sex.FEMALE, 24, TRAFFICKED_ON, PONTIANAK_TIMUR,
                ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM);
        return v.toBuilder().personal(personal).birthDate(VICTIM_BORN).build();
    }

    /** The recruiter, a natural person with a name and a NIK. */
    public static Suspect suspect() {
        return new Suspect(SuspectId.random(), SuspectKind.NATURAL_PERSON,
                PersonalData.of(SUSPECT_NAME, Nik.of(SUSPECT_NIK), null, null), ImmutableSet.of(SuspectRole.RECRUITER),
                TckFixtures.INDONESIA);
    }

    /** A new reported case with these victims and {@link #suspect()}, reported on 10 May 2024. */
    public static TraffickingCase caseWith(String number, JurisdictionCode registeredIn, Victim... victims) {
        TraffickingCase c = TckFixtures.newCase(number, registeredIn, LocalDate.of(2024, 5, 10), CaseStatus.REPORTED,
                TckFixtures.abroad(PONTIANAK_TIMUR, CAMBODIA), victims);
        return TckFixtures.withSuspects(c, ImmutableList.of(suspect()));
    }

    /** Asserts that {@code text} shows no personal data of these people or of {@link SevenCases}. */
    public static void assertNoPersonalData(String text, String where) {
        for (String secret : SECRETS) {
            assertThat(text).as("%s must not show personal data", where).doesNotContainIgnoringCase(secret);
        }
    }
}
