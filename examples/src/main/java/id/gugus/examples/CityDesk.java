package id.gugus.examples;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.Member;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.taskforce.TaskForce;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Application code of the kind a city government writes around Gugus: the case desk of the task
 * force of Kota Singkawang. It only knows a {@link GugusStore}, so the same class runs on the
 * in-memory store in unit tests ({@code InMemoryExample}) and on PostgreSQL or MariaDB in
 * production ({@code PostgresExample}); which back-end is the caller's choice.
 */
public final class CityDesk {
    public static final JurisdictionCode SINGKAWANG = JurisdictionCode.of("61.72");
    static final LocalDate DECREE_SIGNED = LocalDate.of(2024, 1, 8);

    private final GugusStore store;

    public CityDesk(GugusStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * What the desk needs once per database: the area tree, the city's agencies and its task
     * force (Wali Kota as chair, Kapolres as daily chair). Finds them if they are there already.
     */
    public TaskForce setUp() {
        if (!store.jurisdictions().exists(SINGKAWANG)) {
            store.jurisdictions().importDirectory(JurisdictionDirectory.bundled());
        }
        return store.taskForces().activeFor(SINGKAWANG).orElseGet(() -> store.inUnitOfWork(s -> {
            Agency police = s.agencies().save(
                    Agency.create("Kepolisian Resor Singkawang", AgencyType.POLICE, SINGKAWANG));
            Agency dinas = s.agencies().save(Agency.create("Dinas PPPA Kota Singkawang",
                    AgencyType.WOMEN_AND_CHILD_PROTECTION, SINGKAWANG));
            Official mayor = Official.of(Position.MAYOR, "Wali Kota Singkawang");
            TaskForce taskForce = TaskForce.propose("Gugus Tugas PP-TPPO Kota Singkawang", SINGKAWANG, mayor,
                            Official.of(Position.KAPOLRES, "Kapolres Singkawang"), null)
                    .withMember(new Member(police.id(), Official.of(Position.OTHER, "Kasat Reskrim")))
                    .withMember(new Member(dinas.id(), Official.of(Position.OTHER, "Kepala Dinas PPPA")))
                    .draftDecree("Keputusan Wali Kota Singkawang Nomor 400.10/172/DPPPA/2024")
                    .establish(DECREE_SIGNED, mayor);
            return s.taskForces().save(taskForce).stored();
        }));
    }

    /**
     * Registers a report with its victims, unless a case with that number is stored already.
     *
     * @throws id.gugus.error.ValidationException with every broken rule; nothing is stored
     */
    public TraffickingCase register(CaseNumber number, LocalDate reportedOn, List<Victim> victims) {
        Optional<TraffickingCase> stored = store.cases().findByNumber(number);
        if (stored.isPresent()) {
            return stored.get();
        }
        return store.cases().save(TraffickingCase.register(number, SINGKAWANG, reportedOn).withVictims(victims))
                .stored();
    }

    /** The city's victims by sex, counted by the store. */
    public Statistics victimsBySex() {
        return store.cases().statistics(CaseQuery.all().within(SINGKAWANG), Dimension.SEX);
    }
}
