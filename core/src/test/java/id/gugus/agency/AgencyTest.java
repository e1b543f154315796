package id.gugus.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import org.junit.jupiter.api.Test;

class AgencyTest {
    private static final JurisdictionCode KALBAR = JurisdictionCode.of("61");
    private final Agency stored = new Agency(AgencyId.random(), 3, "Dinas PPPA Provinsi Kalimantan Barat",
            AgencyType.WOMEN_AND_CHILD_PROTECTION, KALBAR);

    @Test
    void each_wither_changes_its_field_and_keeps_id_version_and_the_rest() {
        assertThat(stored.withName("Dinas P3AKB Provinsi Kalimantan Barat")).isEqualTo(new Agency(stored.id(), 3,
                "Dinas P3AKB Provinsi Kalimantan Barat", AgencyType.WOMEN_AND_CHILD_PROTECTION, KALBAR));
        assertThat(stored.withType(AgencyType.SOCIAL_AFFAIRS)).isEqualTo(new Agency(stored.id(), 3, stored.name(),
                AgencyType.SOCIAL_AFFAIRS, KALBAR));
        assertThat(stored.withJurisdiction(JurisdictionCode.of("61.71"))).isEqualTo(new Agency(stored.id(), 3,
                stored.name(), AgencyType.WOMEN_AND_CHILD_PROTECTION, JurisdictionCode.of("61.71")));
    }

    @Test
    void a_wither_checks_its_value_as_the_constructor_does() {
        assertThatThrownBy(() -> stored.withName(" ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("TEXT-REQUIRED");
        assertThatThrownBy(() -> stored.withJurisdiction(null)).isInstanceOf(NullPointerException.class);
    }
}
