package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.REPORTED_ON;
import static id.gugus.cases.CaseFixtures.TODAY;
import static id.gugus.cases.CaseFixtures.TRAFFICKED_ON;
import static id.gugus.cases.ViolationAssert.only;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CaseDatesTest {
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    private static Violations check(TraffickingCase c) {
        return CaseValidator.validate(c, TODAY);
    }

    private static Violations victim(Victim v) {
        return check(CaseFixtures.reported(v));
    }

    private static TraffickingCase withHistory(CaseStatus status, StatusChange... steps) {
        TraffickingCase c = CaseFixtures.clean();
        return new TraffickingCase(c.id(), 0, c.number(), c.registeredIn(), c.reportedOn(), status, null, c.victims(),
                c.suspects(), c.route(), ImmutableList.copyOf(steps));
    }

    @Nested
    class Future {
        private static final String ID = "melewati hari ini (2025-06-30)";
        private static final String EN = "after today (2025-06-30)";

        @Test
        void dates_up_to_today_are_fine() {
            TraffickingCase c = TraffickingCase.register(CaseNumber.of("LP/1"), CaseFixtures.KALBAR, TODAY)
                    .withVictim(CaseFixtures.adult().traffickedOn(TODAY)
                            .service(CaseFixtures.shelter(TODAY, TODAY))
                            .referral(new Referral(CaseFixtures.DINAS_PPPA, CaseFixtures.DINAS_SOSIAL, TODAY,
                                    ServiceType.SHELTER, true)).build())
                    .moveTo(CaseStatus.INQUIRY, TODAY);
            assertThat(check(c).all()).isEmpty();
        }

        @Test
        void a_report_after_today() {
            TraffickingCase c = TraffickingCase.register(CaseNumber.of("LP/1"), CaseFixtures.KALBAR, TOMORROW);
            only(check(c), CaseRule.DATE_FUTURE, "reportedOn", ID, EN);
        }

        @Test
        void trafficked_after_today() {
            Violations found = victim(CaseFixtures.adult().traffickedOn(TOMORROW).build());
            ViolationAssert.single(found, CaseRule.DATE_FUTURE, "victims[0].traffickedOn", ID, EN);
        }

        @Test
        void born_after_today() {
            Violations found = victim(CaseFixtures.adult().personal(PersonalData.NONE).birthDate(TOMORROW).build());
            ViolationAssert.single(found, CaseRule.DATE_FUTURE, "victims[0].birthDate", ID, EN);
            assertThat(found.all().get(0).messageEn()).doesNotContain(TOMORROW.toString());
        }

        @Test
        void a_service_starting_or_ending_after_today() {
            Violations start = victim(CaseFixtures.adult().service(CaseFixtures.shelter(TOMORROW, null)).build());
            only(start, CaseRule.DATE_FUTURE, "victims[0].services[0].start", ID, EN);
            Violations end = victim(CaseFixtures.adult().service(CaseFixtures.shelter(TODAY, TOMORROW)).build());
            only(end, CaseRule.DATE_FUTURE, "victims[0].services[0].end", ID, EN);
        }

        @Test
        void a_referral_after_today() {
            Referral r = new Referral(CaseFixtures.DINAS_PPPA, CaseFixtures.DINAS_SOSIAL, TOMORROW, ServiceType.SHELTER, true);
            only(victim(CaseFixtures.adult().referral(r).build()), CaseRule.DATE_FUTURE, "victims[0].referrals[0].on", ID,
                    EN);
        }

        @Test
        void a_status_change_after_today() {
            TraffickingCase c = CaseFixtures.clean().moveTo(CaseStatus.INQUIRY, TOMORROW);
            only(check(c), CaseRule.DATE_FUTURE, "statusHistory[0].on", ID, EN);
        }
    }

    @Nested
    class Order {
        @Test
        void born_after_being_trafficked() {
            Victim v = CaseFixtures.adult().personal(PersonalData.NONE).birthDate(TRAFFICKED_ON.plusDays(1)).age(0).build();
            only(victim(v), CaseRule.DATE_ORDER, "victims[0].birthDate", "Tanggal lahir jatuh setelah",
                    "birth date is after the date the victim was trafficked");
        }

        @Test
        void born_on_the_day_trafficked_is_possible() {
            Victim v = CaseFixtures.child().personal(PersonalData.NONE).birthDate(TRAFFICKED_ON).build();
            assertThat(victim(v).all()).isEmpty();
        }

        @Test
        void trafficked_after_the_report() {
            Victim v = CaseFixtures.adult().traffickedOn(REPORTED_ON.plusDays(1)).build();
            only(victim(v), CaseRule.DATE_ORDER, "victims[0].traffickedOn", "setelah tanggal perkara dilaporkan",
                    "trafficked after the case was reported");
        }

        @Test
        void trafficked_on_the_report_day_is_fine() {
            assertThat(victim(CaseFixtures.adult().traffickedOn(REPORTED_ON).build()).all()).isEmpty();
        }

        @Test
        void a_service_ending_before_it_starts() {
            Victim v = CaseFixtures.adult().service(CaseFixtures.shelter(REPORTED_ON, REPORTED_ON.minusDays(1))).build();
            only(victim(v), CaseRule.DATE_ORDER, "victims[0].services[0].end", "Layanan berakhir sebelum dimulai",
                    "service ends before it starts");
        }

        @Test
        void a_one_day_service_and_an_open_one_are_fine() {
            Victim v = CaseFixtures.adult().service(CaseFixtures.shelter(REPORTED_ON, REPORTED_ON))
                    .service(CaseFixtures.shelter(REPORTED_ON, null)).build();
            assertThat(victim(v).all()).isEmpty();
        }

        @Test
        void a_status_change_before_the_previous_one() {
            TraffickingCase c = withHistory(CaseStatus.INVESTIGATION,
                    new StatusChange(CaseStatus.REPORTED, CaseStatus.INQUIRY, REPORTED_ON.plusDays(10), null),
                    new StatusChange(CaseStatus.INQUIRY, CaseStatus.INVESTIGATION, REPORTED_ON.plusDays(9), null));
            only(check(c), CaseRule.DATE_ORDER, "statusHistory[1].on", "lebih awal dari perubahan status sebelumnya",
                    "before the previous status change");
        }

        @Test
        void a_status_change_before_the_report() {
            TraffickingCase c = withHistory(CaseStatus.INQUIRY,
                    new StatusChange(CaseStatus.REPORTED, CaseStatus.INQUIRY, REPORTED_ON.minusDays(1), null));
            only(check(c), CaseRule.DATE_ORDER, "statusHistory[0].on", "sebelum perkara dilaporkan",
                    "before the case was reported");
        }

        @Test
        void status_changes_on_the_same_day_are_fine() {
            TraffickingCase c = CaseFixtures.clean().moveTo(CaseStatus.INQUIRY, REPORTED_ON)
                    .moveTo(CaseStatus.INVESTIGATION, REPORTED_ON);
            assertThat(check(c).all()).isEmpty();
        }
    }
}
