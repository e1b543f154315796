package id.gugus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;

/**
 * The shape of gugus-core (CONVENTIONS: "the domain never imports storage code"): no storage
 * technology, the domain independent of its JSON form, no package cycles, SLF4J only.
 */
@AnalyzeClasses(packages = "id.gugus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreUsesNoStorageTechnology = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javax.sql..", "org.jooq..", "org.flywaydb..", "org.h2..", "id.gugus.storage..")
            .because("stores live in storage-memory and storage-jdbc; core only defines their SPI (docs/storage.md)");

    /** Cut by package alone, as ArchUnit's standard rule cuts them: no cycle among them. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("id.gugus.(*)..").should().beFreeOfCycles();

    /**
     * The layers of core, bottom up: rules and violations; the exceptions (a
     * {@code ValidationException} carries violations); common values; the model's concepts
     * (areas, agencies, actors); the aggregates and their rules; their JSON form; the storage SPI
     * a back-end implements; the store (entry point, repositories, access, audit); and the
     * catalogue of every rule. Each layer may use only those below it.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("validation").definedBy("id.gugus.validation..")
            .layer("error").definedBy("id.gugus.error..")
            .layer("common").definedBy("id.gugus.common..")
            .layer("concepts").definedBy("id.gugus.jurisdiction..", "id.gugus.agency..", "id.gugus.security..")
            .layer("aggregates").definedBy("id.gugus.taskforce..", "id.gugus.cases..", "id.gugus.plan..",
                    "id.gugus.meeting..", "id.gugus.audit..")
            .layer("json").definedBy("id.gugus.json..")
            .layer("spi").definedBy("id.gugus.spi..")
            .layer("store").definedBy("id.gugus.store..")
            .layer("catalogue").definedBy("id.gugus.rules..")
            .whereLayer("catalogue").mayNotBeAccessedByAnyLayer()
            .whereLayer("store").mayNotBeAccessedByAnyLayer()
            .whereLayer("spi").mayOnlyBeAccessedByLayers("store")
            .whereLayer("json").mayOnlyBeAccessedByLayers("store", "catalogue")
            .whereLayer("aggregates").mayOnlyBeAccessedByLayers("json", "spi", "store", "catalogue")
            .whereLayer("concepts").mayOnlyBeAccessedByLayers("aggregates", "json", "spi", "store", "catalogue")
            .whereLayer("common").mayOnlyBeAccessedByLayers(
                    "concepts", "aggregates", "json", "spi", "store", "catalogue")
            .whereLayer("error").mayOnlyBeAccessedByLayers(
                    "common", "concepts", "aggregates", "json", "spi", "store", "catalogue")
            .whereLayer("validation").mayOnlyBeAccessedByLayers(
                    "error", "common", "concepts", "aggregates", "json", "spi", "store", "catalogue");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("a library logs through the SLF4J API only");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("a library logs through the SLF4J API only");

    /** Guards the rules above against an import that finds nothing, which would pass them all. */
    @ArchTest
    static void theWholeCoreIsAnalysed(JavaClasses classes) {
        for (String name : Set.of("id.gugus.jurisdiction.JurisdictionCode", "id.gugus.cases.TraffickingCase",
                "id.gugus.json.GugusJson", "id.gugus.rules.RuleCatalogue", "id.gugus.spi.StorageBackend")) {
            if (!classes.contain(name)) {
                throw new AssertionError(name + " was not imported");
            }
        }
        if (classes.stream().anyMatch(c -> c.getSimpleName().endsWith("Test"))) {
            throw new AssertionError("test classes were imported");
        }
    }
}
