package id.gugus.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The directory bundled in gugus-core: provinces, regencies/cities and districts. */
class JurisdictionDirectoryTest {
    private static final JurisdictionDirectory BUNDLED = JurisdictionDirectory.bundled();
    private static final JurisdictionCode KALBAR = JurisdictionCode.of("61");

    @Test
    void bundlesThreeLevels() {
        Map<Level, Long> byLevel = BUNDLED.all().stream().collect(Collectors.groupingBy(Jurisdiction::level, Collectors.counting()));

        assertThat(BUNDLED.size()).isEqualTo(38 + 514 + 7_285).isEqualTo(7_837);
        assertThat(byLevel).containsExactlyInAnyOrderEntriesOf(
                Map.of(Level.PROVINCE, 38L, Level.REGENCY, 514L, Level.DISTRICT, 7_285L));
        assertThat(JurisdictionDirectory.bundled()).as("loaded once").isSameAs(BUNDLED);
    }

    @Test
    void kalimantanBaratHasTwelveRegenciesAndTwoCities() {
        List<Jurisdiction> children = BUNDLED.children(KALBAR);

        assertThat(BUNDLED.find(KALBAR)).map(Jurisdiction::name).contains("Kalimantan Barat");
        assertThat(children).hasSize(14);
        assertThat(children.subList(0, 12)).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(AreaKind.KABUPATEN);
            assertThat(r.name()).startsWith("Kabupaten ");
        });
        assertThat(children.subList(0, 12)).extracting(r -> r.code().value()).containsExactly(
                "61.01", "61.02", "61.03", "61.04", "61.05", "61.06", "61.07", "61.08", "61.09", "61.10", "61.11", "61.12");
        assertThat(children.subList(12, 14)).extracting(r -> r.code().value(), Jurisdiction::name, Jurisdiction::kind)
                .containsExactly(tuple("61.71", "Kota Pontianak", AreaKind.KOTA), tuple("61.72", "Kota Singkawang", AreaKind.KOTA));
    }

    @Test
    void aSubtreeIsTheAreaAndEverythingUnderItInCodeOrder() {
        List<Jurisdiction> kalbar = BUNDLED.subtree(KALBAR);

        assertThat(kalbar).hasSize(1 + 14 + 174);
        assertThat(kalbar.get(0).code()).isEqualTo(KALBAR);
        assertThat(kalbar).allSatisfy(a -> assertThat(KALBAR.contains(a.code())).isTrue());
        assertThat(kalbar).extracting(Jurisdiction::code).isSorted();
        assertThat(BUNDLED.subtree(JurisdictionCode.of("61.71"))).hasSize(1 + 6)
                .extracting(Jurisdiction::level).containsOnly(Level.REGENCY, Level.DISTRICT);
        assertThat(BUNDLED.subtree(JurisdictionCode.of("61.71.01"))).extracting(j -> j.code().value())
                .containsExactly("61.71.01");
    }

    @Test
    void neighboursAreOutsideTheSubtree() {
        assertThat(BUNDLED.subtree(KALBAR)).noneMatch(a -> a.code().value().startsWith("62"));
        assertThat(BUNDLED.subtree(JurisdictionCode.of("61.01"))).noneMatch(a -> a.code().value().startsWith("61.10"));
    }

    @Test
    void theNationalRootHoldsEverything() {
        assertThat(BUNDLED.subtree(JurisdictionCode.NATIONAL)).hasSize(7_837);
        assertThat(BUNDLED.children(JurisdictionCode.NATIONAL)).hasSize(38).extracting(Jurisdiction::level).containsOnly(Level.PROVINCE);
    }

    @Test
    void villagesAreNotBundled() {
        assertThat(BUNDLED.children(JurisdictionCode.of("61.71.01"))).isEmpty();
        assertThat(BUNDLED.contains(JurisdictionCode.of("61.71.01.1001"))).isFalse();
    }

    @Test
    void aWellFormedCodeThatDoesNotExistIsNotFound() {
        JurisdictionCode nowhere = JurisdictionCode.of("61.69");

        assertThat(BUNDLED.find(nowhere)).isEmpty();
        assertThat(BUNDLED.contains(nowhere)).isFalse();
        assertThat(BUNDLED.subtree(nowhere)).isEmpty();
        assertThat(BUNDLED.children(nowhere)).isEmpty();
    }

    @Test
    void aDirectoryRefusesTwoAreasWithOneCode() {
        List<Jurisdiction> twice = List.of(Jurisdiction.of("61", "Kalimantan Barat"), Jurisdiction.of("61", "Kalbar"));

        assertThatThrownBy(() -> JurisdictionDirectory.of(twice)).isInstanceOf(IllegalArgumentException.class);
    }
}
