package id.gugus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.Statistics;
import id.gugus.error.AccessDeniedException;
import id.gugus.report.disclosure.Attacks;
import id.gugus.report.render.JsonRenderer;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.storage.memory.InMemoryStore;
import id.gugus.storage.tck.TckFixtures;
import id.gugus.store.GugusStore;
import id.gugus.validation.RuleMessages;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report on one kind of store: its tables agree with the store's own statistics (SQL
 * {@code GROUP BY} on a database), the published report withstands the attack, access rules
 * hold, and the report is the same as on the in-memory store. Each store's test extends this.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one seeded store per class: the tests only read it
abstract class ReportContract {
    static final long SEED = 6171L;
    static final int CASES = 120;

    private GugusStore store;

    /** A fresh, empty store on the back-end under test. */
    protected abstract GugusStore newStore();

    protected void closeStore() {}

    @BeforeAll
    void seed() {
        store = newStore();
        ReportWorld.seed(store, SEED, CASES);
    }

    @AfterAll
    void close() {
        closeStore();
    }

    @Test
    void tablesAgreeWithTheStoresStatistics() {
        Report figures = ReportMaker.figures(store, ReportWorld.provincial());
        CaseQuery query = CaseQuery.all().within(ReportWorld.KALBAR)
                .reportedBetween(ReportWorld.PERIOD.start(), ReportWorld.PERIOD.end());
        CountTable ageSex = figures.table(ReportTables.VICTIMS_BY_AGE_AND_SEX).orElseThrow();
        assertThat(margins(ageSex, false)).isEqualTo(victims(store.cases().statistics(query, Dimension.AGE_BAND)));
        assertThat(margins(ageSex, true)).isEqualTo(victims(store.cases().statistics(query, Dimension.SEX)));
        assertThat(rows(figures.table(ReportTables.VICTIMS_BY_EXPLOITATION).orElseThrow()))
                .isEqualTo(victims(store.cases().statistics(query, Dimension.EXPLOITATION_TYPE)));
        assertThat(rows(figures.table(ReportTables.VICTIMS_BY_DESTINATION).orElseThrow()))
                .isEqualTo(victims(store.cases().statistics(query, Dimension.DESTINATION_COUNTRY)));
        assertThat(rows(figures.table(ReportTables.VICTIMS_BY_CITIZENSHIP).orElseThrow()))
                .isEqualTo(victims(store.cases().statistics(query, Dimension.CITIZENSHIP)));
        assertThat(figures.table(ReportTables.CASES_BY_STATUS).orElseThrow().total().published())
                .isEqualTo(store.cases().count(query)).isPositive();
        assertThat(figures.taskForces()).extracting(l -> l.jurisdiction().value()).containsExactly("61", "61.71");
        assertThat(figures.followUps().overdue()).isEqualTo(1);
        assertThat(figures.followUps().open()).isEqualTo(1);
        assertThat(figures.plans()).hasSize(1);
    }

    @Test
    void thePublishedReportWithstandsTheAttack() {
        ReportRequest request = ReportWorld.provincial();
        Report figures = ReportMaker.figures(store, request);
        PublishedReport published = ReportMaker.publish(store.as(Actor.of("bappeda-kalbar/statistik", ReportWorld.KALBAR,
                Role.ADMINISTRATOR)), request);
        assertThat(published.report().header().internal()).isFalse();
        int attacked = Attacks.assertProtected(figures.tables(), published.report().tables(), request.policy());
        assertThat(attacked).as("the data are small enough to need suppression").isPositive();
    }

    @Test
    void anInternalReportNeedsThePersonalDataPermission() {
        ReportRequest request = ReportWorld.provincial();
        GugusStore administrator = store.as(Actor.of("diskominfo-kalbar/admin", ReportWorld.KALBAR, Role.ADMINISTRATOR));
        assertThatThrownBy(() -> ReportMaker.internal(administrator, request))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("ACCESS-PERMISSION");
                    assertThat(e.getMessage()).contains("diskominfo-kalbar/admin", "READ_PERSONAL_DATA", "internal Report 61");
                    assertThat(e.getMessage(RuleMessages.INDONESIAN)).contains("tidak boleh", "READ_PERSONAL_DATA");
                });
        GugusStore worker = store.as(Actor.of("dp3a-kalbar/siti", ReportWorld.KALBAR, Role.CASE_WORKER, Role.COORDINATOR));
        Report internal = ReportMaker.internal(worker, request);
        assertThat(internal.header().internal()).isTrue();
        assertThat(internal.tables()).allMatch(t -> !t.hasSuppressed());
    }

    @Test
    void makingAReportRecordsNoReadOfPersonalData() {
        // A case worker may read names, but a report needs none: its audit trail must not claim
        // that it read every victim of the province.
        Actor maker = Actor.of("dp3a-kalbar/report-maker", ReportWorld.KALBAR, Role.CASE_WORKER, Role.COORDINATOR);
        ReportMaker.publish(store.as(maker), ReportWorld.provincial());
        ReportMaker.internal(store.as(maker), ReportWorld.provincial());
        assertThat(store.auditLog().stream(AuditQuery.all().byActor(maker.id())))
                .extracting(AuditEntry::action)
                .doesNotContain(AuditAction.READ_PERSONAL_DATA);
    }

    @Test
    void aViewerWhoMayNotReadCasesIsRefused() {
        GugusStore viewer = store.as(Actor.of("bps/viewer", ReportWorld.KALBAR, Role.VIEWER));
        assertThatThrownBy(() -> ReportMaker.publish(viewer, ReportWorld.provincial()))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.getMessage()).contains("READ_CASES"));
    }

    @Test
    void theReportIsTheSameAsOnTheInMemoryStore() {
        GugusStore memory = InMemoryStore.create(TckFixtures.CLOCK);
        ReportWorld.seed(memory, SEED, CASES);
        assertThat(JsonRenderer.write(ReportMaker.publish(store, ReportWorld.provincial()).report()))
                .isEqualTo(JsonRenderer.write(ReportMaker.publish(memory, ReportWorld.provincial()).report()));
    }

    private static Map<String, Long> margins(CountTable t, boolean columns) {
        Map<String, Long> m = new HashMap<>();
        int n = columns ? t.columnKeys().size() : t.rowKeys().size();
        for (int i = 0; i < n; i++) {
            long v = t.at(columns ? Position.columnTotal(i) : Position.rowTotal(i)).published();
            if (v > 0) {
                m.put(columns ? t.columnKeys().get(i) : t.rowKeys().get(i), v);
            }
        }
        return m;
    }

    private static Map<String, Long> rows(CountTable t) {
        Map<String, Long> m = new HashMap<>();
        for (int r = 0; r < t.rowKeys().size(); r++) {
            long v = t.at(Position.cell(r, 0)).published();
            if (v > 0) {
                m.put(t.rowKeys().get(r), v);
            }
        }
        return m;
    }

    private static Map<String, Long> victims(Statistics s) {
        Map<String, Long> m = new HashMap<>();
        s.rows().forEach(r -> m.put(r.first().text(), r.victims()));
        return m;
    }
}
