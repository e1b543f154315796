package id.gugus.examples.casedesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A city's case desk on Gugus: a small REST API to register trafficking cases, page them, count
 * them, and read the audit trail of one (README, "Spring Boot"). The store, its schema, the
 * caller's actor and the metrics come from {@code gugus-spring-boot-starter}; this application
 * holds only its web layer and who its users are.
 *
 * <pre>{@code
 * mvn -B -q -pl examples-spring -am compile exec:java   # H2 in ./case-desk-data
 * }</pre>
 */
@SpringBootApplication
public class CaseDeskApplication {
    public static void main(String[] args) {
        SpringApplication.run(CaseDeskApplication.class, args);
    }
}
