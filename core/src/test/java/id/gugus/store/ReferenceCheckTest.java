package id.gugus.store;

import static id.gugus.store.StoreWorld.SAMBAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.agency.AgencyType;
import id.gugus.cases.ServiceType;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.cases.VictimService;
import id.gugus.error.ReferenceException;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a save refers to must exist: the first missing reference is named by its path, and nothing is stored. */
class ReferenceCheckTest {
    private final StoreWorld world = new StoreWorld();

    @Test
    void aMissingReferenceIsNamedByItsPathAndNothingIsStored() {
        AgencyId unknown = AgencyId.random();
        TraffickingCase c = StoreWorld.newCase("LP/1", SAMBAS, StoreWorld.SITI);
        Victim withService = c.victims().get(0).toBuilder()
                .service(new VictimService(ServiceType.SHELTER, unknown, LocalDate.of(2026, 1, 12), null))
                .build();
        TraffickingCase referring = TraffickingCase.register(c.number(), c.registeredIn(), c.reportedOn())
                .withVictim(withService);
        int mark = world.mark();

        assertThatThrownBy(() -> world.store.cases().save(referring))
                .isInstanceOfSatisfying(ReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("victims[0].services[0].provider"))
                .hasMessageContaining(unknown.toString());
        assertThat(world.backend.cases().find(referring.id())).isEmpty();
        assertThat(world.since(mark)).isEmpty();
    }

    @Test
    void theNationalRootExistsWithoutBeingImported() {
        GugusStore empty = GugusStore.on(new FakeBackend());

        assertThat(empty.agencies().save(Agency.create("Kementerian PPPA", AgencyType.WOMEN_AND_CHILD_PROTECTION,
                JurisdictionCode.NATIONAL)).version()).isEqualTo(1);
        assertThatThrownBy(() -> empty.agencies().save(Agency.create("Dinas PPPA Provinsi Kalimantan Barat",
                        AgencyType.WOMEN_AND_CHILD_PROTECTION, JurisdictionCode.of("61"))))
                .isInstanceOfSatisfying(ReferenceException.class, e -> assertThat(e.field()).isEqualTo("jurisdiction"));
    }

    @Test
    void eachReferenceIsLookedUpOnceHoweverOftenItIsNamed() {
        Agency agency = world.storedAgency("Dinas Sosial Kabupaten Sambas", SAMBAS);
        world.backend.finds().clear();

        new ReferenceCheck(world.backend, "Case", "LP/1")
                .agency("victims[0].services[0].provider", agency.id())
                .agency("victims[0].referrals[0].to", agency.id())
                .jurisdiction("registeredIn", SAMBAS)
                .jurisdiction("victims[0].origin", SAMBAS);

        assertThat(world.backend.finds()).containsEntry(agency.id(), 1).containsEntry(SAMBAS, 1);
    }

    @Test
    void aReferenceTheCallerResolvedFailsWithTheSameMessage() {
        AgencyId missing = AgencyId.random();
        assertThatThrownBy(() -> new ReferenceCheck(world.backend, "TaskForce", "tf-1").require("parent", missing, false))
                .isInstanceOf(ReferenceException.class)
                .hasMessage("TaskForce tf-1: parent refers to " + missing + ", which does not exist");
    }
}
