package id.gugus.storage.tck;

import java.lang.reflect.Modifier;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * What every contract runs with ({@link StorageContract} registers it). Before each test it finds
 * the {@link StorageTck} among the test instances (the enclosing test class of a nested contract,
 * or the contract itself) and opens the store on a fresh back-end; after it, it closes them. When
 * a test, or the set-up before it, fails, the failure says whose bug it is: a storage duty (the
 * back-end's) or a store rule (the core store's, see {@link TckTags}), and which run it came from.
 */
final class ContractExtension
        implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler,
                LifecycleMethodExecutionExceptionHandler {

    @Override
    public void beforeEach(ExtensionContext context) {
        StorageContract contract = contract(context);
        Optional<StorageTck> tck = context.getRequiredTestInstances().findInstance(StorageTck.class);
        if (tck.isEmpty()) {
            throw new IllegalStateException(contract.getClass().getSimpleName()
                    + " has no back-end to run on: declare it as a @Nested class of a test class that implements "
                    + "StorageTck (or let the contract class implement StorageTck itself)");
        }
        try {
            contract.open(tck.get());
        } catch (RuntimeException | Error e) {
            // A back-end that cannot even be opened fails every test: say whose job that is too.
            Throwable noted = noted(context, e);
            if (noted instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) noted;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        contract(context).close();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        throw noted(context, thrown);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        throw noted(context, thrown);
    }

    private static StorageContract contract(ExtensionContext context) {
        return (StorageContract) context.getRequiredTestInstance();
    }

    /**
     * The failure with the note in front of its message where it has one a report shows (an
     * assertion's), else as a suppressed exception. A skipped test stays as it is.
     */
    static Throwable noted(ExtensionContext context, Throwable thrown) {
        if (thrown instanceof TestAbortedException) {
            return thrown;
        }
        String note = note(context);
        Throwable noted;
        if (thrown instanceof AssertionFailedError failed) {
            String message = note + "\n" + String.valueOf(failed.getMessage()).stripLeading();
            noted = failed.isExpectedDefined() && failed.isActualDefined()
                    ? new AssertionFailedError(message, failed.getExpected().getEphemeralValue(),
                            failed.getActual().getEphemeralValue(), failed.getCause())
                    : new AssertionFailedError(message, failed.getCause());
        } else if (thrown.getClass() == AssertionError.class) {
            noted = new AssertionError(note + "\n" + String.valueOf(thrown.getMessage()).stripLeading(),
                    thrown.getCause());
        } else {
            thrown.addSuppressed(new WhoseBug(note));
            return thrown;
        }
        noted.setStackTrace(thrown.getStackTrace());
        for (Throwable suppressed : thrown.getSuppressed()) {
            noted.addSuppressed(suppressed);
        }
        return noted;
    }

    /** E.g. {@code [storage duty: pagination] PaginationContract on TckOnPostgresTest: the back-end's job ...}. */
    static String note(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Class<?> contract = testClass;
        while (contract.getSuperclass() != null && !Modifier.isAbstract(contract.getModifiers())) {
            contract = contract.getSuperclass();
        }
        String run = context.getRequiredTestInstances().getAllInstances().get(0).getClass().getSimpleName();
        WhoseJob job = WhoseJob.of(testClass);
        return "[" + job.label() + "] " + contract.getSimpleName() + " on " + run + ": " + job.meaning();
    }

    /** Not an error: the note, in a stack trace, of whose job the failed test checks. */
    static final class WhoseBug extends Exception {
        private static final long serialVersionUID = 1L;

        WhoseBug(String note) {
            super(note, null, false, false);
        }
    }
}
