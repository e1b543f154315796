package id.gugus.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.taskforce.TaskForce;
import id.gugus.taskforce.TaskForceValidator;
import id.gugus.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code taskForces().validate} looks the parent up in the store and finds exactly what the
 * validator finds against it, and exactly what a save then does: stores with those warnings, or
 * refuses with those errors. Whatever the area and whichever stored task force it names.
 */
class ParentValidationProperties {
    private static final List<JurisdictionCode> AREAS = List.of(JurisdictionCode.NATIONAL, StoreWorld.KALBAR,
            StoreWorld.SAMBAS, StoreWorld.SINGKAWANG, StoreWorld.KALTENG, JurisdictionCode.of("62.01"));
    /** The stored task forces a new one may name: the national one and two provinces'. */
    private static final List<JurisdictionCode> PARENTS =
            List.of(JurisdictionCode.NATIONAL, StoreWorld.KALBAR, StoreWorld.KALTENG);

    @Provide
    Arbitrary<JurisdictionCode> areas() {
        return Arbitraries.of(AREAS);
    }

    @Provide
    Arbitrary<JurisdictionCode> parents() {
        return Arbitraries.of(PARENTS);
    }

    @Property(tries = 60)
    void validateFindsWhatTheValidatorFindsAgainstTheStoredParentAndWhatTheSaveDoes(
            @ForAll("areas") JurisdictionCode area, @ForAll("parents") JurisdictionCode parentArea) {
        StoreWorld world = new StoreWorld();
        TaskForce national = world.store.taskForces().save(StoreWorld.lawfulTaskForce(JurisdictionCode.NATIONAL, null))
                .stored();
        Map<JurisdictionCode, TaskForce> stored = Map.of(JurisdictionCode.NATIONAL, national,
                StoreWorld.KALBAR, world.store.taskForces().save(StoreWorld.lawfulTaskForce(StoreWorld.KALBAR, national))
                        .stored(),
                StoreWorld.KALTENG, world.store.taskForces().save(StoreWorld.lawfulTaskForce(StoreWorld.KALTENG, national))
                        .stored());
        TaskForce parent = stored.get(parentArea);
        TaskForce candidate = StoreWorld.lawfulTaskForce(area, parent);

        Violations found = world.store.taskForces().validate(candidate);

        assertThat(found).isEqualTo(TaskForceValidator.validate(candidate, Optional.of(parent)));
        if (stored.containsKey(area)) {
            return; // one active task force per area: the save would be refused for that, not for a rule
        }
        if (found.hasErrors()) {
            assertThatThrownBy(() -> world.store.taskForces().save(candidate))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations()).isEqualTo(found.all()));
        } else {
            assertThat(world.store.taskForces().save(candidate).warnings()).isEqualTo(found.warnings());
        }
    }
}
