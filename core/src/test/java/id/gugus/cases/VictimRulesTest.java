package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.TODAY;
import static id.gugus.cases.CaseFixtures.TRAFFICKED_ON;
import static id.gugus.cases.ViolationAssert.only;
import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.common.CountryCode;
import id.gugus.common.Rupiah;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Victim rules, checked through the whole case so the paths are the ones users see. */
class VictimRulesTest {
    /** The victim second in the case, after a clean adult, so its path is {@code victims[1]}. */
    private static Violations second(Victim victim) {
        return CaseValidator.validate(CaseFixtures.reported(CaseFixtures.adult().build(), victim), TODAY);
    }

    @Test
    void the_clean_case_has_no_violation() {
        assertThat(CaseValidator.validate(CaseFixtures.clean(), TODAY).all()).isEmpty();
    }

    @Nested
    class Elements {
        @Test
        void an_adult_needs_act_means_and_purpose() {
            Violations found = second(CaseFixtures.adult().means().build());
            only(found, CaseRule.ELEMENTS, "victims[1].elements", "korban dewasa memerlukan unsur proses, cara dan tujuan",
                    "an adult victim needs act, means and purpose");
        }

        @Test
        void an_adult_without_an_act_or_a_purpose_is_incomplete_too() {
            only(second(CaseFixtures.adult().acts().build()), CaseRule.ELEMENTS, "victims[1].elements", "dewasa", "adult");
            only(second(CaseFixtures.adult().purposes().build()), CaseRule.ELEMENTS, "victims[1].elements", "dewasa",
                    "adult");
        }

        @Test
        void a_child_needs_act_and_purpose_but_no_means() {
            assertThat(second(CaseFixtures.child().build()).all()).isEmpty();
        }

        @Test
        void a_child_without_a_purpose_is_incomplete() {
            Violations found = second(CaseFixtures.child().purposes().build());
            only(found, CaseRule.ELEMENTS, "victims[1].elements", "korban anak (di bawah 18 tahun",
                    "a child victim (under 18 when trafficked) needs act and purpose");
        }

        @Test
        void childhood_is_the_age_when_trafficked_not_today() {
            // 17 on the day trafficked, 18 on the day reported: still a child victim.
            Victim turned18 = CaseFixtures.child().personal(PersonalData.NONE)
                    .birthDate(TRAFFICKED_ON.minusYears(18).plusDays(1)).build();
            assertThat(turned18.wasChild()).isTrue();
            assertThat(second(turned18).all()).isEmpty();
            Victim eighteen = CaseFixtures.child().personal(PersonalData.NONE).birthDate(TRAFFICKED_ON.minusYears(18)).build();
            only(second(eighteen), CaseRule.ELEMENTS, "victims[1].elements", "dewasa", "adult");
        }

        @Test
        void a_recorded_age_decides_when_the_birth_date_is_unknown() {
            Victim child = CaseFixtures.child().personal(PersonalData.NONE).birthDate(null).age(16).build();
            assertThat(second(child).all()).isEmpty();
            Victim adult = CaseFixtures.child().personal(PersonalData.NONE).birthDate(null).age(19).build();
            only(second(adult), CaseRule.ELEMENTS, "victims[1].elements", "dewasa", "adult");
        }

        @Test
        void consent_is_no_element_so_nothing_asks_for_it() {
            // The model has no consent field on the elements: a victim who "agreed" to go still
            // meets the definition with act, means and purpose (Art. 1(7), Art. 2).
            assertThat(LegalElements.class.getRecordComponents()).extracting(c -> c.getName())
                    .containsExactly("acts", "means", "purposes");
        }
    }

    @Nested
    class Age {
        @ParameterizedTest
        @ValueSource(ints = {-1, 121, 500})
        void a_recorded_age_outside_0_to_120_is_an_error(int age) {
            Victim v = CaseFixtures.adult().personal(PersonalData.NONE).birthDate(null).age(age).build();
            Violations found = second(v);
            ViolationAssert.single(found, CaseRule.AGE, "victims[1].recordedAge", "antara 0 dan 120 tahun",
                    "between 0 and 120 years");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 18, 120})
        void a_recorded_age_from_0_to_120_is_fine(int age) {
            Victim v = CaseFixtures.adult().personal(PersonalData.NONE).birthDate(null).age(age).build();
            ViolationAssert.none(second(v), CaseRule.AGE);
        }

