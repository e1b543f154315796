package id.gugus.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.Sex;
import id.gugus.cases.Statistics;
import id.gugus.cases.StatisticsKey;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.error.ConflictException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import id.gugus.store.Saved;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Embed Gugus" snippet, run as written. */
class InMemoryStoreTest {

    @Test
    void theEmbeddingSnippetOfTheReadmeRuns() {
        GugusStore store = InMemoryStore.create(TckFixtures.CLOCK);
        store.jurisdictions().importDirectory(JurisdictionDirectory.bundled());

        JurisdictionCode kalbar = JurisdictionCode.of("61");
        Agency dp3a = store.agencies().save(Agency.create(
                "Dinas PPPA Provinsi Kalimantan Barat", AgencyType.WOMEN_AND_CHILD_PROTECTION, kalbar));

        Saved<TraffickingCase> registered =
                store.cases().save(TckFixtures.simpleCase("LP/B/1/I/2026/SPKT", LocalDate.of(2026, 1, 5)));
        assertThat(registered.warnings()).isEmpty();
        TraffickingCase saved = registered.stored();
        assertThat(saved.version()).isEqualTo(1);
        assertThat(store.cases().save(saved).stored().version()).isEqualTo(2);
        assertThatThrownBy(() -> store.cases().save(saved)).isInstanceOf(ConflictException.class);
        Agency renamed = store.agencies().save(dp3a.withName("Dinas P3AKB Provinsi Kalimantan Barat"));
        assertThat(renamed.version()).isEqualTo(2);

        Page<TraffickingCase> page = store.cases().query(
                CaseQuery.all().within(kalbar).withChildVictim(false), PageRequest.first(50));
        List<TraffickingCase> latest = store.cases().stream(CaseQuery.all().within(kalbar).newestFirst())
                .limit(20).toList();
        Statistics table = store.cases().statistics(CaseQuery.all().within(kalbar), Dimension.YEAR, Dimension.SEX);
        Year year = table.rows().get(0).first().year().orElseThrow();
        assertThat(page.items()).hasSize(1);
        assertThat(latest).extracting(TraffickingCase::id).containsExactly(saved.id());
        assertThat(year).isEqualTo(Year.of(2026));
        assertThat(table.rows()).containsExactly(new Statistics.Row(
                StatisticsKey.of(Dimension.YEAR, Year.of(2026)), StatisticsKey.of(Dimension.SEX, Sex.MALE), 1, 1));

        TraffickingCase other = TckFixtures.simpleCase("LP/B/2/I/2026/SPKT", LocalDate.of(2026, 1, 6));
        store.runInUnitOfWork(s -> {
            s.agencies().save(renamed);
            s.cases().save(other);
        });
        assertThat(store.agencies().get(dp3a.id()).version()).isEqualTo(3);
        assertThat(store.cases().count(CaseQuery.all())).isEqualTo(2);
    }

    @Test
    void createGivesAnEmptyStoreEachTime() {
        GugusStore first = InMemoryStore.create();
        first.jurisdictions().importAll(TckFixtures.areas());
        assertThat(first.jurisdictions().count()).isEqualTo(TckFixtures.AREA_COUNT);
        assertThat(InMemoryStore.create().jurisdictions().count()).isZero();
    }
}
