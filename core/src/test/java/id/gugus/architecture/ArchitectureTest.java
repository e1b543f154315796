package id.gugus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import id.gugus.validation.RuleCatalogue;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shape of gugus-core (CONVENTIONS: "the domain never imports storage code"): no storage
 * technology, the domain independent of its JSON form, no package cycles, SLF4J only.
 */
@AnalyzeClasses(packages = "id.gugus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** The packages of the model; {@code json} and the stores build on them, never the reverse. */
    static final String[] DOMAIN = {
        "id.gugus.jurisdiction..", "id.gugus.agency..", "id.gugus.taskforce..", "id.gugus.cases..",
        "id.gugus.plan..", "id.gugus.meeting..", "id.gugus.common..", "id.gugus.validation.."
    };

    @ArchTest
    static final ArchRule coreUsesNoStorageTechnology = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javax.sql..", "org.jooq..", "org.flywaydb..", "org.h2..", "id.gugus.storage..")
            .because("stores live in storage-memory and storage-jdbc; core only defines their SPI (DESIGN §9)");

    @ArchTest
    static final ArchRule theDomainDoesNotKnowItsJsonForm = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .and().doNotBelongToAnyOf(RuleCatalogue.class)
            .should().dependOnClassesThat().resideInAPackage("id.gugus.json..")
            .because("JSON is one representation of the model; the RuleCatalogue lists every rule, JSON's too");

    @ArchTest
    static final ArchRule validationNamesNoDomainPackageButInTheCatalogue = noClasses()
            .that().resideInAPackage("id.gugus.validation..")
            .and().doNotBelongToAnyOf(RuleCatalogue.class)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.gugus.jurisdiction..", "id.gugus.agency..", "id.gugus.taskforce..", "id.gugus.cases..",
                    "id.gugus.plan..", "id.gugus.meeting..", "id.gugus.common..", "id.gugus.store..", "id.gugus.json..");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().assignedFrom(new PackageSlices()).should().beFreeOfCycles();

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
                "id.gugus.json.GugusJson", "id.gugus.validation.RuleCatalogue", "id.gugus.store.StorageBackend")) {
            if (!classes.contain(name)) {
                throw new AssertionError(name + " was not imported");
            }
        }
        if (classes.stream().anyMatch(c -> c.getSimpleName().endsWith("Test"))) {
            throw new AssertionError("test classes were imported");
        }
    }

    /**
     * One slice per package under {@code id.gugus}, as {@code slices().matching("id.gugus.(*)..")}
     * would give, except for classes that sit in a package for its name's sake but belong to
     * another layer:
     * <ul>
     *   <li>{@code error} and {@code validation} are one slice: {@code ValidationException} carries
     *       {@code Violations}, and {@code Violations.throwIfErrors()} throws it;</li>
     *   <li>the <em>store kernel</em>: the classes of {@code store} that need nothing but
     *       {@code error}, {@code validation} and each other ({@code Aggregate},
     *       {@code AggregateStorage}, {@code Page}, {@code PageRequest}); every aggregate builds
     *       on them;</li>
     *   <li>the <em>store layer</em>: the rest of {@code store} ({@code GugusStore},
     *       {@code StoreContext}, {@code StorageBackend}, ...) together with every class elsewhere
     *       that uses it: the repositories, which live beside their aggregates
     *       ({@code cases.CaseRepository}) but run on the store's machinery;</li>
     *   <li>{@link RuleCatalogue}, the index of every rule enum, sits above all packages.</li>
     * </ul>
     * With these, the model packages depend on the kernel only, and the store layer on the model.
     */
    static final class PackageSlices implements SliceAssignment {
        private static final String ROOT = "id.gugus.";
        private static final Set<String> BELOW_THE_KERNEL = Set.of("error", "validation");

        private final Map<String, Boolean> kernel = new HashMap<>();

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String top = topPackage(type);
            if (top == null) {
                return SliceIdentifier.ignore();
            }
            if (type.getName().startsWith(RuleCatalogue.class.getName())) {
                return SliceIdentifier.of("rule catalogue");
            }
            if (top.equals("error")) {
                return SliceIdentifier.of("validation");
            }
            if (top.equals("store")) {
                return SliceIdentifier.of(isKernel(type) ? "store kernel" : "store layer");
            }
            if (usesTheStoreLayer(type)) {
                return SliceIdentifier.of("store layer");
            }
            return SliceIdentifier.of(top);
        }

        private boolean usesTheStoreLayer(JavaClass type) {
            return targets(type).anyMatch(t -> "store".equals(topPackage(t)) && !isKernel(t));
        }

        /** A store class needing only error, validation and other kernel classes (nested ones included). */
        private boolean isKernel(JavaClass type) {
            Boolean known = kernel.get(type.getName());
            if (known != null) {
                return known;
            }
            kernel.put(type.getName(), Boolean.TRUE); // assumed while its own dependencies are checked
            boolean result = targets(type).allMatch(t -> {
                String top = topPackage(t);
                return top == null || BELOW_THE_KERNEL.contains(top) || (top.equals("store") && isKernel(t));
            });
            kernel.put(type.getName(), result);
            return result;
        }

        private static java.util.stream.Stream<JavaClass> targets(JavaClass type) {
            return type.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass().getBaseComponentType())
                    .filter(t -> !t.equals(type));
        }

        private static String topPackage(JavaClass type) {
            String pkg = type.getPackageName();
            return pkg.startsWith(ROOT) ? pkg.substring(ROOT.length()).split("\\.")[0] : null;
        }

        @Override
        public String getDescription() {
            return "packages under id.gugus (error with validation; store kernel, store layer with the repositories, "
                    + "rule catalogue apart)";
        }
    }
}
