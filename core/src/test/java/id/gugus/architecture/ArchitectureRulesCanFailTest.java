package id.gugus.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules of {@link ArchitectureTest} find what they forbid: none passes by finding nothing. */
class ArchitectureRulesCanFailTest {
    private static final JavaClasses BAD = new ClassFileImporter().importClasses(BadSample.class);

    @Test
    void storageTechnologyIsFound() {
        assertThat(ArchitectureTest.coreUsesNoStorageTechnology.evaluate(BAD).hasViolation()).isTrue();
    }

    @Test
    void standardStreamsAndJavaUtilLoggingAreFound() {
        assertThat(ArchitectureTest.noStandardStreams.evaluate(BAD).hasViolation()).isTrue();
        assertThat(ArchitectureTest.noJavaUtilLogging.evaluate(BAD).hasViolation()).isTrue();
    }

    @Test
    void aPackageCycleIsFound() {
        JavaClasses cycle = new ClassFileImporter().importPackages("id.gugus.samplea", "id.gugus.sampleb");
        assertThat(ArchitectureTest.packagesAreFreeOfCycles.evaluate(cycle).hasViolation()).isTrue();
    }

    @Test
    void aLowerLayerThatUsesAHigherOneIsFound() throws ClassNotFoundException {
        JavaClasses upward = new ClassFileImporter().importClasses(
                Class.forName("id.gugus.common.LayerBreakingSample"), id.gugus.store.GugusStore.class);
        assertThat(ArchitectureTest.layers.evaluate(upward).hasViolation()).isTrue();
    }

    @Test
    void theRealCoreHasNeitherCyclesNorUpwardImports() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.gugus");
        assertThat(ArchitectureTest.packagesAreFreeOfCycles.evaluate(core).getFailureReport().getDetails()).isEmpty();
        assertThat(ArchitectureTest.layers.evaluate(core).getFailureReport().getDetails()).isEmpty();
    }
}
