package id.gugus.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gugus.cases.Background;
import id.gugus.cases.Exploitation;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records written before the HTCDS 2.0 fields existed (issue #15), in a store's payload or an
 * export, still read: the absent fields read as not recorded, nothing else changes.
 */
class OlderRecordsTest {
    private static final List<String> ADDED_TO_VICTIM =
            List.of("gender", "otherCitizenships", "traffickingStatus", "exploitation", "recruiterRelations", "consents",
                    "background", "death");

    @Test
    void a_case_without_the_htcds_fields_reads_with_them_empty() throws Exception {
        TraffickingCase current = Fixtures.traffickingCase();
        ObjectNode tree = (ObjectNode) GugusJson.mapperWithPersonalData().readTree(GugusJson.writeWithPersonalData(current));
        for (JsonNode victim : tree.get("victims")) {
            ADDED_TO_VICTIM.forEach(((ObjectNode) victim)::remove);
            for (JsonNode referral : victim.get("referrals")) {
                ((ObjectNode) referral).remove(List.of("reason", "acceptedOn", "referringCaseWorker", "referredCaseWorker"));
            }
            for (JsonNode service : victim.get("services")) {
                ((ObjectNode) service).remove("plannedEnd");
            }
        }
        tree.remove("management");
        ((ObjectNode) tree.get("route").get("recruitment")).remove("on");

        TraffickingCase older = GugusJson.read(tree.toString(), TraffickingCase.class);

        for (int i = 0; i < older.victims().size(); i++) {
            Victim read = older.victims().get(i);
            Victim expected = current.victims().get(i);
            assertThat(read.gender()).isNull();
            assertThat(read.otherCitizenships()).isEmpty();
            assertThat(read.traffickingStatus()).isNull();
            assertThat(read.exploitation()).isEqualTo(Exploitation.NONE);
            assertThat(read.consents()).isEmpty();
            assertThat(read.recruiterRelations()).isEmpty();
            assertThat(read.background()).isEqualTo(Background.NONE);
            assertThat(read.death()).isNull();
            assertThat(read.isDeceased()).isFalse();
            assertThat(read.elements()).isEqualTo(expected.elements());
            assertThat(read.controlMethods()).isEqualTo(expected.controlMethods());
            assertThat(read.referrals()).allMatch(r -> r.reason() == null && r.acceptedOn() == null
                    && r.referringCaseWorker() == null && r.referredCaseWorker() == null);
            assertThat(read.services()).allMatch(service -> service.plannedEnd() == null);
        }
        assertThat(older.management()).isNull();
        assertThat(older.route().recruitment().on()).isNull();
    }
}
