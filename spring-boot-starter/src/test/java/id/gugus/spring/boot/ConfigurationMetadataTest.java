package id.gugus.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The metadata IDEs read to complete and document {@code gugus.*} in application.yml: generated
 * by spring-boot-configuration-processor from {@link GugusProperties}; every property named in
 * README's table is there, with a description.
 */
class ConfigurationMetadataTest {
    @Test
    void everyPropertyHasItsDescriptionAndDefault() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the generated metadata on the class path").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> properties = new HashMap<>();
        metadata.get("properties").forEach(p -> properties.put(p.get("name").asText(), p));

        assertThat(properties).containsOnlyKeys("gugus.store", "gugus.jdbc.dialect", "gugus.jdbc.batch-size",
                "gugus.schema.migrate", "gugus.personal-data.keys", "gugus.security.role-prefix",
                "gugus.security.scope-attribute");
        properties.values().forEach(p -> assertThat(p.path("description").asText()).as(p.get("name").asText()).isNotBlank());
        assertThat(properties.get("gugus.schema.migrate").get("defaultValue").asBoolean()).isFalse();
        assertThat(properties.get("gugus.security.role-prefix").get("defaultValue").asText()).isEqualTo("ROLE_");
    }
}
