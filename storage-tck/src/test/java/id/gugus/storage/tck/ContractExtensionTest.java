package id.gugus.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import id.gugus.cases.CaseQuery;
import id.gugus.spi.StorageBackend;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

/**
 * What a back-end writer sees when a contract runs on their back-end: small TCK classes of this
 * test's own, run through the JUnit launcher (surefire leaves nested classes alone), with
 * contracts that fail on purpose.
 */
class ContractExtensionTest {
    private static final AtomicInteger OPENED = new AtomicInteger();
    private static final AtomicInteger CLOSED = new AtomicInteger();

    /** A storage duty that breaks in each way a test can. */
    @Tag(TckTags.STORAGE_DUTY)
    @Tag(TckTags.PAGINATION)
    public abstract static class BrokenDutyContract extends StorageContract {
        @Test
        public void assertsWrongly() {
            assertThat(1 + 1).isEqualTo(3);
        }

        @Test
        public void meetsABackEndThatThrows() {
            backend.cases().count(CaseQuery.all());
        }

        @Test
        public void skipsItself() {
            Assumptions.assumeTrue(false, "no server here");
        }

        @Test
        public void passesWithAStoreOnTheBackEnd() {
            assertThat(store.actor()).isNotNull();
        }
    }

    @Tag(TckTags.STORE_RULE)
    @Tag(TckTags.ACCESS)
    public abstract static class BrokenRuleContract extends StorageContract {
        @Test
        public void assertsWrongly() {
            assertThat("refused").isEqualTo("allowed");
        }
    }

    /** A back-end's run of two contracts (not the whole suite), on a back-end whose storages all throw. */
    static class SmallTck implements StorageTck {
        @Override
        public StorageBackend newBackend() {
            OPENED.incrementAndGet();
            return broken(StorageBackend.class);
        }

        @Override
        public void closeBackend(StorageBackend backend) {
            CLOSED.incrementAndGet();
        }

        @Nested
        class Duty extends BrokenDutyContract {}

        @Nested
        class Rule extends BrokenRuleContract {}
    }

    /** A run whose back-end cannot be opened. */
    static class UnopenableTck implements StorageTck {
        @Override
        public StorageBackend newBackend() {
            throw new IllegalStateException("no database");
        }

        @Nested
        class Duty extends BrokenDutyContract {}
    }

    /** Contracts without a back-end to run on. */
    static class NoTck {
        @Nested
        class Duty extends BrokenDutyContract {}
    }

