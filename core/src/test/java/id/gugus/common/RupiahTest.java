package id.gugus.common;

import static id.gugus.validation.ViolationAssert.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rules MONEY-NEGATIVE and MONEY-RANGE, and exact rupiah arithmetic. */
class RupiahTest {
    @Test
    void zeroAndTheLargestAmountAreValid() {
        assertThat(Rupiah.of(0)).isEqualTo(Rupiah.ZERO);
        assertThat(Rupiah.of(Rupiah.MAX).amount()).isEqualTo(1_000_000_000_000_000L);
        assertThat(Rupiah.of(125_000_000)).hasToString("Rp125000000");
    }

    @Test
    void aNegativeAmountBreaksMoneyNegative() {
        assertViolation(() -> Rupiah.of(-1), "MONEY-NEGATIVE", "amount",
                "Jumlah rupiah tidak boleh negatif (diberikan -1).", "A rupiah amount cannot be negative (got -1).");
    }

    @Test
    void theAmountIsGroupedTheWayEachLanguageWritesIt() {
        assertViolation(() -> Rupiah.of(-1_500_000), "MONEY-NEGATIVE", "amount",
                "Jumlah rupiah tidak boleh negatif (diberikan -1.500.000).",
                "A rupiah amount cannot be negative (got -1,500,000).");
        assertViolation(() -> Rupiah.of(Long.MIN_VALUE), "MONEY-NEGATIVE", "amount",
                "Jumlah rupiah tidak boleh negatif (diberikan -9.223.372.036.854.775.808).",
                "A rupiah amount cannot be negative (got -9,223,372,036,854,775,808).");
    }

    @Test
    void addingIsExactAndNeverWrapsAround() {
        assertThat(Rupiah.of(100_000_000).plus(Rupiah.of(25_000_000))).isEqualTo(Rupiah.of(125_000_000));
        assertViolation(() -> Rupiah.of(Rupiah.MAX).plus(Rupiah.of(1)), "MONEY-RANGE", "amount",
                "Total jumlah rupiah paling banyak Rp 1.000.000.000.000.000 (diberikan 1.000.000.000.000.001).",
                "A total of rupiah amounts is at most Rp 1,000,000,000,000,000 (got 1,000,000,000,000,001).");
    }

    @Test
    void anAmountAboveTheBoundBreaksMoneyRange() {
        assertViolation(() -> Rupiah.of(Long.MAX_VALUE), "MONEY-RANGE", "amount",
                "Jumlah rupiah paling banyak Rp 1.000.000.000.000.000 (diberikan 9.223.372.036.854.775.807).",
                "A rupiah amount is at most Rp 1,000,000,000,000,000 (got 9,223,372,036,854,775,807).");
    }

    @Test
    void amountsCompareByValue() {
        assertThat(Rupiah.of(1)).isGreaterThan(Rupiah.ZERO);
        assertThat(Rupiah.of(5).compareTo(Rupiah.of(5))).isZero();
    }
}
