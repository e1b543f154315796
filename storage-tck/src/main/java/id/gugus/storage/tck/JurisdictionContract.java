package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.KALBAR;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.NATIONAL;
import static id.gugus.storage.tck.TckFixtures.PONTIANAK_SELATAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.error.DuplicateException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ReferenceException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The area tree: bulk import, lookup by code, children and subtree in code order. */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.AREA_TREE)
public abstract class JurisdictionContract extends StorageContract {

    @BeforeEach
    public void importAreas() {
        store.jurisdictions().importAll(TckFixtures.areas());
    }

    @Test
    public void importedAreasAreFoundByCode() {
        assertThat(store.jurisdictions().find(KALBAR)).contains(Jurisdiction.of("61", "Kalimantan Barat"));
        assertThat(store.jurisdictions().get(KOTA_PONTIANAK)).isEqualTo(Jurisdiction.of("61.71", "Kota Pontianak"));
        assertThat(store.jurisdictions().get(PONTIANAK_SELATAN).name()).isEqualTo("Pontianak Selatan");
        assertThat(store.jurisdictions().find(JurisdictionCode.of("53.71"))).isPresent();
    }

    @Test
    public void anAreaNotImportedIsNotFound() {
        JurisdictionCode sleman = JurisdictionCode.of("34.04");
        assertThat(store.jurisdictions().find(sleman)).isEmpty();
        assertThatThrownBy(() -> store.jurisdictions().get(sleman))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Jurisdiction").hasMessageContaining("34.04");
    }

    @Test
    public void theNationalRootAlwaysExists() {
        assertThat(store.jurisdictions().exists(NATIONAL)).isTrue();
        assertThat(store.jurisdictions().exists(KALBAR)).isTrue();
        assertThat(store.jurisdictions().exists(TckFixtures.UNKNOWN_AREA)).isFalse();
    }

    @Test
    public void countCountsEveryImportedArea() {
        assertThat(store.jurisdictions().count()).isEqualTo(TckFixtures.AREA_COUNT);
    }

    @Test
    public void childrenComeInCodeOrder() {
        assertThat(store.jurisdictions().children(KALBAR)).extracting(j -> j.code().value()).containsExactly(
                "61.01", "61.02", "61.03", "61.04", "61.05", "61.06", "61.07", "61.08", "61.09", "61.10", "61.11",
                "61.12", "61.71", "61.72");
        assertThat(store.jurisdictions().children(KOTA_PONTIANAK)).extracting(Jurisdiction::name).containsExactly(
                "Pontianak Selatan", "Pontianak Timur", "Pontianak Barat", "Pontianak Utara", "Pontianak Kota",
                "Pontianak Tenggara");
    }

    @Test
    public void childrenOfTheNationalRootAreTheProvinces() {
        List<Jurisdiction> provinces = store.jurisdictions().children(NATIONAL);
        assertThat(provinces).hasSize(38);
        assertThat(provinces).extracting(j -> j.code().value()).isSorted().startsWith("11", "12").endsWith("96");
        assertThat(provinces).allSatisfy(p -> assertThat(p.parent()).contains(NATIONAL));
    }

    @Test
    public void childrenOfALeafOrOfAnUnknownAreaAreEmpty() {
        assertThat(store.jurisdictions().children(PONTIANAK_SELATAN)).isEmpty();
        assertThat(store.jurisdictions().children(TckFixtures.UNKNOWN_AREA)).isEmpty();
        assertThat(store.jurisdictions().children(JurisdictionCode.of("61.71.01.1002"))).isEmpty();
    }

    @Test
    public void subtreeHoldsTheAreaAndEverythingUnderItInCodeOrder() {
        assertThat(store.jurisdictions().subtree(KOTA_PONTIANAK)).extracting(j -> j.code().value()).containsExactly(
                "61.71", "61.71.01", "61.71.02", "61.71.03", "61.71.04", "61.71.05", "61.71.06");
        List<Jurisdiction> kalbar = store.jurisdictions().subtree(KALBAR);
        assertThat(kalbar).hasSize(1 + 14 + 174);
        assertThat(kalbar).extracting(j -> j.code().value()).isSorted();
        assertThat(kalbar.get(0).code()).isEqualTo(KALBAR);
    }

    @Test
    public void subtreeStopsWhereTheRangeOfCodesEnds() {
        // 61.71 is followed by 61.72 and its districts; 61 by 62; 61.01 by 61.02 ... and 61.10.
        assertThat(store.jurisdictions().subtree(KOTA_PONTIANAK))
                .noneMatch(j -> j.code().value().startsWith("61.72"));
        assertThat(store.jurisdictions().subtree(KALBAR)).allMatch(j -> KALBAR.contains(j.code()));
        assertThat(store.jurisdictions().subtree(JurisdictionCode.of("61.01")))
                .allMatch(j -> j.code().value().equals("61.01") || j.code().value().startsWith("61.01."))
                .hasSize(1 + 19);
    }