    /** Hands out storages; every call of a storage throws. */
    private static <T> T broken(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("equals") ? proxy == args[0]
                        : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : "broken " + type;
            }
            if (method.getReturnType().isInterface() && method.getParameterCount() == 0) {
                return broken(method.getReturnType());
            }
            throw new IllegalStateException("no storage here");
        }));
    }

    @BeforeEach
    void resetCounts() {
        OPENED.set(0);
        CLOSED.set(0);
    }

    @Test
    void aFailedAssertionSaysItIsTheBackEndsDutyAndWhichRunAndKeepsExpectedAndActual() {
        TestExecutionResult result = run(SmallTck.class).get("Duty/assertsWrongly()");

        assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(result.getThrowable()).get().isInstanceOfSatisfying(AssertionFailedError.class, failed -> {
            assertThat(failed.getMessage()).startsWith("[storage duty: pagination] BrokenDutyContract on SmallTck: "
                    + "the back-end's job").contains("expected: 3");
            // What an IDE shows side by side, as AssertJ made it.
            assertThat(failed.getExpected().getStringRepresentation()).isEqualTo("3");
            assertThat(failed.getActual().getStringRepresentation()).isEqualTo("2");
            assertThat(failed.getStackTrace()[0].getMethodName()).isNotEqualTo("noted");
        });
    }

    @Test
    void aFailedStoreRuleSaysItIsTheStoresJob() {
        TestExecutionResult result = run(SmallTck.class).get("Rule/assertsWrongly()");

        assertThat(result.getThrowable()).get().extracting(Throwable::getMessage).asString()
                .startsWith("[store rule: access] BrokenRuleContract on SmallTck: the core store's job")
                .contains("\"allowed\"");
    }

    @Test
    void anExceptionKeepsItsTypeAndMessageAndCarriesTheNote() {
        TestExecutionResult result = run(SmallTck.class).get("Duty/meetsABackEndThatThrows()");

        assertThat(result.getThrowable()).get().isInstanceOfSatisfying(IllegalStateException.class, thrown -> {
            assertThat(thrown).hasMessage("no storage here");
            assertThat(thrown.getSuppressed()).singleElement().extracting(Throwable::getMessage).asString()
                    .startsWith("[storage duty: pagination] BrokenDutyContract on SmallTck");
        });
    }

    @Test
    void aSkippedTestStaysSkippedAndEveryBackEndOpenedIsClosed() {
        Map<String, TestExecutionResult> results = run(SmallTck.class);

        assertThat(results.get("Duty/skipsItself()").getStatus()).isEqualTo(TestExecutionResult.Status.ABORTED);
        assertThat(results.get("Duty/skipsItself()").getThrowable()).get().extracting(Throwable::getMessage)
                .asString().contains("no server here").doesNotContain("storage duty");
        assertThat(results.get("Duty/passesWithAStoreOnTheBackEnd()").getStatus())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(OPENED.get()).isEqualTo(5).isEqualTo(CLOSED.get());
    }

    @Test
    void reportsNameEachContractWithWhoseJobItChecks() {
        Map<String, String> names = new LinkedHashMap<>();
        launch(SmallTck.class, new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier id) {
                names.put(last(id.getUniqueId()), id.getDisplayName());
            }
        });

        assertThat(names).containsEntry("Duty", "Duty [storage duty: pagination]")
                .containsEntry("Rule", "Rule [store rule: access]");
    }

    @Test
    void aRunThatLeavesOutContractsNamesTheLinesToAdd() {
        TestExecutionResult result = run(SmallTck.class).get("everyContractRuns()");

        assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(result.getThrowable()).get().extracting(Throwable::getMessage).asString()
                .contains("SmallTck leaves out contracts of the suite")
                .contains("@Nested class Access extends AccessContract {}")
                .contains("@Nested class PersonalData extends PersonalDataContract {}")
                .doesNotContain("BrokenDuty");
    }

    @Test
    void aBackEndThatCannotBeOpenedFailsEveryTestWithTheNote() {
        TestExecutionResult result = run(UnopenableTck.class).get("Duty/passesWithAStoreOnTheBackEnd()");

        assertThat(result.getThrowable()).get().isInstanceOfSatisfying(IllegalStateException.class, thrown -> {
            assertThat(thrown).hasMessage("no database");
            assertThat(thrown.getSuppressed()).singleElement().extracting(Throwable::getMessage).asString()
                    .startsWith("[storage duty: pagination] BrokenDutyContract on UnopenableTck");
        });
    }

    @Test
    void aContractWithoutABackEndSaysWhereToDeclareIt() {
        TestExecutionResult result = run(NoTck.class).get("Duty/passesWithAStoreOnTheBackEnd()");

        assertThat(result.getThrowable()).get().extracting(Throwable::getMessage).asString()
                .contains("Duty has no back-end to run on")
                .contains("@Nested class of a test class that implements StorageTck");
    }

    /** The result of each test, by its nested class and method ("Duty/assertsWrongly()"). */
    private static Map<String, TestExecutionResult> run(Class<?> testClass) {
        Map<String, TestExecutionResult> results = new LinkedHashMap<>();
        launch(testClass, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    results.put(name(id.getUniqueId()), result);
                }
            }

            @Override
            public void executionSkipped(TestIdentifier id, String reason) {
                results.put(name(id.getUniqueId()), TestExecutionResult.aborted(null));
            }
        });
        return results;
    }

    private static void launch(Class<?> testClass, TestExecutionListener listener) {
        LauncherFactory.create().execute(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
    }

    /** "[engine:junit-jupiter]/[class:...SmallTck]/[nested-class:Duty]/[method:x()]" as "Duty/x()". */
    private static String name(String uniqueId) {
        String[] segments = uniqueId.split("/");
        String method = value(segments[segments.length - 1]);
        String parent = segments[segments.length - 2];
        return parent.startsWith("[nested-class:") ? value(parent) + "/" + method : method;
    }

    private static String last(String uniqueId) {
        String[] segments = uniqueId.split("/");
        return value(segments[segments.length - 1]);
    }

    private static String value(String segment) {
        return segment.substring(segment.indexOf(':') + 1, segment.length() - 1);
    }
}
