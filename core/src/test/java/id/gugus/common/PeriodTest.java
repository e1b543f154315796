package id.gugus.common;

import static id.gugus.validation.ViolationAssert.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rule PERIOD-ORDER and closed date ranges. */
class PeriodTest {
    private static final LocalDate NEW_YEAR = LocalDate.of(2026, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    @Test
    void aPeriodOfOneDayIsValid() {
        Period day = Period.of(NEW_YEAR, NEW_YEAR);

        assertThat(day.contains(NEW_YEAR)).isTrue();
        assertThat(day).hasToString("2026-01-01..2026-01-01");
    }

    @Test
    void anEndBeforeTheStartBreaksPeriodOrder() {
        assertViolation(() -> Period.of(YEAR_END, NEW_YEAR), "PERIOD-ORDER", "period",
                "Periode berakhir (2026-01-01) sebelum dimulai (2026-12-31).",
                "The period ends (2026-01-01) before it starts (2026-12-31).");
    }

    @Test
    void missingEndsAreProgrammingErrors() {
        assertThatThrownBy(() -> Period.of(null, YEAR_END)).isInstanceOf(NullPointerException.class).hasMessage("start");
        assertThatThrownBy(() -> Period.of(NEW_YEAR, null)).isInstanceOf(NullPointerException.class).hasMessage("end");
    }

    @Test
    void wholeYearsRunFromTheFirstOfJanuaryToTheLastOfDecember() {
        assertThat(Period.years(2020, 2024)).isEqualTo(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)));
    }

    @Test
    void bothEndsAreIncluded() {
        Period year = Period.of(NEW_YEAR, YEAR_END);

        assertThat(year.contains(NEW_YEAR)).isTrue();
        assertThat(year.contains(YEAR_END)).isTrue();
        assertThat(year.contains(NEW_YEAR.minusDays(1))).isFalse();
        assertThat(year.contains(YEAR_END.plusDays(1))).isFalse();
    }

    @Test
    void aPeriodContainsThePeriodsInsideIt() {
        Period ran = Period.years(2020, 2024);

        assertThat(ran.contains(Period.years(2021, 2024))).isTrue();
        assertThat(ran.contains(ran)).isTrue();
        assertThat(ran.contains(Period.years(2024, 2025))).isFalse();
    }

    @Test
    void periodsSharingADayOverlap() {
        Period first = Period.of(NEW_YEAR, LocalDate.of(2026, 6, 30));

        assertThat(first.overlaps(Period.of(LocalDate.of(2026, 6, 30), YEAR_END))).isTrue();
        assertThat(first.overlaps(Period.of(LocalDate.of(2026, 7, 1), YEAR_END))).isFalse();
        assertThat(Period.of(LocalDate.of(2026, 7, 1), YEAR_END).overlaps(first)).isFalse();
    }
}
