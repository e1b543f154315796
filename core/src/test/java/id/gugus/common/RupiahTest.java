package id.gugus.common;

import static id.gugus.validation.ViolationAssert.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rule MONEY-NEGATIVE and exact rupiah arithmetic. */
class RupiahTest {
    @Test
    void zeroAndTheLargestAmountAreValid() {
        assertThat(Rupiah.of(0)).isEqualTo(Rupiah.ZERO);
        assertThat(Rupiah.of(Long.MAX_VALUE).amount()).isEqualTo(Long.MAX_VALUE);
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
        assertThatThrownBy(() -> Rupiah.of(Long.MAX_VALUE).plus(Rupiah.of(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void amountsCompareByValue() {
        assertThat(Rupiah.of(1)).isGreaterThan(Rupiah.ZERO);
        assertThat(Rupiah.of(5).compareTo(Rupiah.of(5))).isZero();
    }
}
