package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.agency.AgencyId;
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
 * The case-level HTCDS 2.0 rules (issue #15): CASE-OWNER, CASE-MANAGEMENT-REFERRED, and the new
 * variants of CASE-DATE-ORDER (referral accepted before made, service planned to end before it
 * starts, route stages out of order, case-management state before the report).
 */
class HtcdsCaseRulesProperties {

    @Provide
    Arbitrary<TraffickingCase> cases() {
        return CaseArbitraries.cases();
    }

    private static List<String> paths(TraffickingCase c, String ruleId) {
        return CaseValidator.validate(c, TODAY).all().stream().filter(v -> v.ruleId().equals(ruleId))
                .map(Violation::path).toList();
    }

    @Property
    void an_open_case_work_without_owner_is_warned_about(@ForAll("cases") TraffickingCase c) {
        CaseManagement m = c.management();
        boolean expected = m != null && m.state().isOpen() && m.owner() == null;
        assertThat(paths(c, "CASE-OWNER")).isEqualTo(expected ? List.of("management.owner") : List.of());
    }

    @Property
    void closed_referred_needs_a_referral(@ForAll("cases") TraffickingCase c) {
        CaseManagement m = c.management();
        boolean expected = m != null && m.state() == CaseManagementState.CLOSED_REFERRED
                && c.victims().stream().allMatch(v -> v.referrals().isEmpty());
        assertThat(paths(c, "CASE-MANAGEMENT-REFERRED")).isEqualTo(expected ? List.of("management.state") : List.of());
    }

    @Property
    void the_new_date_orders_fire_exactly_when_the_dates_are_out_of_order(@ForAll("cases") TraffickingCase c) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < c.victims().size(); i++) {
            Victim v = c.victims().get(i);
            for (int j = 0; j < v.services().size(); j++) {
                VictimService s = v.services().get(j);
                if (s.plannedEnd() != null && s.plannedEnd().isBefore(s.start())) {
                    expected.add("victims[" + i + "].services[" + j + "].plannedEnd");
                }
            }
            for (int j = 0; j < v.referrals().size(); j++) {
                Referral r = v.referrals().get(j);
                if (r.acceptedOn() != null && r.acceptedOn().isBefore(r.on())) {
                    expected.add("victims[" + i + "].referrals[" + j + "].acceptedOn");
                }
            }
        }
        Route route = c.route();
        List<LocalDate> dates = new ArrayList<>();
        dates.add(route.recruitment().on());
        dates.add(route.transit().get(0).on());
        dates.add(route.exploitation().on());
        List<String> routePaths = List.of("route.recruitment.on", "route.transit[0].on", "route.exploitation.on");
        LocalDate latest = null;
        for (int k = 0; k < 3; k++) {
            LocalDate on = dates.get(k);
            if (on != null) {
                if (latest != null && on.isBefore(latest)) {
                    expected.add(routePaths.get(k));
                }
                latest = latest == null || on.isAfter(latest) ? on : latest;
            }
        }
        if (c.management() != null && c.management().since().isBefore(c.reportedOn())) {
            expected.add("management.since");
        }
        List<String> found = paths(c, "CASE-DATE-ORDER").stream()
                .filter(p -> p.endsWith("plannedEnd") || p.endsWith("acceptedOn") || p.startsWith("route.")
                        || p.startsWith("management."))
                .toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Example
    void the_messages_are_in_indonesian_and_english() {
        Victim adult = CaseFixtures.adult().build();
        TraffickingCase c = CaseFixtures.reported(adult)
                .withManagement(new CaseManagement(CaseManagementState.FOLLOW_UP, null, CaseFixtures.REPORTED_ON));
        ViolationAssert.single(CaseValidator.validate(c, TODAY), CaseRule.OWNER, "management.owner",
                "Penanganan kasus masih berjalan (aktif atau tindak lanjut) tetapi belum ada penanggung jawab kasus.",
                "The case work is open (active or follow-up) but has no case owner.");
        TraffickingCase referred = c.withManagement(
                new CaseManagement(CaseManagementState.CLOSED_REFERRED, "dp3a-kalbar/case-worker", CaseFixtures.REPORTED_ON));
        ViolationAssert.single(CaseValidator.validate(referred, TODAY), CaseRule.MANAGEMENT_REFERRED, "management.state",
                "Penanganan kasus ditutup karena dirujuk, tetapi tidak ada korban dalam perkara ini yang memiliki rujukan.",
                "The case work is closed as referred, but no victim of the case has a referral.");
    }

    @Example
    void a_referral_accepted_before_it_was_made_is_refused() {
        LocalDate made = CaseFixtures.REPORTED_ON.plusDays(10);
        Victim adult = CaseFixtures.adult()
                .referral(new Referral(AgencyId.random(), AgencyId.random(), made, ServiceType.SHELTER, true,
                        ReferralReason.ADDITIONAL_SERVICES_REQUIRED, made.minusDays(1)))
                .build();
        ViolationAssert.single(CaseValidator.validate(CaseFixtures.reported(adult), TODAY), CaseRule.DATE_ORDER,
                "victims[0].referrals[0].acceptedOn", "Rujukan diterima sebelum rujukan dibuat.",
                "The referral is accepted before it was made.");
    }

    @Example
    void a_planned_end_after_today_is_no_error() {
        Victim adult = CaseFixtures.adult()
                .service(new VictimService(ServiceType.LIVELIHOOD, AgencyId.random(), CaseFixtures.REPORTED_ON, null,
                        TODAY.plusYears(1)))
                .build();
        assertThat(CaseValidator.validate(CaseFixtures.reported(adult), TODAY).all()).extracting(Violation::path)
                .doesNotContain("victims[0].services[0].plannedEnd");
    }
}
