package id.gugus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.error.ValidationException;
import id.gugus.report.disclosure.DisclosurePolicy;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The exchange file's parser and checksum, and the disclosure policy's validation, over many inputs. */
class ExchangeFileProperties {
    private static String json;
    private static List<Integer> digits;

    @BeforeContainer
    static void make() {
        json = ExchangeFile.of(ReportMakerAccess.sampleReport().report()).toJson();
        digits = new ArrayList<>();
        int report = json.indexOf("\"report\"");
        int checksum = json.indexOf("\"sha256\"");
        for (int i = report; i < json.length(); i++) {
            if (Character.isDigit(json.charAt(i)) && (i < checksum || checksum < report)) {
                digits.add(i);
            }
        }
    }

    @Property(tries = 200)
    void anyChangedDigitOfTheReportIsCaught(@ForAll @IntRange(min = 0, max = 1_000_000) int which,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        int at = digits.get(which % digits.size());
        char changed = (char) ('0' + (json.charAt(at) - '0' + shift) % 10);
        String tampered = json.substring(0, at) + changed + json.substring(at + 1);
        try {
            ExchangeFile file = ExchangeFile.read(tampered);
            assertThat(file.verify()).as("a changed digit at %d", at).isNotNull();
            assertThat(file.verify().ruleId()).isEqualTo("EXCHANGE-CHECKSUM");
        } catch (ValidationException unreadable) {
            assertThat(unreadable.violations()).isNotEmpty();
        }
    }

    @Property(tries = 20)
    void anUnchangedFileReadsBackWhole(@ForAll @IntRange(min = 0, max = 3) int spaces) {
        ExchangeFile file = ExchangeFile.read(json.replace(",\"", "," + " ".repeat(spaces) + "\""));
        assertThat(file.verify()).isNull();
        assertThat(file.toJson()).isEqualTo(json);
    }

    @Property
    void kFromThreeUpIsAcceptedAndBelowIsRefused(@ForAll @IntRange(min = -999, max = 1000) int k) {
        if (k >= DisclosurePolicy.MIN_K) {
            assertThat(DisclosurePolicy.of(k).protection()).isEqualTo(k - 1);
        } else {
            assertThatThrownBy(() -> DisclosurePolicy.of(k)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("DISCLOSURE-K-MINIMUM").hasMessageContaining("given: " + k);
        }
    }
}
