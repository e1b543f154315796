package id.gugus.taskforce;

import static id.gugus.taskforce.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.validation.Violation;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 15 task forces of Kalimantan Barat (61): the province and its 14 regencies and cities from
 * the bundled directory, with the offices each must have, and every other office refused.
 */
class KalimantanBaratTaskForcesTest {
    private static final TaskForce NATIONAL_TF = national();
    private static final TaskForce KALBAR_TF = lawful(KALBAR, NATIONAL_TF);

    /** The table of the law for one province: area, level, chair, daily chair, decree signatory. */
    @ParameterizedTest(name = "{0} {1}: {2} chaired by {3}, daily chair {4}")
    @CsvSource({
        "61,    Kalimantan Barat,            PROVINCE, GOVERNOR, KAPOLDA,    GOVERNOR",
        "61.01, Kabupaten Sambas,            REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.02, Kabupaten Mempawah,          REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.03, Kabupaten Sanggau,           REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.04, Kabupaten Ketapang,          REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.05, Kabupaten Sintang,           REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.06, Kabupaten Kapuas Hulu,       REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.07, Kabupaten Bengkayang,        REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.08, Kabupaten Landak,            REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.09, Kabupaten Sekadau,           REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.10, Kabupaten Melawi,            REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.11, Kabupaten Kayong Utara,      REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.12, Kabupaten Kubu Raya,         REGENCY,  REGENT,   KAPOLRES,   REGENT",
        "61.71, Kota Pontianak,              CITY,     MAYOR,    KAPOLRESTA, MAYOR",
        "61.72, Kota Singkawang,             CITY,     MAYOR,    KAPOLRES,   MAYOR",
    })
    void eachAreaHasTheOfficesTheLawNames(String code, String name, TaskForceLevel level, Position chair,
            Position dailyChair, Position signatory) {
        JurisdictionCode area = JurisdictionCode.of(code);
        assertThat(JurisdictionDirectory.bundled().find(area)).map(Jurisdiction::name).contains(name);
        assertThat(TaskForceLevel.forArea(area)).isEqualTo(level);
        TaskForce parent = area.equals(KALBAR) ? NATIONAL_TF : KALBAR_TF;

        TaskForce lawful = established(area, chair, dailyChair, signatory, AFTER_2023, parent);
        assertThat(lawful.level()).isEqualTo(level);
        assertThat(TaskForceValidator.validate(lawful, Optional.of(parent)).all()).isEmpty();

        for (Position other : EnumSet.complementOf(EnumSet.of(chair))) {
            assertThat(ruleIds(withChair(lawful, other), parent)).as("chair " + other).containsExactly("TF-CHAIR");
        }
        Set<Position> police = RequiredOffices.dailyChair(level);
        for (Position other : EnumSet.complementOf(EnumSet.copyOf(police))) {
            assertThat(ruleIds(withDailyChair(lawful, other), parent)).as("daily chair " + other)
                    .containsExactly("TF-DAILY-CHAIR");
        }
        for (Position other : EnumSet.complementOf(EnumSet.of(signatory))) {
            TaskForce signedByOther = established(area, chair, dailyChair, other, AFTER_2023, parent);
            assertThat(ruleIds(signedByOther, parent)).as("signatory " + other).containsExactly("TF-DECREE-SIGNATORY");
        }
    }

    @Test
    void theTableCoversEveryRegencyAndCityOfTheProvince() {
        List<Jurisdiction> children = JurisdictionDirectory.bundled().children(KALBAR);
        assertThat(children).hasSize(14);
        assertThat(children.stream().filter(j -> TaskForceLevel.forArea(j.code()) == TaskForceLevel.REGENCY))
                .hasSize(12)
                .allSatisfy(j -> assertThat(RequiredOffices.chair(TaskForceLevel.REGENCY)).containsExactly(Position.REGENT));
        assertThat(children.stream().filter(j -> TaskForceLevel.forArea(j.code()) == TaskForceLevel.CITY))
                .extracting(j -> j.code().value())
                .containsExactly("61.71", "61.72");
        assertThat(RequiredOffices.chair(TaskForceLevel.CITY)).containsExactly(Position.MAYOR);
    }

    private static List<String> ruleIds(TaskForce t, TaskForce parent) {
        return TaskForceValidator.validate(t, Optional.of(parent)).all().stream().map(Violation::ruleId).toList();
    }
}
