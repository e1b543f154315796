package id.gugus.area.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.hash.Hashing;
import com.google.common.io.ByteStreams;
import id.gugus.jurisdiction.AreaKind;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.jurisdiction.Level;
import id.gugus.storage.memory.InMemoryStore;
import id.gugus.store.GugusStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The villages shipped in this jar load completely and intact, under the districts bundled in
 * gugus-core, and the file is the published one byte for byte, licence and attribution beside it.
 */
class VillagesTest {
    private static List<Jurisdiction> villages;
    private static List<Jurisdiction> all;
    private static JurisdictionDirectory directory;

    @BeforeAll
    static void loadEverything() {
        villages = Villages.load();
        all = Villages.withBundledTree();
        directory = JurisdictionDirectory.of(all);
    }

    private static Jurisdiction area(String code) {
        return directory.find(JurisdictionCode.of(code)).orElseThrow();
    }

    @Test
    void everyVillageOfTheOfficialListLoads() {
        assertThat(villages).hasSize(83_762).allSatisfy(v -> assertThat(v.level()).isEqualTo(Level.VILLAGE));
        assertThat(villages).extracting(Jurisdiction::code).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void withTheBundledTreeEveryLevelIsThereParentsFirst() {
        Map<Level, Long> byLevel = all.stream().collect(Collectors.groupingBy(Jurisdiction::level, Collectors.counting()));

        assertThat(byLevel).containsExactlyInAnyOrderEntriesOf(Map.of(
                Level.PROVINCE, 38L, Level.REGENCY, 514L, Level.DISTRICT, 7_285L, Level.VILLAGE, 83_762L));
        assertThat(directory.size()).as("no code twice").isEqualTo(91_599);
        assertThat(all).extracting(Jurisdiction::level).isSortedAccordingTo(Comparator.naturalOrder());
    }

    @Test
    void everyVillageHasItsDistrictInTheBundledTree() {
        JurisdictionDirectory bundled = JurisdictionDirectory.bundled();

        assertThat(villages).allSatisfy(v ->
                assertThat(bundled.contains(v.parent().orElseThrow())).as(v.code().value()).isTrue());
    }

    @Test
    void quotedCommasDoubledQuotesAndNonAsciiNamesAreIntact() {
        assertThat(area("12.07.28.1007").name()).isEqualTo("Lubuk Pakam I,II");
        assertThat(area("35.13.15.2017").name()).isEqualTo("Soka\"an");
        assertThat(area("35.29.22").name()).isEqualTo("Ra\"as");
        assertThat(area("53.07.01.2021").name()).isEqualTo("Regapu\u2019u");
        assertThat(all.stream().filter(a -> a.name().chars().anyMatch(c -> c > 127)).map(Jurisdiction::name))
                .containsExactlyInAnyOrder("Regapu\u2019u", "Udek Du\u2019en", "Bu Nuapu\u2019u");
        assertThat(all).allSatisfy(a -> assertThat(a.name()).isEqualTo(a.name().strip()).doesNotContain("\"\""));
    }

    @Test
    void villageKindsFollowTheFirstDigitOfTheSuffix() {
        Map<AreaKind, Long> kinds = villages.stream().collect(Collectors.groupingBy(Jurisdiction::kind, Collectors.counting()));

        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(
                Map.of(AreaKind.KELURAHAN, 8_496L, AreaKind.DESA, 75_252L, AreaKind.DESA_ADAT, 14L));
        assertThat(area("61.71.01.1002").kind()).isEqualTo(AreaKind.KELURAHAN);
        assertThat(area("11.01.01.2001").kind()).isEqualTo(AreaKind.DESA);
        // The customary villages (desa adat, 3xxx) of the official list are all in Papua, 91.03.
        assertThat(villages.stream().filter(a -> a.kind() == AreaKind.DESA_ADAT))
                .hasSize(14)
                .allSatisfy(a -> {
                    assertThat(JurisdictionCode.of("91.03").contains(a.code())).isTrue();
                    assertThat(a.name()).startsWith("Desa Adat ");
                });
        assertThat(area("91.03.01.3007").name()).isEqualTo("Desa Adat Yoboi");
    }

    @Test
    void aDistrictsChildrenAreItsVillages() {
        List<Jurisdiction> children = directory.children(JurisdictionCode.of("61.71.01"));

        assertThat(children).extracting(v -> v.code().value(), Jurisdiction::name).containsExactly(
                tuple("61.71.01.1002", "Benuamelayu Laut"), tuple("61.71.01.1003", "Benuamelayu Darat"),
                tuple("61.71.01.1004", "Parittokaya"), tuple("61.71.01.1005", "Kotabaru"), tuple("61.71.01.1006", "Akcaya"));
    }

    @Test
    void inAnAreaGivesItsVillagesOnly() {
        List<Jurisdiction> kalbar = Villages.in(JurisdictionCode.of("61"));

        assertThat(kalbar).hasSize(2_145).allSatisfy(v -> assertThat(v.code().value()).startsWith("61."));
        assertThat(Villages.in(JurisdictionCode.of("61.69"))).as("a code with no area").isEmpty();
    }

    /** The README's way: the bundled tree, then the villages, each in one call. */
    @Test
    void aStoreTakesThemAfterTheBundledTree() {
        GugusStore store = InMemoryStore.create();

        store.jurisdictions().importDirectory(JurisdictionDirectory.bundled());
        store.jurisdictions().importAll(Villages.load());

        assertThat(store.jurisdictions().count()).isEqualTo(91_599);
        assertThat(store.jurisdictions().children(JurisdictionCode.of("61.71.01"))).hasSize(5);
        assertThat(store.jurisdictions().get(JurisdictionCode.of("53.07.01.2021")).name()).isEqualTo("Regapu\u2019u");
    }

    @Test
    void aStoreTakesTheWholeTreeInOneCall() {
        GugusStore store = InMemoryStore.create();

        store.jurisdictions().importAll(Villages.withBundledTree());

        assertThat(store.jurisdictions().count()).isEqualTo(91_599);
        assertThat(store.jurisdictions().subtree(JurisdictionCode.of("61")))
                .filteredOn(a -> a.level() == Level.VILLAGE).hasSize(2_145);
    }

    /** The copy is the published file (its SHA-256 as idn-area-data 4.0.1 ships it), not an edit of it. */
    @Test
    void theFileIsThePublishedOneWithItsLicenceAndAttribution() throws IOException {
        assertThat(Hashing.sha256().hashBytes(resource("villages.csv")).toString())
                .isEqualTo("6a8e53fce14d21b514f1f7d1602ceeab4ffbec6df98903e2cad949d8fee94690");
        assertThat(new String(resource("LICENSE.md"), StandardCharsets.UTF_8))
                .startsWith("# Open Database License (ODbL)");
        assertThat(new String(resource("ATTRIBUTION.md"), StandardCharsets.UTF_8))
                .contains("idn-area-data", "4.0.1", "Open Database License", "6a8e53fce14d21b5");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Villages.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " beside the villages").isNotNull();
            return ByteStreams.toByteArray(in);
        }
    }
}
