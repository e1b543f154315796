package id.gugus.examples.casedesk;

import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.store.GugusStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On an empty store, imports the bundled tree of provinces, regencies and districts at start-up:
 * a case names the areas it belongs to, and the store refuses areas it does not know. The
 * application's own job, so it acts through the {@code GugusStore} bean (the system actor).
 * Off with {@code casedesk.import-areas=false}.
 */
@Component
@ConditionalOnProperty(name = "casedesk.import-areas", havingValue = "true", matchIfMissing = true)
public class AreaImport implements ApplicationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(AreaImport.class);
    private final GugusStore store;

    public AreaImport(GugusStore store) {
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (store.jurisdictions().count() == 0) {
            store.jurisdictions().importDirectory(JurisdictionDirectory.bundled());
            LOG.info("imported the bundled area tree: {} areas", store.jurisdictions().count());
        }
    }
}
