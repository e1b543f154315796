package id.gugus.storage.tck;

import static id.gugus.storage.tck.TckActors.ADMINISTRATOR_KALBAR;
import static id.gugus.storage.tck.TckActors.CASE_WORKER_NATIONAL;
import static id.gugus.storage.tck.TckActors.CASE_WORKER_PONTIANAK;
import static id.gugus.storage.tck.TckActors.VIEWER_KALBAR;
import static id.gugus.storage.tck.TckFixtures.KOTA_PONTIANAK;
import static id.gugus.storage.tck.TckFixtures.SAMBAS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.Nik;
import id.gugus.cases.Sex;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.error.GugusException;
import id.gugus.store.GugusStore;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * No log line shows personal data (docs/privacy-and-security.md): whatever the store and the back-end write to
 * the console or to {@code java.util.logging} while they save, read, validate and refuse cases
 * full of names and NIKs is captured ({@link OutputCapture}) and searched for them. Run it with
 * the back-end's logging as verbose as it may ever be configured (the build sets slf4j-simple's
 * {@code id.gugus} loggers to {@code trace}); {@link #theCaptureSeesTheTestsLogging} proves the
 * capture sees that logging, so a clean result means something.
 */
@Tag(TckTags.STORAGE_DUTY)
@Tag(TckTags.LOGGING)
public abstract class NoPersonalDataInLogsContract extends SecurityContract {
    private static final Logger LOG = LoggerFactory.getLogger(NoPersonalDataInLogsContract.class);

    @Test
    public void theCaptureSeesTheTestsLogging() {
        String canary = "canary-" + UUID.randomUUID();
        String written = OutputCapture.during(() -> {
            System.out.println(canary + "-out");
            System.err.println(canary + "-err");
            java.util.logging.Logger.getLogger(NoPersonalDataInLogsContract.class.getName()).warning(canary + "-jul {0}");
            LOG.error("{}-slf4j", canary);
            LOG.trace("{}-trace", canary);
        });
        assertThat(written).contains(canary + "-out", canary + "-err", canary + "-jul");
        if (!(LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory)) {
            assertThat(written).as("slf4j's output").contains(canary + "-slf4j");
            if (LOG.isTraceEnabled()) {
                assertThat(written).as("slf4j's trace output").contains(canary + "-trace");
            }
        }
    }

    @Test
    public void nothingWrittenWhileStoringReadingAndRefusingShowsPersonalData() {
        String written = OutputCapture.during(this::handleCasesWithPersonalData);
        TckPeople.assertNoPersonalData(written, "what was written to the console and the logs");
    }

    /** Saves, reads, queries, reports, updates and deletes cases with personal data, and fails in every way. */
    protected void handleCasesWithPersonalData() {
        seedWorld();
        SevenCases.saveInto(store);
        TraffickingCase city = store.cases().save(TckPeople.caseWith("LP/LOG/1", KOTA_PONTIANAK, TckPeople.victim()))
                .stored();
        TraffickingCase sambas = store.cases().save(TckPeople.caseWith("LP/LOG/2", SAMBAS, TckPeople.sameNameAndBirthDate()))
                .stored();
        GugusStore worker = as(CASE_WORKER_PONTIANAK);
        worker.cases().get(city.id());
        worker.cases().findByNumber(city.number());
        Page<TraffickingCase> page = worker.cases().query(CaseQuery.all(), PageRequest.first(2));
        while (page.hasNext()) {
            page = worker.cases().query(CaseQuery.all(), PageRequest.first(2).next(page));
        }
        worker.cases().withVictimNik(Nik.of(TckPeople.VICTIM_NIK));
        as(CASE_WORKER_NATIONAL).cases().duplicateVictims();
        worker.cases().count(CaseQuery.all());
        worker.cases().statistics(CaseQuery.all(), Dimension.SEX, Dimension.AGE_BAND);
        TraffickingCase v2 = worker.cases().save(city).stored();
        as(ADMINISTRATOR_KALBAR).cases().get(city.id());
        as(ADMINISTRATOR_KALBAR).auditLog().query(AuditQuery.all(), PageRequest.first(100));

        List<Runnable> failures = List.of(
                () -> worker.cases().save(TckFixtures.withVictims(v2,
                        List.of(v2.victims().get(0).toBuilder().sex(Sex.MALE).build()))),
                () -> worker.cases().save(city),
                () -> worker.cases().get(sambas.id()),
                () -> as(VIEWER_KALBAR).cases().get(city.id()),
                () -> as(ADMINISTRATOR_KALBAR).cases().duplicateVictims(),
                () -> worker.cases().save(TckPeople.caseWith("LP/LOG/1", KOTA_PONTIANAK, TckPeople.victim())),
                () -> worker.runInUnitOfWork(s -> {
                    s.cases().save(TckPeople.caseWith("LP/LOG/3", KOTA_PONTIANAK, TckPeople.victim()));
                    s.cases().save(TckPeople.caseWith("LP/LOG/3", KOTA_PONTIANAK, TckPeople.sameNik()));
                }));
        for (Runnable failure : failures) {
            assertThatThrownBy(failure::run).isInstanceOf(GugusException.class);
        }
        worker.cases().delete(city.id(), v2.version());
    }
}
