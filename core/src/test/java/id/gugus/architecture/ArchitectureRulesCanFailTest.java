package id.gugus.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
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

    /**
     * Cut by package alone, core has cycles: error and validation, and store with the aggregates.
     * {@link ArchitectureTest.PackageSlices} explains them; when they are gone, drop its exceptions.
     */
    @Test
    void plainPackageSlicesHaveTheCyclesThatPackageSlicesExplains() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.gugus");

        EvaluationResult plain = slices().matching("id.gugus.(*)..").should().beFreeOfCycles().evaluate(core);

        assertThat(plain.hasViolation()).isTrue();
        assertThat(plain.getFailureReport().getDetails()).anyMatch(d -> d.contains("error") && d.contains("validation"));
    }
}
