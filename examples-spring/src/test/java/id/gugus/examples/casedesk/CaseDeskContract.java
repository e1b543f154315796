package id.gugus.examples.casedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.gugus.cases.TraffickingCase;
import id.gugus.json.GugusJson;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The case desk through HTTP, as its users call it: the same scenario on each database (H2 and
 * PostgreSQL subclasses). What a caller may see is the store's decision; these tests check that
 * the desk passes it on: 403 with the rule id for a refusal, and no personal data in any
 * response to a caller without the personal-data permission.
 */
abstract class CaseDeskContract {
    static final String PASSWORD = "gugus-sample";
    static final String WORKER = "dp3a-pontianak.case-worker";
    static final String OUTSIDER = "dp3a-singkawang.case-worker";
    static final String VIEWER = "bappeda-kalbar.viewer";
    static final String ADMIN = "diskominfo-kalbar.admin";
    /** The victim's and the suspect's names in {@link TckFixtures#simpleCase}: personal data. */
    static final String VICTIM = "Agus Setiawan";
    static final String SUSPECT = "Tersangka Perekrut";
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    GugusStore system;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void areas() {
        if (system.jurisdictions().count() == 0) {
            system.jurisdictions().importAll(TckFixtures.areas());
        }
    }

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, PASSWORD));
    }

    /** A case of Kota Pontianak registered through the desk by its case worker; its id. */
    String registered() throws Exception {
        TraffickingCase draft = TckFixtures.simpleCase("LP/B/" + NUMBERS.incrementAndGet() + "/III/2026/SPKT/POLRESTA PONTIANAK",
                TckFixtures.TODAY.minusDays(10));
        String body = mvc.perform(as(WORKER, post("/cases").contentType(MediaType.APPLICATION_JSON)
                        .content(GugusJson.writeWithPersonalData(draft))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains(VICTIM); // the case worker holds the personal-data permission
        return draft.id().toString();
    }

    @Test
    void theCaseWorkerRegistersAndPagesTheCitysCasesWithPersonalData() throws Exception {
        String id = registered();
        String page = mvc.perform(as(WORKER, get("/cases").param("size", "100")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(id, VICTIM);
        mvc.perform(as(WORKER, get("/cases/" + id))).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void aViewerGetsStatisticsOnlyAndNoCase() throws Exception {
        String id = registered();
        String statistics = mvc.perform(as(VIEWER, get("/statistics").param("by", "REGENCY")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("REGENCY"))
                .andReturn().getResponse().getContentAsString();
        assertThat(statistics).contains("61.71").doesNotContain(VICTIM, SUSPECT);
        mvc.perform(as(VIEWER, get("/cases"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("ACCESS-PERMISSION"));
        // The library's message in the caller's language: Indonesian on request.
        String indonesian = mvc.perform(as(VIEWER, get("/cases").header("Accept-Language", "id")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(indonesian).contains("tidak boleh membaca");
        mvc.perform(as(VIEWER, get("/cases/" + id))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("ACCESS-PERMISSION"));
        mvc.perform(as(VIEWER, get("/cases/" + id + "/audit"))).andExpect(status().isForbidden());
    }

    @Test
    void aCaseWorkerOfAnotherCityGets403AndDoesNotSeeTheCaseInPages() throws Exception {
        String id = registered();
        String refusal = mvc.perform(as(OUTSIDER, get("/cases/" + id)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.rule").value("ACCESS-SCOPE"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refusal).doesNotContain(VICTIM, SUSPECT);
        // Asking for another city's cases gives none of them: the store keeps a query inside the caller's scope.
        String asked = mvc.perform(as(OUTSIDER, get("/cases").param("within", "61.71"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(asked).doesNotContain(id, VICTIM, SUSPECT);
        String own = mvc.perform(as(OUTSIDER, get("/cases").param("size", "100"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(own).doesNotContain(id, VICTIM);
    }

    @Test
    void theAdministratorSeesCasesWithoutPersonalDataAndTheAuditTrail() throws Exception {
        String id = registered();
        mvc.perform(as(WORKER, get("/cases/" + id))).andExpect(status().isOk());  // a read of personal data: audited
        String seen = mvc.perform(as(ADMIN, get("/cases/" + id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(seen).contains(id).doesNotContain(VICTIM, SUSPECT);
        String page = mvc.perform(as(ADMIN, get("/cases").param("size", "100"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(id).doesNotContain(VICTIM, SUSPECT);

        mvc.perform(as(OUTSIDER, get("/cases/" + id))).andExpect(status().isForbidden());
        String trail = mvc.perform(as(ADMIN, get("/cases/" + id + "/audit"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].action").value("CREATE"))
                .andExpect(jsonPath("$.entries[0].actorId").value(WORKER))
                .andReturn().getResponse().getContentAsString();
        assertThat(trail).contains("READ_PERSONAL_DATA", "ACCESS-SCOPE", OUTSIDER).doesNotContain(VICTIM, SUSPECT);
    }

    @Test
    void anInvalidCaseIsRefusedWithTheRuleAndFieldAndNothingIsStored() throws Exception {
        TraffickingCase draft = TckFixtures.simpleCase("LP/B/" + NUMBERS.incrementAndGet() + "/III/2026/SPKT/POLRESTA PONTIANAK",
                TckFixtures.TODAY.minusDays(10));
        String json = GugusJson.writeWithPersonalData(draft).replace("\"61.71\"", "\"61.7x\"");
        mvc.perform(as(WORKER, post("/cases").contentType(MediaType.APPLICATION_JSON).content(json)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.violations[0].rule").value("JUR-CODE-FORMAT"));
        assertThat(system.cases().find(draft.id())).isEmpty();
    }

    @Test
    void theStoresHealthAndMetricsAreThere() throws Exception {
        String id = registered();
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(as(OUTSIDER, get("/cases/" + id))).andExpect(status().isForbidden());
        assertThat(meters.get("gugus.storage").tags("gugus.aggregate", "TraffickingCase", "gugus.operation", "insert")
                .timer().count()).isPositive();
        assertThat(meters.get("gugus.refusals").tags("rule", "ACCESS-SCOPE").counter().count()).isPositive();
    }

    @Test
    void nobodyUnauthenticatedGetsIn() throws Exception {
        mvc.perform(get("/statistics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/statistics").with(httpBasic(WORKER, "wrong"))).andExpect(status().isUnauthorized());
    }
}
