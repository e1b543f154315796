package id.gugus.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
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
    void theSlicesPutEachClassInItsLayer() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.gugus");
        ArchitectureTest.PackageSlices slices = new ArchitectureTest.PackageSlices();

        assertThat(slices.getIdentifierOf(core.get("id.gugus.cases.TraffickingCase"))).isEqualTo(SliceIdentifier.of("cases"));
        assertThat(slices.getIdentifierOf(core.get("id.gugus.cases.CaseStorage"))).isEqualTo(SliceIdentifier.of("cases"));
        assertThat(slices.getIdentifierOf(core.get("id.gugus.error.ValidationException"))).isEqualTo(SliceIdentifier.of("validation"));
        assertThat(slices.getIdentifierOf(core.get("id.gugus.store.Aggregate"))).isEqualTo(SliceIdentifier.of("store kernel"));
        assertThat(slices.getIdentifierOf(core.get("id.gugus.store.Page"))).isEqualTo(SliceIdentifier.of("store kernel"));
        assertThat(slices.getIdentifierOf(core.get("id.gugus.store.StorageBackend"))).isEqualTo(SliceIdentifier.of("store layer"));
        assertThat(slices.getIdentifierOf(core.get("id.gugus.store.GugusStore"))).isEqualTo(SliceIdentifier.of("store layer"));
        assertThat(slices.getIdentifierOf(core.get("id.gugus.cases.CaseRepository"))).isEqualTo(SliceIdentifier.of("store layer"));
        assertThat(slices.getIdentifierOf(core.get("id.gugus.validation.RuleCatalogue"))).isEqualTo(SliceIdentifier.of("rule catalogue"));
        assertThat(slices.getIdentifierOf(core.get("id.gugus.json.GugusJson"))).isEqualTo(SliceIdentifier.of("json"));
    }

    /**
     * Cut by package alone, core has cycles: error and validation, and store with the repositories
     * beside the aggregates. {@link ArchitectureTest.PackageSlices} explains them; when they are
     * gone, drop its exceptions.
     */
    @Test
    void plainPackageSlicesHaveTheCyclesThatPackageSlicesExplains() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.gugus");

        EvaluationResult plain = slices().matching("id.gugus.(*)..").should().beFreeOfCycles().evaluate(core);
        // ArchUnit reports a bounded number of cycles, in no fixed order: look for this one on its own.
        EvaluationResult errorAndValidation = slices().matching("id.gugus.(*)..").should().beFreeOfCycles()
                .evaluate(core.that(com.tngtech.archunit.base.DescribedPredicate.describe("in error or validation",
                        c -> c.getPackageName().startsWith("id.gugus.error") || c.getPackageName().startsWith("id.gugus.validation"))));

        assertThat(plain.hasViolation()).isTrue();
        assertThat(errorAndValidation.getFailureReport().getDetails()).anyMatch(d -> d.contains("error") && d.contains("validation"));
    }
}
