package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.KALBAR;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.NATIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.agency.AgencyType;
import id.gugus.error.ConflictException;
import id.gugus.error.DuplicateException;
import id.gugus.error.NotFoundException;
import id.gugus.error.ReferenceException;
import id.gugus.error.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Agencies: the versioned save every aggregate shares, references to areas, subtree listing. */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.PERSISTENCE)
public abstract class AgencyContract extends StorageContract {
    protected TckWorld world;

    @BeforeEach
    public void seed() {
        world = seedWorld();
    }

    private Agency newAgency() {
        return Agency.create("Dinas Komunikasi dan Informatika Provinsi Kalimantan Barat",
                AgencyType.COMMUNICATION_AND_INFORMATICS, KALBAR);
    }

    @Test
    public void aSavedAgencyHasVersionOneAndLoadsEqual() {
        Agency fresh = newAgency();
        Agency saved = store.agencies().save(fresh);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.withVersion(0)).isEqualTo(fresh);
        assertSameContent(store.agencies().get(fresh.id()), saved);
        assertThat(store.agencies().find(fresh.id())).isPresent();
    }

    @Test
    public void savingLeavesTheCallersCopyAsItWas() {
        Agency fresh = newAgency();
        store.agencies().save(fresh);
        assertThat(fresh.version()).isZero();
        Agency loaded = store.agencies().get(fresh.id());
        Agency renamed = loaded.withName("Diskominfo Kalbar");
        store.agencies().save(renamed);
        assertThat(loaded.name()).isEqualTo(fresh.name());
    }

    @Test
    public void anUpdateBumpsTheVersionAndReplacesTheStoredCopy() {
        Agency v1 = store.agencies().save(newAgency());
        Agency v2 = store.agencies().save(v1.withName("Diskominfo Kalbar"));
        assertThat(v2.version()).isEqualTo(2);
        assertSameContent(store.agencies().get(v1.id()), v2);
        Agency v3 = store.agencies().save(v2);
        assertThat(v3.version()).isEqualTo(3);
    }

    @Test
    public void aStaleCopyIsAConflictAndChangesNothing() {
        Agency v1 = store.agencies().save(newAgency());
        Agency v2 = store.agencies().save(v1.withName("Diskominfo Kalbar"));
        Agency stale = v1.withName("Nama Lama");
        assertThatThrownBy(() -> store.agencies().save(stale))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("Agency");
                    assertThat(e.id()).isEqualTo(v1.id().toString());
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e).hasMessageContaining("Agency").hasMessageContaining(v1.id().toString());
                });
        assertSameContent(store.agencies().get(v1.id()), v2);
    }

    @Test
    public void aCopyFromTheFutureIsAConflictToo() {
        Agency v1 = store.agencies().save(newAgency());
        assertThatThrownBy(() -> store.agencies().save(v1.withVersion(5))).isInstanceOf(ConflictException.class);
        assertThat(store.agencies().get(v1.id()).version()).isEqualTo(1);
    }

    @Test
    public void updatingAnAgencyNeverStoredIsNotFound() {
        Agency ghost = newAgency().withVersion(3);
        assertThatThrownBy(() -> store.agencies().save(ghost))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("Agency");
                    assertThat(e.id()).isEqualTo(ghost.id().toString());
                });
        assertThat(store.agencies().find(ghost.id())).isEmpty();
    }

    @Test
    public void insertingAnIdAlreadyStoredIsADuplicate() {
        Agency v1 = store.agencies().save(newAgency());
        Agency again = new Agency(v1.id(), 0, "Lain", AgencyType.OTHER, KALBAR);
        assertThatThrownBy(() -> store.agencies().save(again)).isInstanceOf(DuplicateException.class)
                .hasMessageContaining("Agency").hasMessageContaining(v1.id().toString());
        assertSameContent(store.agencies().get(v1.id()), v1);
    }

    @Test
    public void aNegativeVersionIsRefused() {
        Agency broken = newAgency().withVersion(-1);
        assertThatThrownBy(() -> store.agencies().save(broken)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("[VERSION-NEGATIVE] version");
        assertThat(store.agencies().find(broken.id())).isEmpty();
    }

    @Test
    public void anUnknownJurisdictionIsAReferenceErrorAndNothingIsStored() {
        Agency lost = Agency.create("Dinas Sosial Kabupaten Entah", AgencyType.SOCIAL_AFFAIRS, TckFixtures.UNKNOWN_AREA);
        assertThatThrownBy(() -> store.agencies().save(lost))
                .isInstanceOfSatisfying(ReferenceException.class, e -> {
                    assertThat(e.entityType()).isEqualTo("Agency");
                    assertThat(e.field()).isEqualTo("jurisdiction");
                    assertThat(e).hasMessageContaining(lost.id().toString()).hasMessageContaining("61.79");
                });
        assertThat(store.agencies().find(lost.id())).isEmpty();
    }

    @Test
    public void movingAnAgencyToAnUnknownJurisdictionIsRefused() {
        Agency v1 = store.agencies().save(newAgency());
        Agency moved = v1.withJurisdiction(TckFixtures.UNKNOWN_AREA);
        assertThatThrownBy(() -> store.agencies().save(moved)).isInstanceOf(ReferenceException.class);
        assertSameContent(store.agencies().get(v1.id()), v1);
    }

    @Test
    public void aNationalAgencyNeedsNoImportedRoot() {
        Agency bnp2tki = store.agencies().save(Agency.create("Kementerian Pelindungan Pekerja Migran Indonesia",
                AgencyType.MIGRANT_WORKER_PROTECTION, NATIONAL));
        assertThat(bnp2tki.version()).isEqualTo(1);
    }

    @Test
    public void getOfAnUnknownIdIsNotFoundNamingTypeAndId() {
        AgencyId unknown = AgencyId.random();
        assertThat(store.agencies().find(unknown)).isEmpty();
        assertThatThrownBy(() -> store.agencies().get(unknown)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Agency").hasMessageContaining(unknown.toString());
    }

    @Test
    public void deleteWithTheCurrentVersionRemovesIt() {
        Agency v1 = store.agencies().save(newAgency());
        store.agencies().delete(v1.id(), 1);
        assertThat(store.agencies().find(v1.id())).isEmpty();
        assertThat(store.agencies().inSubtree(KALBAR)).doesNotContain(v1);
    }

    @Test
    public void deleteWithAStaleVersionIsAConflictAndKeepsIt() {
        Agency v1 = store.agencies().save(newAgency());
        store.agencies().save(v1);
        assertThatThrownBy(() -> store.agencies().delete(v1.id(), 1)).isInstanceOf(ConflictException.class)
                .hasMessageContaining(v1.id().toString());
        assertThat(store.agencies().get(v1.id()).version()).isEqualTo(2);
    }

    @Test
    public void deleteOfAnUnknownIdIsNotFound() {
        AgencyId unknown = AgencyId.random();
        assertThatThrownBy(() -> store.agencies().delete(unknown, 1)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }

    @Test
    public void inSubtreeListsTheAgenciesOfTheAreaAndBelowByName() {
        assertThat(store.agencies().inSubtree(KALBAR)).containsExactlyElementsOf(world.kalbarAgenciesByName());
        assertThat(store.agencies().inSubtree(KOTA_PONTIANAK))
                .containsExactly(world.dp3aPontianak, world.imigrasiPontianak, world.polresta, world.pemkotPontianak);
        assertThat(store.agencies().inSubtree(TckFixtures.PONTIANAK_SELATAN)).isEmpty();
    }

    @Test
    public void inSubtreeOfTheNationalRootListsEveryAgency() {
        assertThat(store.agencies().inSubtree(NATIONAL)).hasSize(16)
                .contains(world.lpsk, world.pemkotKupang, world.polda);
    }

    @Test
    public void agenciesWithTheSameNameAreOrderedById() {
        Agency one = store.agencies().save(Agency.create("Posko Pengaduan TPPO", AgencyType.OTHER, KALBAR));
        Agency two = store.agencies().save(Agency.create("Posko Pengaduan TPPO", AgencyType.OTHER, KOTA_PONTIANAK));
        Agency first = one.id().toString().compareTo(two.id().toString()) < 0 ? one : two;
        Agency second = first == one ? two : one;
        assertThat(store.agencies().inSubtree(KALBAR)).filteredOn(a -> a.name().equals("Posko Pengaduan TPPO"))
                .containsExactly(first, second);
    }
}
