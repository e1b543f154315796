package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckFixtures.advanced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.LegalElements;
import id.gugus.cases.Sex;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write validates first with the core validators and stores nothing invalid: the store,
 * not the caller, runs the rules, whatever the back-end.
 */
public abstract class ValidationContract extends StorageContract {
    protected TckWorld world;

    @BeforeEach
    public void seed() {
        world = seedWorld();
    }

    /**
     * An adult victim without the means element: the case may be registered and investigated
     * (DESIGN §4.1), but not moved to prosecution (rule {@code CASE-PROSECUTION-ELEMENTS}).
     */
    @Test
    public void prosecutionWithoutTheMeansOfAnAdultVictimIsRefusedAndNothingIsStored() {
        TraffickingCase c = TckFixtures.simpleCase("LP/VAL/1", LocalDate.of(2025, 10, 1));
        Victim adult = c.victims().get(0);
        Victim withoutMeans = new Victim(adult.id(), adult.personal(), adult.sex(), adult.birthDate(), adult.recordedAge(),
                adult.citizenship(), adult.origin(), adult.traffickedOn(),
                new LegalElements(adult.elements().acts(), ImmutableSet.of(), adult.elements().purposes()),
                adult.controlMethods(), adult.recruitmentChannel(), adult.platform(), adult.restitution(),
                adult.services(), adult.referrals());
        Victim child = TckFixtures.victim(Sex.FEMALE, 16, adult.traffickedOn(), TckFixtures.SAMBAS,
                ExploitationType.FORCED_CRIMINALITY_ONLINE_SCAM);
        TraffickingCase investigated = store.cases().save(TckFixtures.withVictims(c, List.of(child, withoutMeans)));
        investigated = store.cases().save(advanced(investigated, CaseStatus.INQUIRY));
        investigated = store.cases().save(advanced(investigated, CaseStatus.INVESTIGATION));
        TraffickingCase before = investigated;

        TraffickingCase prosecuted = advanced(investigated, CaseStatus.PROSECUTION);
        assertThatThrownBy(() -> store.cases().save(prosecuted))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::ruleId).contains("CASE-PROSECUTION-ELEMENTS");
                    assertThat(e.violations()).filteredOn(v -> v.ruleId().equals("CASE-PROSECUTION-ELEMENTS"))
                            .extracting(Violation::path).allMatch(path -> path.startsWith("victims[1]"));
                    assertThat(e).hasMessageContaining("Case").hasMessageContaining(c.id().toString());
                    assertThat(e.getMessage()).doesNotContain(adult.personal().name());
                });
        assertSameContent(store.cases().get(c.id()), before);
        assertThat(store.cases().get(c.id()).status()).isEqualTo(CaseStatus.INVESTIGATION);
    }
}
