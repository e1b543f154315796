package id.gugus.examples.casedesk;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The case desk on an H2 database in memory, its schema migrated by the starter. */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:casedesk;DB_CLOSE_DELAY=-1",
    "gugus.schema.migrate=true", "casedesk.import-areas=false"})
@AutoConfigureMockMvc
class CaseDeskOnH2Test extends CaseDeskContract {}
