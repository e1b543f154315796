package id.gugus.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.hash.Hashing;
import com.google.common.io.ByteStreams;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The area files bundled in gugus-core are the published idn-area-data 4.0.1 files byte for
 * byte (their SHA-256 as the package ships them), with the ODbL and its attribution beside them,
 * and load into the counts of the official list.
 */
class BundledAreaFilesTest {

    @Test
    void theBundledFilesAreThePublishedOnes() throws IOException {
        assertThat(sha256("provinces.csv")).isEqualTo("ee9e5b5aaca298c41aef1aa0888285e103856f1414134bbb7afc68b294c9a89d");
        assertThat(sha256("regencies.csv")).isEqualTo("d5fbd54bb1500bbf5e194ddc94a3806df6e6837a310146dfa646b085bd99c0ae");
        assertThat(sha256("districts.csv")).isEqualTo("982f843613cf36bf474cab7ec46b5ecafc46dfeaad26e4bbadf170a6dae8ebe7");
    }

    @Test
    void theLicenceAndAttributionTravelWithThem() throws IOException {
        assertThat(new String(resource("LICENSE.md"), StandardCharsets.UTF_8)).startsWith("# Open Database License (ODbL)");
        assertThat(new String(resource("ATTRIBUTION.md"), StandardCharsets.UTF_8))
                .contains("idn-area-data", "4.0.1", "Open Database License", "gugus-area-villages");
    }

    @Test
    void theyHoldEveryLevelDownToDistrictsParentsFirst() {
        Map<Level, Long> byLevel = AreaCsvLoader.bundled().stream()
                .collect(Collectors.groupingBy(Jurisdiction::level, Collectors.counting()));

        assertThat(byLevel).containsExactlyInAnyOrderEntriesOf(Map.of(Level.PROVINCE, 38L, Level.REGENCY, 514L, Level.DISTRICT, 7_285L));
        assertThat(AreaCsvLoader.bundled()).extracting(Jurisdiction::level).isSorted();
    }

    private static String sha256(String name) throws IOException {
        return Hashing.sha256().hashBytes(resource(name)).toString();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AreaCsvLoader.class.getResourceAsStream(AreaCsvLoader.BUNDLED_FOLDER + name)) {
            assertThat(in).as(name + " in " + AreaCsvLoader.BUNDLED_FOLDER).isNotNull();
            return ByteStreams.toByteArray(in);
        }
    }
}
