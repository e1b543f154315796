package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.common.LanguageCode;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The HTCDS 2.0 person fields of a victim (issue #15): CASE-CHILDREN, CASE-LANGUAGE, the date of
 * death (CASE-DATE-ORDER variant 9, CASE-DATE-FUTURE), and that a redacted copy keeps them as it
 * keeps the birth date, sex and gender. Each property states exactly when a rule fires.
 */
class PersonFieldsProperties {

    @Provide
    Arbitrary<Victim> victims() {
        return CaseArbitraries.victims();
    }

    @Provide
    Arbitrary<TraffickingCase> cases() {
        return CaseArbitraries.cases();
    }

    private static List<String> paths(Victim v, CaseRule rule) {
        return new VictimValidator(NikValidator.bundled()).validate(v).all().stream()
                .filter(x -> x.ruleId().equals(rule.id())).map(Violation::path).toList();
    }

    private static List<String> paths(TraffickingCase c, CaseRule rule) {
        return CaseValidator.validate(c, TODAY).all().stream().filter(x -> x.ruleId().equals(rule.id()))
                .map(Violation::path).toList();
    }

    @Property
    void a_number_of_children_outside_the_range_is_refused(@ForAll("victims") Victim v) {
        Integer children = v.background().children();
        boolean out = children != null && (children < 0 || children > Background.MAX_CHILDREN);
        assertThat(paths(v, CaseRule.CHILDREN)).isEqualTo(out ? List.of("background.children") : List.of());
    }

    @Property
    void a_secondary_language_needs_a_primary_one_and_differs_from_it(@ForAll("victims") Victim v) {
        Background b = v.background();
        boolean broken = b.secondaryLanguage() != null
                && (b.primaryLanguage() == null || b.secondaryLanguage().equals(b.primaryLanguage()));
        assertThat(paths(v, CaseRule.LANGUAGE)).isEqualTo(broken ? List.of("background.secondaryLanguage") : List.of());
    }

    @Property
    void a_death_is_dated_after_birth_and_trafficking_and_not_after_today(@ForAll("cases") TraffickingCase c) {
        List<String> order = new ArrayList<>();
        List<String> future = new ArrayList<>();
        for (int i = 0; i < c.victims().size(); i++) {
            Victim v = c.victims().get(i);
            LocalDate died = v.death() == null ? null : v.death().on();
            if (died != null) {
                boolean beforeBirth = v.birthDate() != null && died.isBefore(v.birthDate());
                if (beforeBirth || died.isBefore(v.traffickedOn())) {
                    order.add("victims[" + i + "].death.on");
                }
                if (died.isAfter(TODAY)) {
                    future.add("victims[" + i + "].death.on");
                }
            }
        }
        assertThat(paths(c, CaseRule.DATE_ORDER).stream().filter(p -> p.endsWith("death.on")).toList())
                .containsExactlyElementsOf(order);
        assertThat(paths(c, CaseRule.DATE_FUTURE).stream().filter(p -> p.endsWith("death.on")).toList())
                .containsExactlyElementsOf(future);
    }

    @Property
    void a_redacted_copy_keeps_the_person_fields_as_it_keeps_the_birth_date(@ForAll("cases") TraffickingCase c) {
        TraffickingCase redacted = c.withoutPersonalData();
        for (int i = 0; i < c.victims().size(); i++) {
            Victim v = c.victims().get(i);
            Victim r = redacted.victims().get(i);
            assertThat(r.personal().isEmpty()).isTrue();
            assertThat(r.birthDate()).isEqualTo(v.birthDate());
            assertThat(r.background()).isEqualTo(v.background());
            assertThat(r.death()).isEqualTo(v.death());
            assertThat(r.referrals()).isEqualTo(v.referrals());
        }
    }

    @Property
    void a_victim_and_its_background_log_no_value(@ForAll("victims") Victim v) {
        Background b = v.background();
        String logged = v + " " + b;
        if (b.children() != null) {
            assertThat(b.toString()).doesNotContain(Integer.toString(b.children()));
        }
        for (LanguageCode language : new LanguageCode[] {b.primaryLanguage(), b.secondaryLanguage()}) {
            if (language != null) {
                assertThat(logged).doesNotContain(language.value());
            }
        }
        if (b.maritalStatus() != null) {
            assertThat(logged).doesNotContain(b.maritalStatus().name());
        }
        if (b.education() != null) {
            assertThat(logged).doesNotContain(b.education().name());
        }
    }

    @Property
    void an_interpreter_is_needed_exactly_when_a_language_is_known_and_none_is_indonesian(@ForAll("victims") Victim v) {
        Background b = v.background();
        boolean indonesian = LanguageCode.INDONESIAN.equals(b.primaryLanguage())
                || LanguageCode.INDONESIAN.equals(b.secondaryLanguage());
        assertThat(b.needsInterpreter()).isEqualTo(b.primaryLanguage() != null && !indonesian);
    }

    @Example
    void the_messages_are_in_indonesian_and_english() {
        Victim v = CaseFixtures.adult().children(-1).languages(null, LanguageCode.of("khm")).build();
        ViolationAssert.single(new VictimValidator(NikValidator.bundled()).validate(v), CaseRule.CHILDREN,
                "background.children", "Jumlah anak harus antara 0 dan 99.",
                "The number of children must be between 0 and 99.");
        ViolationAssert.single(new VictimValidator(NikValidator.bundled()).validate(v), CaseRule.LANGUAGE,
                "background.secondaryLanguage", "Bahasa kedua dicatat tanpa bahasa utama.",
                "A secondary language is recorded without a primary language.");
        Victim same = CaseFixtures.adult().languages(LanguageCode.of("km"), LanguageCode.of("khm")).build();
        ViolationAssert.single(new VictimValidator(NikValidator.bundled()).validate(same), CaseRule.LANGUAGE,
                "background.secondaryLanguage", "Bahasa kedua sama dengan bahasa utama.",
                "The secondary language is the same as the primary language.");
        Victim died = CaseFixtures.adult().death(new Death(CaseFixtures.TRAFFICKED_ON.minusDays(1))).build();
        ViolationAssert.single(CaseValidator.validate(CaseFixtures.reported(died), TODAY), CaseRule.DATE_ORDER,
                "victims[0].death.on", "Tanggal meninggal jatuh sebelum tanggal lahir atau sebelum tanggal korban diperdagangkan.",
                "The date of death is before the birth date or before the date the victim was trafficked.");
    }

    @Example
    void a_victim_who_died_abroad_with_every_field_recorded_is_valid() {
        Victim v = CaseFixtures.adult().maritalStatus(MaritalStatus.MARRIED).children(2)
                .languages(LanguageCode.INDONESIAN, LanguageCode.of("day")).education(EducationLevel.UPPER_SECONDARY)
                .death(new Death(CaseFixtures.REPORTED_ON.plusDays(1)))
                .referral(CaseFixtures.referral(true).withCaseWorkers("dp3a-kalbar/case-worker", "dinsos-kalbar/pekerja-sosial"))
                .build();
        assertThat(CaseValidator.validate(CaseFixtures.reported(v), TODAY).errors()).isEmpty();
        assertThat(v.isDeceased()).isTrue();
        assertThat(v.background().needsInterpreter()).isFalse();
    }

    @Example
    void dukcapil_statuses_map_to_four_htcds_values_and_the_other_two_have_none() {
        assertThat(java.util.Arrays.stream(MaritalStatus.values()).filter(m -> m.statusKawin() != null))
                .containsExactly(MaritalStatus.SINGLE, MaritalStatus.MARRIED, MaritalStatus.WIDOWED, MaritalStatus.DIVORCED);
        assertThat(java.util.Arrays.stream(EducationLevel.values()).map(EducationLevel::isced))
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
    }
}
