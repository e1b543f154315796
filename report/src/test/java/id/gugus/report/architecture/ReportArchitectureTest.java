package id.gugus.report.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The report module's shape: tables and disclosure control know nothing of stores or reports,
 * nothing depends on the renderers, no package cycle, SLF4J only, and only core's public API.
 */
@AnalyzeClasses(packages = "id.gugus.report", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportArchitectureTest {
    @ArchTest
    static final ArchRule noCycles = slices().matching("id.gugus.report.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule tablesAndDisclosureStandAlone = noClasses()
            .that().resideInAnyPackage("id.gugus.report.table..", "id.gugus.report.disclosure..")
            .should().dependOnClassesThat().resideInAnyPackage("id.gugus.store..", "id.gugus.report",
                    "id.gugus.report.render..")
            .because("disclosure control works on any tables, wherever they come from");

    @ArchTest
    static final ArchRule nothingDependsOnRenderers = noClasses()
            .that().resideOutsideOfPackage("id.gugus.report.render..")
            .should().dependOnClassesThat().resideInAPackage("id.gugus.report.render..");

    @ArchTest
    static final ArchRule noStorageInternals = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("id.gugus.spi..", "id.gugus.storage..", "java.sql..")
            .because("a report is made through GugusStore, under its actor, never below it");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
