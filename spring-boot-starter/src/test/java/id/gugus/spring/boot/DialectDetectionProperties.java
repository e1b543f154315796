package id.gugus.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jooq.SQLDialect;

/** The product names JDBC drivers report, and everything else. */
class DialectDetectionProperties {
    @Property
    void theThreeSupportedProductsInAnyCaseAndPadding(@ForAll("supported") String name, @ForAll boolean upper,
            @ForAll("padding") String pad) {
        String reported = pad + (upper ? name.toUpperCase(java.util.Locale.ROOT) : name) + pad;
        SQLDialect expected = switch (name) {
            case "H2" -> SQLDialect.H2;
            case "PostgreSQL" -> SQLDialect.POSTGRES;
            default -> SQLDialect.MARIADB;
        };
        assertThat(DialectDetection.fromProductName(reported)).isEqualTo(expected);
    }

    @Property
    void anyOtherProductIsRefusedNamingItAndTheProperty(@ForAll("other") String name) {
        assertThatThrownBy(() -> DialectDetection.fromProductName(name))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining("gugus.jdbc.dialect");
    }

    @Provide
    Arbitrary<String> supported() {
        return Arbitraries.of("H2", "PostgreSQL", "MariaDB");
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.of("", " ", "\t");
    }

    @Provide
    Arbitrary<String> other() {
        return Arbitraries.oneOf(Arbitraries.of("MySQL", "Oracle", "Microsoft SQL Server", "HSQL Database Engine",
                "Apache Derby", "SQLite", "H2 "+"x", "Postgres"), Arbitraries.strings().ofMaxLength(20))
                .filter(s -> !s.isBlank() && !s.strip().equalsIgnoreCase("h2") && !s.strip().equalsIgnoreCase("postgresql")
                        && !s.strip().equalsIgnoreCase("mariadb"));
    }
}
