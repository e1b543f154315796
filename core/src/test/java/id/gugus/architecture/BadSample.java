package id.gugus.architecture;

import java.sql.Connection;
import java.util.logging.Logger;

/** Breaks the architecture rules on purpose, to prove that {@link ArchitectureTest}'s rules can fail. */
final class BadSample {
    private static final Logger LOG = Logger.getLogger("bad");

    private BadSample() {}

    static void print(Connection connection) {
        System.out.println(connection);
        LOG.info("bad");
    }
}
