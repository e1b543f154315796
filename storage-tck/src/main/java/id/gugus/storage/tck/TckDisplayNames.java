package id.gugus.storage.tck;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGenerator;

/**
 * Names a contract class in test reports with whose job it checks, e.g.
 * {@code Pagination [storage duty: pagination]} or {@code Access [store rule: access]}; methods
 * keep JUnit's standard names.
 */
final class TckDisplayNames extends DisplayNameGenerator.Standard {
    @Override
    public String generateDisplayNameForClass(Class<?> testClass) {
        return withJob(super.generateDisplayNameForClass(testClass), testClass);
    }

    @Override
    public String generateDisplayNameForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> nestedClass) {
        return withJob(super.generateDisplayNameForNestedClass(enclosingInstanceTypes, nestedClass), nestedClass);
    }

    private static String withJob(String name, Class<?> testClass) {
        WhoseJob job = WhoseJob.of(testClass);
        return job.side() == null ? name : name + " [" + job.label() + "]";
    }
}
