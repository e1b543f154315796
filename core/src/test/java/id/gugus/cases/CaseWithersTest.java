package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.REPORTED_ON;
import static id.gugus.cases.CaseFixtures.adult;
import static id.gugus.cases.CaseFixtures.child;
import static id.gugus.cases.CaseFixtures.clean;
import static id.gugus.cases.CaseFixtures.referral;
import static id.gugus.cases.CaseFixtures.reported;
import static id.gugus.cases.CaseFixtures.shelter;
import static id.gugus.cases.CaseFixtures.suffering;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import id.gugus.error.NotFoundException;
import id.gugus.jurisdiction.JurisdictionCode;
import org.junit.jupiter.api.Test;

/** The withers of a case and of a victim: a changed copy, same id and version, everything else as it was. */
class CaseWithersTest {
    private final TraffickingCase stored = clean().withVersion(2);

    @Test
    void number_area_and_report_date_each_change_alone() {
        TraffickingCase renumbered = stored.withNumber(CaseNumber.of("LP/B/124/VI/2024/SPKT/POLDA KALBAR"));
        assertThat(renumbered.number()).isEqualTo(CaseNumber.of("LP/B/124/VI/2024/SPKT/POLDA KALBAR"));
        assertThat(renumbered).usingRecursiveComparison().ignoringFields("number").isEqualTo(stored);

        TraffickingCase handedOver = stored.withRegisteredIn(JurisdictionCode.of("61.71"));
        assertThat(handedOver.registeredIn()).isEqualTo(JurisdictionCode.of("61.71"));
        assertThat(handedOver).usingRecursiveComparison().ignoringFields("registeredIn").isEqualTo(stored);

        TraffickingCase redated = stored.withReportedOn(REPORTED_ON.minusDays(2));
        assertThat(redated.reportedOn()).isEqualTo(REPORTED_ON.minusDays(2));
        assertThat(redated).usingRecursiveComparison().ignoringFields("reportedOn").isEqualTo(stored);
    }

    @Test
    void a_victim_or_suspect_is_removed_by_id_and_the_others_keep_their_order() {
        Victim first = adult().build();
        Victim second = child().build();
        Victim third = adult().build();
        TraffickingCase c = reported(first, second, third).withVersion(2);
        TraffickingCase without = c.withoutVictim(second.id());
        assertThat(without.victims()).containsExactly(first, third);
        assertThat(without).usingRecursiveComparison().ignoringFields("victims").isEqualTo(c);
        assertThatThrownBy(() -> without.withoutVictim(second.id())).isInstanceOf(NotFoundException.class);

        Suspect recruiter = c.suspects().get(0);
        TraffickingCase oneSuspect = c.withoutSuspect(recruiter.id());
        assertThat(oneSuspect.suspects()).containsExactly(c.suspects().get(1));
        assertThat(oneSuspect).usingRecursiveComparison().ignoringFields("suspects").isEqualTo(c);
        assertThatThrownBy(() -> oneSuspect.withoutSuspect(recruiter.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_victim_gets_its_elements_services_restitution_and_referrals_one_at_a_time() {
        Victim v = adult().build();
        LegalElements established = new LegalElements(ImmutableSet.of(Act.RECRUITMENT), ImmutableSet.of(Means.DEBT_BONDAGE),
                ImmutableSet.of(ExploitationType.FORCED_LABOUR));
        Victim investigated = v.withElements(established);
        assertThat(investigated.elements()).isEqualTo(established);
        assertThat(investigated).usingRecursiveComparison().ignoringFields("elements").isEqualTo(v);

        VictimService first = shelter(REPORTED_ON, REPORTED_ON.plusDays(30));
        VictimService second = shelter(REPORTED_ON.plusDays(31), null);
        Victim served = v.withService(first).withService(second);
        assertThat(served.services()).containsExactly(first, second);
        assertThat(served).usingRecursiveComparison().ignoringFields("services").isEqualTo(v);

        Victim claiming = v.withRestitution(suffering());
        assertThat(claiming.restitution()).containsExactly(suffering());
        assertThat(claiming).usingRecursiveComparison().ignoringFields("restitution").isEqualTo(v);

        Victim referred = v.withReferral(referral(true));
        assertThat(referred.referrals()).containsExactly(referral(true));
        assertThat(referred).usingRecursiveComparison().ignoringFields("referrals").isEqualTo(v);
    }
}