        @Test
        void a_birth_date_giving_more_than_120_years_is_an_error() {
            Victim v = CaseFixtures.adult().personal(PersonalData.NONE).birthDate(LocalDate.of(1900, 1, 1)).build();
            only(second(v), CaseRule.AGE, "victims[1].birthDate", "antara 0 dan 120", "between 0 and 120");
        }

        @Test
        void a_recorded_age_must_agree_with_the_birth_date() {
            Violations found = second(CaseFixtures.adult().age(24).build());
            only(found, CaseRule.AGE, "victims[1].recordedAge", "tidak sesuai dengan tanggal lahir",
                    "does not agree with the birth date");
            assertThat(found.all().get(0).messageEn()).doesNotContain("1998");
        }

        @Test
        void an_agreeing_recorded_age_is_fine() {
            assertThat(second(CaseFixtures.adult().age(25).build()).all()).isEmpty();
        }

        @Test
        void with_neither_birth_date_nor_age_a_child_may_be_missed() {
            Victim v = CaseFixtures.adult().personal(PersonalData.NONE).birthDate(null).build();
            only(second(v), CaseRule.AGE_UNKNOWN, "victims[1].birthDate", "dianggap dewasa", "treated as an adult");
        }
    }

    @Nested
    class Origin {
        @Test
        void an_indonesian_citizen_without_origin_is_a_warning() {
            Violations found = second(CaseFixtures.adult().origin(null).build());
            only(found, CaseRule.ORIGIN, "victims[1].origin", "Korban WNI belum memiliki daerah asal",
                    "Indonesian citizen victim has no region of origin");
            assertThat(found.hasErrors()).isFalse();
        }

        @Test
        void a_foreign_national_needs_no_origin() {
            Victim v = CaseFixtures.adult().personal(PersonalData.NONE).citizenship(CountryCode.of("KHM")).origin(null).build();
            assertThat(second(v).all()).isEmpty();
        }
    }

    @Nested
    class Referrals {
        @Test
        void a_referral_without_consent_is_an_error() {
            Violations found = second(CaseFixtures.adult().referral(CaseFixtures.referral(true))
                    .referral(CaseFixtures.referral(false)).build());
            only(found, CaseRule.REFERRAL_CONSENT, "victims[1].referrals[1].consentGiven", "persetujuan korban",
                    "victim's consent");
        }

        @Test
        void a_referral_with_consent_is_fine() {
            assertThat(second(CaseFixtures.adult().referral(CaseFixtures.referral(true)).build()).all()).isEmpty();
        }

        @Test
        void a_referral_to_the_same_agency_is_an_error() {
            Referral self = new Referral(CaseFixtures.DINAS_PPPA, CaseFixtures.DINAS_PPPA, TRAFFICKED_ON.plusMonths(5),
                    ServiceType.SHELTER, true);
            only(second(CaseFixtures.adult().referral(self).build()), CaseRule.REFERRAL_AGENCIES,
                    "victims[1].referrals[0].to", "lembaga lain yang berbeda", "different agency");
        }
    }

    @Nested
    class Restitutions {
        @ParameterizedTest
        @EnumSource(value = RestitutionState.class, names = {"ORDERED", "PAID", "UNPAID"})
        void a_decided_restitution_needs_the_ordered_amount(RestitutionState state) {
            Restitution r = new Restitution(RestitutionHead.SUFFERING, Rupiah.of(50_000_000), null, state);
            only(second(CaseFixtures.adult().restitution(r).build()), CaseRule.RESTITUTION,
                    "victims[1].restitution[0].ordered", "jumlah yang ditetapkan pengadilan", "amount the court ordered");
        }

        @ParameterizedTest
        @EnumSource(value = RestitutionState.class, names = {"ORDERED", "PAID", "UNPAID"})
        void a_decided_restitution_with_its_amount_is_fine(RestitutionState state) {
            Restitution r = new Restitution(RestitutionHead.SUFFERING, Rupiah.of(50_000_000), Rupiah.of(30_000_000), state);
            assertThat(second(CaseFixtures.adult().restitution(r).build()).all()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = RestitutionState.class, names = {"CLAIMED", "IN_INDICTMENT"})
        void an_undecided_restitution_has_no_ordered_amount(RestitutionState state) {
            Restitution r = new Restitution(RestitutionHead.SUFFERING, Rupiah.of(50_000_000), Rupiah.of(1), state);
            only(second(CaseFixtures.adult().restitution(r).build()), CaseRule.RESTITUTION,
                    "victims[1].restitution[0].ordered", "belum memiliki jumlah", "has no ordered amount yet");
        }

        @Test
        void the_steps_of_a_claim_are_fine() {
            Restitution claim = CaseFixtures.suffering();
            for (Restitution r : new Restitution[] {claim, claim.inIndictment(), claim.order(Rupiah.of(40_000_000)),
                    claim.order(Rupiah.of(40_000_000)).settled(true), claim.order(Rupiah.of(40_000_000)).settled(false)}) {
                assertThat(second(CaseFixtures.adult().restitution(r).build()).all()).as("%s", r.state()).isEmpty();
            }
        }

        @Test
        void each_head_is_claimed_at_most_once() {
            Restitution income = Restitution.claim(RestitutionHead.LOST_PROPERTY_OR_INCOME, Rupiah.of(10_000_000));
            Victim v = CaseFixtures.adult().restitution(CaseFixtures.suffering()).restitution(income)
                    .restitution(CaseFixtures.suffering()).build();
            only(second(v), CaseRule.RESTITUTION_HEAD, "victims[1].restitution[2].head", "komponen restitusi yang sama",
                    "head of restitution more than once");
        }

        @Test
        void all_four_heads_once_each_are_fine() {
            Victim.Builder b = CaseFixtures.adult();
            for (RestitutionHead head : RestitutionHead.values()) {
                b.restitution(Restitution.claim(head, Rupiah.of(1_000_000)));
            }
            assertThat(second(b.build()).all()).isEmpty();
        }

        @Test
        void two_victims_may_claim_the_same_head() {
            Victim a = CaseFixtures.adult().restitution(CaseFixtures.suffering()).build();
            Victim b = CaseFixtures.child().restitution(CaseFixtures.suffering()).build();
            assertThat(CaseValidator.validate(CaseFixtures.reported(a, b), TODAY).all()).isEmpty();
        }
    }

    @Nested
    class Ids {
        @Test
        void two_victims_with_the_same_id_is_an_error() {
            Victim a = CaseFixtures.adult().build();
            Victim twin = CaseFixtures.child().id(a.id()).build();
            Violations found = CaseValidator.validate(CaseFixtures.reported(a, CaseFixtures.child().build(), twin), TODAY);
            only(found, CaseRule.VICTIM_ID, "victims[2].id", "Dua korban", "Two victims");
        }

        @Test
        void two_suspects_with_the_same_id_is_an_error() {
            TraffickingCase c = CaseFixtures.clean();
            Suspect twin = new Suspect(c.suspects().get(0).id(), SuspectKind.NATURAL_PERSON, PersonalData.NONE,
                    com.google.common.collect.ImmutableSet.of(SuspectRole.EXPLOITER), null);
            Violations found = CaseValidator.validate(c.withSuspect(twin), TODAY);
            only(found, CaseRule.VICTIM_ID, "suspects[2].id", "Dua tersangka", "Two suspects");
        }

        @Test
        void distinct_ids_are_fine() {
            ViolationAssert.none(CaseValidator.validate(CaseFixtures.clean(), TODAY), CaseRule.VICTIM_ID);
        }
    }

    @Test
    void a_nik_finding_is_reported_under_the_victims_path() {
        Victim v = CaseFixtures.adult().nik(Nik.of("6171015403980000")).build();
        only(second(v), CaseRule.NIK_SERIAL, "victims[1].personal.nik", "tidak boleh nol", "cannot be zero");
    }

    @Test
    void every_violation_of_every_victim_comes_at_once() {
        Victim a = CaseFixtures.adult().means().origin(null).build();
        Victim b = CaseFixtures.child().purposes().referral(CaseFixtures.referral(false)).build();
        Violations found = CaseValidator.validate(CaseFixtures.reported(a, b), TODAY);
        assertThat(found.all()).extracting(v -> v.ruleId() + "@" + v.path()).containsExactlyInAnyOrder(
                "CASE-ELEMENTS@victims[0].elements", "CASE-ORIGIN@victims[0].origin",
                "CASE-ELEMENTS@victims[1].elements", "CASE-REFERRAL-CONSENT@victims[1].referrals[0].consentGiven");
    }
}
