package id.gugus.spring.boot;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.jooq.SQLDialect;

/**
 * The jOOQ dialect of the application's database, from the product name its JDBC driver reports.
 * Only the three databases the JDBC store ships migrations for are accepted.
 */
final class DialectDetection {
    private DialectDetection() {}

    /** The dialect of {@code dataSource}; one connection is opened to ask. */
    static SQLDialect of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return fromProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Gugus cannot ask the DataSource which database it is: set gugus.jdbc.dialect", e);
        }
    }

    /**
     * The dialect of a database product name as JDBC drivers report it ({@code H2},
     * {@code PostgreSQL}, {@code MariaDB}).
     *
     * @throws IllegalStateException for any other product, naming it and the property that overrides the detection
     */
    static SQLDialect fromProductName(String productName) {
        String name = productName == null ? "" : productName.strip().toLowerCase(Locale.ROOT);
        if (name.equals("h2")) {
            return SQLDialect.H2;
        }
        if (name.equals("postgresql")) {
            return SQLDialect.POSTGRES;
        }
        if (name.equals("mariadb")) {
            return SQLDialect.MARIADB;
        }
        throw new IllegalStateException("Gugus has no schema for the database product '" + productName
                + "': the JDBC store runs on H2, PostgreSQL and MariaDB (gugus.jdbc.dialect sets it when detection fails)");
    }

    static SQLDialect of(GugusProperties.Dialect dialect) {
        return switch (dialect) {
            case H2 -> SQLDialect.H2;
            case POSTGRES -> SQLDialect.POSTGRES;
            case MARIADB -> SQLDialect.MARIADB;
        };
    }
}
