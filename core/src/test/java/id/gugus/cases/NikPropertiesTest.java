package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NikPropertiesTest {
    private static final NikValidator NIK = NikValidator.bundled();

    /** Any text at all, plus texts of digits around the right length, which hit the edges more often. */
    @Provide
    Arbitrary<String> raw() {
        return Arbitraries.oneOf(Arbitraries.strings(), Arbitraries.strings().numeric().ofMinLength(14).ofMaxLength(18),
                Arbitraries.strings().withChars("0123456789 -.٠١٢").ofLength(16));
    }

    @Property
    void any_string_is_a_nik_or_a_format_violation_and_nothing_else(@ForAll("raw") String raw) {
        Nik nik;
        try {
            nik = Nik.of(raw);
        } catch (ValidationException e) {
            assertThat(e.violations()).extracting(Violation::ruleId).containsExactly("CASE-NIK-FORMAT");
            // The message is fixed: it never echoes what was given, which may be a real NIK.
            assertThat(e.violations().get(0).messageEn()).isEqualTo("A NIK is exactly 16 digits.");
            return;
        }
        assertThat(nik.value()).isEqualTo(raw).hasSize(16).containsOnlyDigits();
        assertThat(raw).matches("[0-9]{16}");
    }

    @Provide
    Arbitrary<JurisdictionCode> districts() {
        return CaseArbitraries.districts();
    }

    @Provide
    Arbitrary<LocalDate> births() {
        return CaseArbitraries.datesBetween(LocalDate.of(1901, 1, 1), LocalDate.of(2024, 12, 31));
    }

    /** The victim the NIK was issued to, trafficked at {@code age} (or today, if that is sooner). */
    private static Victim holder(String nik, LocalDate born, Sex sex, int age) {
        LocalDate trafficked = born.plusYears(age).isAfter(TODAY) ? TODAY : born.plusYears(age);
        return Victim.builder().nik(Nik.of(nik)).sex(sex).birthDate(born).traffickedOn(trafficked)
                .origin(JurisdictionCode.of("61.71.01"))
                .acts(Act.RECRUITMENT).means(Means.FRAUD_OR_DECEPTION).purposes(ExploitationType.FORCED_LABOUR).build();
    }

    private static Violations inCase(Victim v) {
        return CaseValidator.validate(TraffickingCase.register(CaseNumber.of("LP/1"), CaseFixtures.KALBAR, TODAY)
                .withVictim(v), TODAY);
    }

    @Property
    void a_nik_of_a_real_district_and_date_validates_clean(@ForAll("districts") JurisdictionCode district,
            @ForAll("births") LocalDate born, @ForAll Sex sex, @ForAll @IntRange(min = 1, max = 9999) int serial,
            @ForAll @IntRange(min = 0, max = 100) int age) {
        Victim v = holder(CaseArbitraries.nik(district, born, sex, serial), born, sex, age);
        assertThat(NIK.validate(v).all()).isEmpty();
        assertThat(inCase(v).all()).isEmpty();
        // The same person recorded by age only: the age resolves the century.
        int years = Period.between(born, v.traffickedOn()).getYears();
        assertThat(NIK.validate(v.toBuilder().birthDate(null).age(years).build()).all()).isEmpty();
    }

    @Property
    void the_other_sex_breaks_exactly_the_sex_rule(@ForAll("districts") JurisdictionCode district,
            @ForAll("births") LocalDate born, @ForAll Sex sex, @ForAll @IntRange(min = 1, max = 9999) int serial,
            @ForAll @IntRange(min = 0, max = 100) int age) {
        String nik = CaseArbitraries.nik(district, born, sex, serial);
        Victim v = holder(nik, born, sex == Sex.FEMALE ? Sex.MALE : Sex.FEMALE, age);
        assertThat(NIK.validate(v).all()).extracting(Violation::ruleId, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CASE-NIK-SEX", "personal.nik"));
        assertThat(inCase(v).all()).extracting(Violation::ruleId, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CASE-NIK-SEX", "victims[0].personal.nik"));
        noNikIn(inCase(v), nik);
    }

    @Property
    void serial_0000_breaks_exactly_the_serial_rule(@ForAll("districts") JurisdictionCode district,
            @ForAll("births") LocalDate born, @ForAll Sex sex, @ForAll @IntRange(min = 0, max = 100) int age) {
        String nik = CaseArbitraries.nik(district, born, sex, 0);
        Victim v = holder(nik, born, sex, age);
        assertThat(NIK.validate(v).all()).extracting(Violation::ruleId).containsExactly("CASE-NIK-SERIAL");
        assertThat(inCase(v).all()).extracting(Violation::ruleId, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CASE-NIK-SERIAL", "victims[0].personal.nik"));
        noNikIn(inCase(v), nik);
    }

    private static void noNikIn(Violations found, String nik) {
        for (Violation v : found.all()) {
            for (String part : new String[] {nik, nik.substring(0, 6), nik.substring(6, 12)}) {
                assertThat(v.messageId()).doesNotContain(part);
                assertThat(v.messageEn()).doesNotContain(part);
            }
        }
    }
}