    @Test
    public void subtreeOfALeafIsTheLeafAndOfAnUnknownAreaIsEmpty() {
        assertThat(store.jurisdictions().subtree(PONTIANAK_SELATAN)).extracting(Jurisdiction::code)
                .containsExactly(PONTIANAK_SELATAN);
        assertThat(store.jurisdictions().subtree(TckFixtures.UNKNOWN_AREA)).isEmpty();
    }

    @Test
    public void subtreeOfTheNationalRootIsEverything() {
        assertThat(store.jurisdictions().subtree(NATIONAL)).hasSize(TckFixtures.AREA_COUNT);
    }

    @Test
    public void importingAgainRenamesWithoutDuplicating() {
        store.jurisdictions().importAll(List.of(Jurisdiction.of("61.71", "Kota Pontianak (Ibu Kota Provinsi)")));
        assertThat(store.jurisdictions().get(KOTA_PONTIANAK).name()).isEqualTo("Kota Pontianak (Ibu Kota Provinsi)");
        assertThat(store.jurisdictions().count()).isEqualTo(TckFixtures.AREA_COUNT);
        assertThat(store.jurisdictions().children(KALBAR)).hasSize(14);
    }

    @Test
    public void villagesImportUnderTheirDistrict() {
        store.jurisdictions().importAll(List.of(
                Jurisdiction.of("61.71.01.1002", "Benuamelayu Laut"),
                Jurisdiction.of("61.71.01.1003", "Benuamelayu Darat"),
                Jurisdiction.of("61.71.01.1004", "Parittokaya")));
        assertThat(store.jurisdictions().children(PONTIANAK_SELATAN)).extracting(Jurisdiction::name)
                .containsExactly("Benuamelayu Laut", "Benuamelayu Darat", "Parittokaya");
        assertThat(store.jurisdictions().subtree(KOTA_PONTIANAK)).hasSize(7 + 3);
        assertThat(store.jurisdictions().children(KOTA_PONTIANAK)).hasSize(6);
    }

    @Test
    public void anAreaWhoseParentIsMissingIsRefusedAndNothingIsImported() {
        List<Jurisdiction> batch = List.of(
                Jurisdiction.of("61.71.01.1002", "Benuamelayu Laut"),
                Jurisdiction.of("34.04.01", "Gamping"));
        assertThatThrownBy(() -> store.jurisdictions().importAll(batch))
                .isInstanceOfSatisfying(ReferenceException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("Jurisdiction");
                    assertThat(e.field()).isEqualTo("parent");
                    assertThat(e).hasMessageContaining("34.04.01").hasMessageContaining("34.04");
                });
        assertThat(store.jurisdictions().find(JurisdictionCode.of("61.71.01.1002"))).isEmpty();
        assertThat(store.jurisdictions().count()).isEqualTo(TckFixtures.AREA_COUNT);
    }

    @Test
    public void childrenMayComeBeforeTheirParentsInOneBatch() {
        List<Jurisdiction> batch = new ArrayList<>(JurisdictionDirectory.bundled().subtree(JurisdictionCode.of("34")));
        Collections.shuffle(batch, new Random(34));
        store.jurisdictions().importAll(batch);
        assertThat(store.jurisdictions().subtree(JurisdictionCode.of("34"))).hasSize(batch.size());
        assertThat(store.jurisdictions().children(JurisdictionCode.of("34"))).hasSize(5);
    }

    @Test
    public void twoNamesForOneCodeInOneBatchAreRefused() {
        List<Jurisdiction> batch = List.of(Jurisdiction.of("61.71.01.1002", "Benuamelayu Laut"),
                Jurisdiction.of("61.71.01.1002", "Benua Melayu Laut"));
        assertThatThrownBy(() -> store.jurisdictions().importAll(batch)).isInstanceOf(DuplicateException.class)
                .hasMessageContaining("61.71.01.1002");
        assertThat(store.jurisdictions().find(JurisdictionCode.of("61.71.01.1002"))).isEmpty();
    }

    @Test
    public void theWholeBundledDirectoryImportsAndAnswersByRange() {
        store.jurisdictions().importDirectory(JurisdictionDirectory.bundled());
        assertThat(store.jurisdictions().count()).isEqualTo(38 + 514 + 7285);
        assertThat(store.jurisdictions().subtree(KALBAR)).hasSize(1 + 14 + 174);
        assertThat(store.jurisdictions().children(NATIONAL)).hasSize(38);
        assertThat(store.jurisdictions().children(JurisdictionCode.of("32"))).hasSize(27);
        assertThat(store.jurisdictions().get(JurisdictionCode.of("96.71")).name()).isEqualTo("Kota Sorong");
    }
}
