package id.gugus.spring.boot;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code gugus.*} properties of the starter. Key material is never part of {@link #toString()}
 * (nor of any log line): only key ids are.
 */
@ConfigurationProperties(prefix = "gugus")
public class GugusProperties {
    /** Where the store keeps its data: the application's DataSource (jdbc) or the heap (memory, for tests and prototypes). */
    private StoreKind store = StoreKind.JDBC;

    private final Jdbc jdbc = new Jdbc();
    private final Schema schema = new Schema();
    private final PersonalData personalData = new PersonalData();
    private final Security security = new Security();

    /** The two kinds of store the starter makes. */
    public enum StoreKind {
        /** The JDBC store on the application's DataSource (H2, PostgreSQL, MariaDB). */
        JDBC,
        /** The in-memory store; it does not join Spring transactions and forgets everything on shutdown. */
        MEMORY
    }

    /** The database dialects of the JDBC store. */
    public enum Dialect {
        /** H2 2.x. */
        H2,
        /** PostgreSQL 13 or later. */
        POSTGRES,
        /** MariaDB 10.6 or later. */
        MARIADB
    }

    public StoreKind getStore() {
        return store;
    }

    public void setStore(StoreKind store) {
        this.store = store;
    }

    public Jdbc getJdbc() {
        return jdbc;
    }

    public Schema getSchema() {
        return schema;
    }

    public PersonalData getPersonalData() {
        return personalData;
    }

    public Security getSecurity() {
        return security;
    }

    @Override
    public String toString() {
        return "GugusProperties[store=" + store + ", dialect=" + jdbc.dialect + ", migrate=" + schema.migrate
                + ", keys=" + personalData.getKeys() + "]";
    }

    /** The JDBC store. */
    public static class Jdbc {
        /** The dialect; detected from the DataSource's database product name when not set. */
        private Dialect dialect;

        /** Rows per JDBC batch in bulk writes (the area import). */
        private int batchSize = 1000;

        public Dialect getDialect() {
            return dialect;
        }

        public void setDialect(Dialect dialect) {
            this.dialect = dialect;
        }

        public int getBatchSize() {
            return batchSize;
        }

        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }
    }

    /** The schema of the JDBC store. */
    public static class Schema {
        /**
         * Whether the store brings its schema up to date at start-up with the shipped migrations
         * (GugusSchema: Gugus's own Flyway history table, gugus_schema_history, beside the
         * application's). Off by default: no schema change runs unless asked for.
         */
        private boolean migrate = false;

        public boolean isMigrate() {
            return migrate;
        }

        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }
    }

    /** Encryption of personal data at rest (JDBC store only). */
    public static class PersonalData {
        /**
         * The personal-data keys, the current one first, older ones after it (they still open
         * rows sealed under them while a rotation is unfinished). None: personal data is stored in
         * plain columns. A GugusKeyProvider bean takes precedence over these.
         */
        private List<Key> keys = new ArrayList<>();

        public List<Key> getKeys() {
            return keys;
        }

        public void setKeys(List<Key> keys) {
            this.keys = keys;
        }
    }

    /** One personal-data key pair. Its {@link #toString()} names the id only. */
    public static class Key {
        /** The key's id, stored beside every row sealed under it. */
        private String id;

        /** The AES-256 key, Base64 (32 bytes). Keep it out of files under version control. */
        private String aesKey;

        /** The HMAC-SHA256 key of victim identities, Base64 (32 bytes). */
        private String hmacKey;

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getAesKey() {
            return aesKey;
        }

        public void setAesKey(String aesKey) {
            this.aesKey = aesKey;
        }

        public String getHmacKey() {
            return hmacKey;
        }

        public void setHmacKey(String hmacKey) {
            this.hmacKey = hmacKey;
        }

        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }

    /** How the calling Actor is made from Spring Security's Authentication. */
    public static class Security {
        /**
         * The prefix of the authorities that name a Gugus role: with ROLE_, the authority
         * ROLE_CASE_WORKER gives Role.CASE_WORKER. Other authorities are ignored; SYSTEM is never
         * granted this way.
         */
        private String rolePrefix = "ROLE_";

        /**
         * The attribute that holds the jurisdiction scope (a Kemendagri code such as 61.72, or
         * "national"): read from the Authentication's details when they are a map, or from an
         * authority written attribute=code.
         */
        private String scopeAttribute = "jurisdiction";

        public String getRolePrefix() {
            return rolePrefix;
        }

        public void setRolePrefix(String rolePrefix) {
            this.rolePrefix = rolePrefix;
        }

        public String getScopeAttribute() {
            return scopeAttribute;
        }

        public void setScopeAttribute(String scopeAttribute) {
            this.scopeAttribute = scopeAttribute;
        }
    }
}
