package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.gugus.common.CountryCode;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.validation.RuleMessages;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StatisticsKeyTest {

    @Test
    void a_key_holds_a_typed_value_and_gives_its_text_form() {
        StatisticsKey regency = StatisticsKey.parse(Dimension.ORIGIN_REGENCY, "61.71");
        assertThat(regency.area()).contains(JurisdictionCode.of("61.71"));
        assertThat(regency.text()).isEqualTo("61.71");
        assertThat(regency).hasToString("ORIGIN_REGENCY=61.71");
        assertThat(StatisticsKey.parse(Dimension.AGE_BAND, "AGE_13_17").ageBand()).contains(AgeBand.AGE_13_17);
        assertThat(StatisticsKey.parse(Dimension.SEX, "FEMALE").sex()).contains(Sex.FEMALE);
        assertThat(StatisticsKey.parse(Dimension.DESTINATION_COUNTRY, "KHM").country()).contains(CountryCode.of("KHM"));
        assertThat(StatisticsKey.parse(Dimension.YEAR, "2025").year()).contains(Year.of(2025));
        assertThat(StatisticsKey.parse(Dimension.EXPLOITATION_TYPE, "FORCED_CRIMINALITY_ONLINE_SCAM").exploitationType())
                .contains(ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM);
        assertThat(StatisticsKey.parse(Dimension.TRAFFICKING_STATUS, "ACTUAL_VICTIM").traffickingStatus())
                .contains(TraffickingStatus.ACTUAL_VICTIM);
        assertThat(StatisticsKey.parse(Dimension.CONTROL_METHOD, "DEBT_BONDAGE").controlMethod())
                .contains(ControlMethod.DEBT_BONDAGE);
        assertThat(StatisticsKey.parse(Dimension.LABOUR_SECTOR, "C_MANUFACTURING").labourSector())
                .contains(LabourSector.C_MANUFACTURING);
        assertThat(StatisticsKey.parse(Dimension.RECRUITER_RELATION, "INTIMATE_PARTNER").recruiterRelation())
                .contains(RecruiterRelation.INTIMATE_PARTNER);
    }

    @Test
    void the_unknown_key_holds_no_value() {
        StatisticsKey unknown = StatisticsKey.unknown(Dimension.AGE_BAND);
        assertThat(unknown.isUnknown()).isTrue();
        assertThat(unknown.ageBand()).isEmpty();
        assertThat(unknown.text()).isEqualTo("UNKNOWN");
        assertThat(StatisticsKey.parse(Dimension.AGE_BAND, "UNKNOWN")).isEqualTo(unknown)
                .isNotEqualTo(StatisticsKey.unknown(Dimension.SEX));
    }

    @Test
    void asking_a_key_for_another_type_than_its_dimension_holds_is_a_programming_error() {
        StatisticsKey sex = StatisticsKey.of(Dimension.SEX, Sex.MALE);
        assertThatThrownBy(sex::area).isInstanceOf(IllegalStateException.class)
                .hasMessage("a key of the statistics by SEX holds a Sex, not a JurisdictionCode");
        assertThatThrownBy(() -> StatisticsKey.of(Dimension.SEX, AgeBand.AGE_0_5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatisticsKey.of(Dimension.REGENCY, JurisdictionCode.of("61.71.01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level REGENCY");
    }

    @Test
    void keys_of_one_dimension_sort_in_declaration_or_text_order_with_unknown_last() {
        List<StatisticsKey> bands = Stream.of("UNKNOWN", "AGE_60_PLUS", "AGE_13_17", "AGE_6_12")
                .map(t -> StatisticsKey.parse(Dimension.AGE_BAND, t)).sorted().toList();
        assertThat(bands).extracting(StatisticsKey::text).containsExactly("AGE_6_12", "AGE_13_17", "AGE_60_PLUS", "UNKNOWN");
        List<StatisticsKey> regencies = Stream.of("UNKNOWN", "61.72", "53.71", "61.01")
                .map(t -> StatisticsKey.parse(Dimension.REGENCY, t)).sorted().toList();
        assertThat(regencies).extracting(StatisticsKey::text).containsExactly("53.71", "61.01", "61.72", "UNKNOWN");
    }

    @Test
    void a_text_that_is_no_key_of_the_dimension_is_refused_naming_the_rule_the_dimension_and_the_text() {
        assertThatThrownBy(() -> StatisticsKey.parse(Dimension.REGENCY, "61"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("[CASE-STATISTICS-KEY] key: '61' is not a key of statistics grouped by REGENCY: "
                        + "a key is like 61.71, or UNKNOWN.");
        ValidationException refused = (ValidationException) catchThrowable(
                () -> StatisticsKey.parse(Dimension.SEX, "female"));
        assertThat(refused.getMessage(RuleMessages.INDONESIAN)).isEqualTo("[CASE-STATISTICS-KEY] key: 'female' bukan "
                + "kunci statistik yang dikelompokkan menurut SEX: kunci berbentuk seperti FEMALE, MALE, atau UNKNOWN.");
        for (String notAYear : List.of("0999", "25", "20255", "+2025", "２０２５")) {
            assertThatThrownBy(() -> StatisticsKey.parse(Dimension.YEAR, notAYear))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("'" + notAYear + "'");
        }
    }
}
