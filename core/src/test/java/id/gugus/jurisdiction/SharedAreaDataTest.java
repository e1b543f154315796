package id.gugus.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Kemendagri files of {@code shared/data/idn-area} (found through the system property
 * {@code gugus.sharedData} that surefire sets) load completely and intact.
 */
class SharedAreaDataTest {
    private static List<Jurisdiction> all;
    private static JurisdictionDirectory directory;

    @BeforeAll
    static void loadEverything() {
        String folder = System.getProperty("gugus.sharedData");
        assertThat(folder).as("system property gugus.sharedData (set by surefire)").isNotBlank();
        assertThat(Files.isDirectory(Path.of(folder))).as(folder + " is a folder").isTrue();
        all = AreaCsvLoader.folder(Path.of(folder));
        directory = JurisdictionDirectory.of(all);
    }

    private static Jurisdiction area(String code) {
        return directory.find(JurisdictionCode.of(code)).orElseThrow();
    }

    @Test
    void everyRowOfEveryLevelLoads() {
        Map<Level, Long> byLevel = all.stream().collect(Collectors.groupingBy(Jurisdiction::level, Collectors.counting()));

        assertThat(byLevel).containsExactlyInAnyOrderEntriesOf(Map.of(
                Level.PROVINCE, 38L, Level.REGENCY, 514L, Level.DISTRICT, 7_285L, Level.VILLAGE, 83_762L));
        assertThat(all).hasSize(91_599);
        assertThat(directory.size()).as("no code twice").isEqualTo(91_599);
    }

    @Test
    void filesComeParentsFirst() {
        assertThat(all).extracting(Jurisdiction::level).isSortedAccordingTo(Comparator.naturalOrder());
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
    void everyAreaHasItsParentInTheFiles() {
        assertThat(all).allSatisfy(a ->
                assertThat(a.level() == Level.PROVINCE || directory.contains(a.parent().orElseThrow())).as(a.code().value()).isTrue());
    }

    @Test
    void villageKindsFollowTheFirstDigitOfTheSuffix() {
        Map<AreaKind, Long> kinds = all.stream().filter(a -> a.level() == Level.VILLAGE)
                .collect(Collectors.groupingBy(Jurisdiction::kind, Collectors.counting()));

        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(
                Map.of(AreaKind.KELURAHAN, 8_496L, AreaKind.DESA, 75_252L, AreaKind.DESA_ADAT, 14L));
        assertThat(area("61.71.01.1002").kind()).isEqualTo(AreaKind.KELURAHAN);
        assertThat(area("11.01.01.2001").kind()).isEqualTo(AreaKind.DESA);
        // The customary villages (desa adat, 3xxx) of the official list are all in Papua, 91.03.
        assertThat(all.stream().filter(a -> a.kind() == AreaKind.DESA_ADAT))
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

        assertThat(children).hasSize(5).allSatisfy(v -> {
            assertThat(v.level()).isEqualTo(Level.VILLAGE);
            assertThat(v.kind()).isEqualTo(AreaKind.KELURAHAN);
        });
        assertThat(children).extracting(v -> v.code().value(), Jurisdiction::name).containsExactly(
                tuple("61.71.01.1002", "Benuamelayu Laut"), tuple("61.71.01.1003", "Benuamelayu Darat"),
                tuple("61.71.01.1004", "Parittokaya"), tuple("61.71.01.1005", "Kotabaru"), tuple("61.71.01.1006", "Akcaya"));
    }

    @Test
    void kalimantanBaratHoldsItsVillagesToo() {
        Map<Level, Long> inKalbar = directory.subtree(JurisdictionCode.of("61")).stream()
                .collect(Collectors.groupingBy(Jurisdiction::level, Collectors.counting()));

        assertThat(inKalbar).containsExactlyInAnyOrderEntriesOf(
                Map.of(Level.PROVINCE, 1L, Level.REGENCY, 14L, Level.DISTRICT, 174L, Level.VILLAGE, 2_145L));
    }

    /** The bundled copy in gugus-core is the first three levels of the shared files, row for row. */
    @Test
    void theBundledCopyEqualsTheSharedFiles() {
        Map<JurisdictionCode, Jurisdiction> shared = all.stream().filter(a -> a.level() != Level.VILLAGE)
                .collect(Collectors.toMap(Jurisdiction::code, Function.identity()));

        assertThat(JurisdictionDirectory.bundled().all()).hasSize(shared.size())
                .allSatisfy(a -> assertThat(shared.get(a.code())).isEqualTo(a));
    }
}
