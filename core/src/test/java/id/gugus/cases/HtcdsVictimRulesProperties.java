package id.gugus.cases;

import static id.gugus.cases.CaseFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import id.gugus.agency.AgencyId;
import id.gugus.common.CountryCode;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The rules of the HTCDS 2.0 victim fields (issue #15): CASE-CITIZENSHIP-REPEATED,
 * CASE-TRAFFICKING-STATUS, CASE-LABOUR-SECTOR, CASE-SEX-EXPLOITATION-TYPE, CASE-PLATFORM-NONE, and
 * the dates of the determination and of consents. Each property states exactly when a rule fires.
 */
class HtcdsVictimRulesProperties {

    @Provide
    Arbitrary<Victim> victims() {
        return CaseArbitraries.victims();
    }

    private static List<Violation> of(Victim v, CaseRule rule) {
        Violations found = new VictimValidator(NikValidator.bundled()).validate(v);
        return found.all().stream().filter(x -> x.ruleId().equals(rule.id())).toList();
    }

    @Property
    void a_repeated_citizenship_is_reported_exactly_when_the_first_is_among_the_others(@ForAll("victims") Victim v) {
        assertThat(of(v, CaseRule.CITIZENSHIP_REPEATED)).hasSize(v.otherCitizenships().contains(v.citizenship()) ? 1 : 0);
    }

    @Property
    void a_decided_status_names_the_agency_and_the_date(@ForAll("victims") Victim v) {
        TraffickingDetermination d = v.traffickingStatus();
        boolean decided = d != null && d.status().isDecided();
        List<String> paths = of(v, CaseRule.TRAFFICKING_STATUS).stream().map(Violation::path).toList();
        assertThat(paths.contains("traffickingStatus.decidedBy")).isEqualTo(decided && d.decidedBy() == null);
        assertThat(paths.contains("traffickingStatus.decidedOn")).isEqualTo(decided && d.decidedOn() == null);
    }

    @Property
    void a_labour_sector_needs_a_labour_purpose(@ForAll("victims") Victim v) {
        boolean labour = v.elements().purposes().stream().anyMatch(ExploitationType::isLabour);
        assertThat(of(v, CaseRule.LABOUR_SECTOR)).hasSize(!v.exploitation().sectors().isEmpty() && !labour ? 1 : 0);
    }

    @Property
    void a_form_of_sexual_exploitation_needs_that_purpose(@ForAll("victims") Victim v) {
        boolean sexual = v.elements().purposes().contains(ExploitationType.SEXUAL_EXPLOITATION);
        assertThat(of(v, CaseRule.SEX_EXPLOITATION_TYPE)).hasSize(!v.exploitation().sexTypes().isEmpty() && !sexual ? 1 : 0);
    }

    @Property
    void no_platform_stands_alone(@ForAll("victims") Victim v) {
        ImmutableSet<Platform> p = v.exploitation().platforms();
        assertThat(of(v, CaseRule.PLATFORM_NONE)).hasSize(p.contains(Platform.NONE) && p.size() > 1 ? 1 : 0);
    }

    @Property
    void messages_of_the_new_rules_name_no_value_read(@ForAll("victims") Victim v) {
        for (CaseRule rule : List.of(CaseRule.CITIZENSHIP_REPEATED, CaseRule.TRAFFICKING_STATUS, CaseRule.LABOUR_SECTOR,
                CaseRule.SEX_EXPLOITATION_TYPE, CaseRule.PLATFORM_NONE)) {
            for (Violation found : of(v, rule)) {
                assertThat(found.messageId()).isNotBlank().doesNotContain(v.citizenship().value());
                assertThat(found.messageEn()).isNotBlank().isNotEqualTo(found.messageId());
            }
        }
    }

    @Example
    void the_messages_are_in_indonesian_and_english() {
        Victim v = CaseFixtures.adult().citizenship(CountryCode.of("MYS"))
                .otherCitizenships(CountryCode.of("MYS"))
                .traffickingStatus(new TraffickingDetermination(TraffickingStatus.ACTUAL_VICTIM, null, null))
                .purposes(ExploitationType.FORCED_MARRIAGE)
                .exploitation(Exploitation.NONE.withSectors(LabourSector.T_HOUSEHOLDS_AS_EMPLOYERS)
                        .withSexTypes(SexExploitationType.PROSTITUTION).withPlatforms(Platform.NONE, Platform.MICHAT))
                .build();
        Violations found = new VictimValidator(NikValidator.bundled()).validate(v);
        ViolationAssert.single(found, CaseRule.CITIZENSHIP_REPEATED, "otherCitizenships",
                "Kewarganegaraan tambahan mengulang kewarganegaraan yang sudah dicatat untuk korban.",
                "A further citizenship repeats a citizenship already recorded for the victim.");
        assertThat(found.all().stream().filter(x -> x.ruleId().equals("CASE-TRAFFICKING-STATUS")).map(Violation::messageEn))
                .containsExactlyInAnyOrder(
                        "A decided trafficking status (actual victim or not a victim) names the agency that decided it.",
                        "A decided trafficking status (actual victim or not a victim) carries the date of the decision.");
        ViolationAssert.single(found, CaseRule.LABOUR_SECTOR, "exploitation.sectors",
                "Sektor kerja dicatat, tetapi tujuan eksploitasi korban tidak mencakup eksploitasi tenaga kerja (kerja paksa, pekerja anak, perhambaan, mengemis paksa, kriminalitas paksa).",
                "A labour sector is recorded, but the victim has no labour purpose (forced or child labour, servitude, begging, forced criminality) among the legal elements.");
        ViolationAssert.single(found, CaseRule.SEX_EXPLOITATION_TYPE, "exploitation.sexTypes",
                "Bentuk eksploitasi seksual dicatat, tetapi eksploitasi seksual tidak termasuk tujuan eksploitasi korban.",
                "A form of sexual exploitation is recorded, but sexual exploitation is not among the victim's purposes.");
        ViolationAssert.single(found, CaseRule.PLATFORM_NONE, "exploitation.platforms",
                "\"Tanpa platform\" tidak dapat dicatat bersama sebuah platform.",
                "\"No platform\" cannot be recorded together with a platform.");
    }

    @Example
    void a_determination_or_a_consent_dated_after_today_is_refused() {
        Victim v = CaseFixtures.adult()
                .traffickingStatus(TraffickingDetermination.actual(AgencyId.random(), TODAY.plusDays(1)))
                .consent(Consent.given(ConsentPurpose.INTERVIEW, TODAY.plusDays(2)))
                .build();
        TraffickingCase c = CaseFixtures.reported(v);
        List<String> paths = CaseValidator.validate(c, TODAY).all().stream()
                .filter(x -> x.ruleId().equals("CASE-DATE-FUTURE")).map(Violation::path).toList();
        assertThat(paths).containsExactlyInAnyOrder("victims[0].traffickingStatus.decidedOn", "victims[0].consents[0].on");
    }

    @Example
    void a_complete_record_of_the_new_fields_is_clean() {
        LocalDate on = CaseFixtures.REPORTED_ON.plusMonths(2);
        Victim v = CaseFixtures.adult()
                .gender(Gender.FEMININE)
                .otherCitizenships(CountryCode.of("MYS"))
                .traffickingStatus(TraffickingDetermination.actual(AgencyId.random(), on))
                .purposes(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM, ExploitationType.SEXUAL_EXPLOITATION)
                .exploitation(Exploitation.NONE.withSectors(LabourSector.J_INFORMATION_COMMUNICATION)
                        .withSexTypes(SexExploitationType.REMOTE_INTERACTIVE_SERVICES).withPlatforms(Platform.TELEGRAM)
                        .inCountry(CountryCode.of("KHM")))
                .consent(Consent.given(ConsentPurpose.INTERVIEW, on))
                .build();
        Violations found = CaseValidator.validate(CaseFixtures.reported(v), TODAY);
        assertThat(found.all()).extracting(Violation::ruleId).doesNotContain("CASE-CITIZENSHIP-REPEATED",
                "CASE-TRAFFICKING-STATUS", "CASE-LABOUR-SECTOR", "CASE-SEX-EXPLOITATION-TYPE", "CASE-PLATFORM-NONE",
                "CASE-DATE-FUTURE");
    }
}
