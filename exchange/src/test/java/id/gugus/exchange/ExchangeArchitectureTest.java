package id.gugus.exchange;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The exchange module reaches a store through core's SPI only: never a back-end's classes, never SQL. */
@AnalyzeClasses(packages = "id.gugus.exchange", importOptions = ImportOption.DoNotIncludeTests.class)
class ExchangeArchitectureTest {
    @ArchTest
    static final ArchRule noBackEndInternals = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("id.gugus.storage..", "java.sql..", "org.jooq..")
            .because("a backup or a move works on any StorageBackend, an integrator's own included");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
