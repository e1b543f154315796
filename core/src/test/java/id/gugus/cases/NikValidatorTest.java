package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.ADULT_BORN;
import static id.gugus.cases.CaseFixtures.ADULT_NIK;
import static id.gugus.cases.CaseFixtures.TODAY;
import static id.gugus.cases.CaseFixtures.TRAFFICKED_ON;
import static id.gugus.cases.ViolationAssert.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NikValidatorTest {
    private static final NikValidator NIK = NikValidator.bundled();
    private static final String PATH = "personal.nik";

    private static Victim woman(String nik, LocalDate born) {
        return CaseFixtures.adult().nik(Nik.of(nik)).birthDate(born).build();
    }

    private static Victim man(String nik, LocalDate born) {
        return CaseFixtures.adult().male().nik(Nik.of(nik)).birthDate(born).build();
    }

    private static Victim withAge(String nik, Sex sex, int age) {
        return CaseFixtures.adult().nik(Nik.of(nik)).sex(sex).birthDate(null).age(age).build();
    }

    /** No message may carry the NIK or any part of it (docs/privacy-and-security.md). */
    private static void noNikIn(Violations found, String nik) {
        for (Violation v : found.all()) {
            for (String part : new String[] {nik, nik.substring(0, 6), nik.substring(6, 12), nik.substring(12)}) {
                assertThat(v.messageId()).doesNotContain(part);
                assertThat(v.messageEn()).doesNotContain(part);
            }
        }
    }

    @Nested
    class Format {
        @ParameterizedTest
        @ValueSource(strings = {"", "617101540398000", "61710154039800011", "61710154039800O1", "6171 01540398000",
                "６１７１０１５４０３９８０００１"})
        void anything_but_16_ascii_digits_is_refused(String raw) {
            assertThatThrownBy(() -> Nik.of(raw)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.ruleId()).isEqualTo("CASE-NIK-FORMAT");
                        assertThat(v.path()).isEqualTo("nik");
                        assertThat(v.messageId()).contains("16 angka");
                        assertThat(v.messageEn()).contains("16 digits");
                        assertThat(e.getMessage()).doesNotContain("0398");
                    }));
        }

        @Test
        void sixteen_digits_are_a_nik_that_never_shows() {
            Nik nik = Nik.of(ADULT_NIK);
            assertThat(nik.districtCode()).isEqualTo("61.71.01");
            assertThat(nik.toString()).doesNotContain(ADULT_NIK).doesNotContain("617101");
        }
    }

    @Nested
    class RealNiks {
        @Test
        void a_woman_from_pontianak_selatan_is_clean() {
            assertThat(NIK.validate(woman(ADULT_NIK, ADULT_BORN)).all()).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({
            "6171011403980001, MALE, 1998-03-14",   // 61.71.01 Pontianak Selatan, man
            "6171015403980001, FEMALE, 1998-03-14", // same date, woman: day 14 + 40
            "6172017112990042, FEMALE, 1999-12-31", // 61.72.01 Singkawang Tengah, 31 + 40 = 71
            "6101014101000007, FEMALE, 2000-01-01", // 61.01.01 Sambas, 1 + 40 = 41
            "6101010101009999, MALE, 2000-01-01",   // highest serial
            "6171016902000001, FEMALE, 2000-02-29", // 29 Feb 2000: a leap year
            "6171012902960001, MALE, 1996-02-29"})
        void real_kalimantan_barat_niks_are_clean(String nik, Sex sex, LocalDate born) {
            Victim v = CaseFixtures.adult().nik(Nik.of(nik)).sex(sex).birthDate(born).build();
            assertThat(NIK.validate(v).all()).isEmpty();
        }

        @Test
        void the_prefix_is_where_it_was_issued_not_compared_with_the_origin() {
            Victim movedToSemarang = CaseFixtures.adult().origin(JurisdictionCode.of("33.74.01")).build();
            assertThat(NIK.validate(movedToSemarang).all()).isEmpty();
            assertThat(CaseValidator.validate(CaseFixtures.reported(movedToSemarang), TODAY).all()).isEmpty();
        }

        @Test
        void a_victim_without_a_nik_has_nothing_to_check() {
            Victim v = CaseFixtures.adult().personal(PersonalData.named("Siti")).build();
            assertThat(NIK.validate(v).all()).isEmpty();
        }
    }

    @Nested
    class District {
        @ParameterizedTest
        @ValueSource(strings = {
            "6171995403980001", // 61.71.99: Kota Pontianak has no such district
            "6170015403980001", // regency suffix 70 is never used
            "0000005403980001", // zero segments
            "9999995403980001"})
        void an_unknown_district_prefix_is_an_error(String nik) {
            Violations found = NIK.validate(woman(nik, ADULT_BORN));
            only(found, CaseRule.NIK_DISTRICT, PATH, "kecamatan", "district");
            noNikIn(found, nik);
        }
    }

    @Nested
    class CalendarDate {
        @ParameterizedTest
        @ValueSource(strings = {
            "6171013201980001", // day 32: neither a man's nor a woman's day
            "6171010001980001", // day 00
            "6171017201980001", // day 72: 32 for a woman
            "6171013104980001", // 31 April
            "6171010113980001", // month 13
            "6171010100980001", // month 00
            "6171012902010001"}) // 29 Feb 1901 / 2001: neither is a leap year
        void a_date_that_is_real_in_no_century_is_an_error(String nik) {
            Victim v = CaseFixtures.adult().nik(Nik.of(nik)).build();
            Violations found = NIK.validate(v);
            ViolationAssert.single(found, CaseRule.NIK_DATE, PATH, "bukan tanggal kalender", "not a real calendar date");
            assertThat(ViolationAssert.ids(found)).doesNotContain("CASE-NIK-BIRTHDATE");
            noNikIn(found, nik);
        }

        @Test
        void twenty_ninth_february_00_is_real_only_in_2000() {
            assertThat(Nik.of("6171016902000001").possibleBirthDates()).containsExactly(LocalDate.of(2000, 2, 29));
            assertThat(Nik.of("6171012902960001").possibleBirthDates())
                    .containsExactly(LocalDate.of(1996, 2, 29), LocalDate.of(2096, 2, 29));
            assertThat(Nik.of("6171012902010001").possibleBirthDates()).isEmpty();
        }

        @Test
        void twenty_ninth_february_00_with_a_man_of_the_1900s_cannot_be_resolved() {
            // Born "29-02-00" and 123 in 2024 would mean 1900, which had no 29 February.
            Violations found = NIK.validate(withAge("6171012902000001", Sex.MALE, 123));
            only(found, CaseRule.NIK_BIRTHDATE, PATH, "usia", "recorded age");
        }
    }

    @Nested
    class SexOfTheDay {
        @Test
        void a_womans_day_on_a_man_is_an_error() {
            Violations found = NIK.validate(man(ADULT_NIK, ADULT_BORN));
            only(found, CaseRule.NIK_SEX, PATH, "jenis kelamin", "sex");
            noNikIn(found, ADULT_NIK);
        }

        @Test
        void a_mans_day_on_a_woman_is_an_error() {
            Violations found = NIK.validate(woman("6171011403980001", ADULT_BORN));
            only(found, CaseRule.NIK_SEX, PATH, "ditambah 40", "40 added");
        }

        @Test
        void the_day_field_gives_the_sex() {
            assertThat(Nik.of("6171013103980001").sex()).contains(Sex.MALE);
            assertThat(Nik.of("6171014103980001").sex()).contains(Sex.FEMALE);
            assertThat(Nik.of("6171017103980001").sex()).contains(Sex.FEMALE);
            assertThat(Nik.of("6171013503980001").sex()).isEmpty();
        }
    }

    @Nested
    class Century {
        /** "05-05-05": 1905 or 2005. */
        private static final String MAY_FIFTH = "6171010505050001";

        @Test
        void the_birth_date_picks_either_century() {
            assertThat(NIK.validate(man(MAY_FIFTH, LocalDate.of(2005, 5, 5))).all()).isEmpty();
            assertThat(NIK.validate(man(MAY_FIFTH, LocalDate.of(1905, 5, 5))).all()).isEmpty();
        }

        @Test
        void a_birth_date_that_differs_is_an_error() {
            Violations found = NIK.validate(man(MAY_FIFTH, LocalDate.of(2005, 5, 6)));
            only(found, CaseRule.NIK_BIRTHDATE, PATH, "tanggal lahir yang dicatat", "recorded birth date");
            noNikIn(found, MAY_FIFTH);
            assertThat(found.all().get(0).messageEn()).doesNotContain("2005");
        }

        @Test
        void same_day_and_month_a_century_apart_only_matters_through_the_year() {
            Violations found = NIK.validate(man(MAY_FIFTH, LocalDate.of(1805, 5, 5)));
            only(found, CaseRule.NIK_BIRTHDATE, PATH, "tidak sesuai", "does not match");
        }

        /** "01-01-20": a child of 4 (2020) or an elder of 104 (1920) on 1 Feb 2024. */
        @ParameterizedTest
        @ValueSource(ints = {3, 4, 5, 103, 104, 105})
        void the_age_picks_the_century_give_or_take_a_year(int age) {
            assertThat(NIK.validate(withAge("6171010101200001", Sex.MALE, age)).all()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {2, 6, 50, 102, 106})
        void an_age_that_fits_no_century_is_an_error(int age) {
            Violations found = NIK.validate(withAge("6171010101200001", Sex.MALE, age));
            only(found, CaseRule.NIK_BIRTHDATE, PATH, "abad mana pun", "either century");
        }

        @Test
        void with_neither_birth_date_nor_age_nothing_is_guessed() {
            Victim unknownAge = CaseFixtures.adult().birthDate(null).build();
            assertThat(NIK.validate(unknownAge).all()).isEmpty();
        }

        @Test
        void a_birth_date_in_the_future_century_is_never_after_trafficking() {
            assertThat(TRAFFICKED_ON).isBefore(LocalDate.of(2098, 1, 1));
            // "01-01-98" as 2098 would be after trafficking: only 1998 can fit an age of 26.
            assertThat(NIK.validate(withAge("6171010101980001", Sex.MALE, 26)).all()).isEmpty();
        }
    }

    @Nested
    class Serial {
        @Test
        void serial_zero_is_an_error() {
            String nik = "6171015403980000";
            Violations found = NIK.validate(woman(nik, ADULT_BORN));
            only(found, CaseRule.NIK_SERIAL, PATH, "Nomor urut", "serial number");
            noNikIn(found, nik);
        }

        @Test
        void serial_one_is_the_first() {
            assertThat(NIK.validate(woman("6171015403980001", ADULT_BORN)).all()).isEmpty();
        }
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        // unknown district, day 35 (no real date, no sex), serial 0000
        Violations found = NIK.validate(woman("6171993503980000", ADULT_BORN));
        assertThat(ViolationAssert.ids(found))
                .containsExactlyInAnyOrder("CASE-NIK-DISTRICT", "CASE-NIK-DATE", "CASE-NIK-SERIAL");
    }
}
