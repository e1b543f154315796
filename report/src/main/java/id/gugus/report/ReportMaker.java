package id.gugus.report;

import com.google.common.collect.ImmutableList;
import id.gugus.agency.Agency;
import id.gugus.audit.AuditAction;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.StatisticsKey;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.error.AccessDeniedException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.meeting.FollowUp;
import id.gugus.meeting.FollowUpState;
import id.gugus.report.disclosure.StatisticalDisclosureControl;
import id.gugus.report.disclosure.Suppression;
import id.gugus.security.AccessRule;
import id.gugus.security.Permission;
import id.gugus.store.GugusStore;
import id.gugus.taskforce.ComplianceCheck;
import id.gugus.taskforce.TaskForce;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the report of a task force from a store, through the store's public API and under the
 * store's actor, so that its scope and roles apply: the actor needs
 * {@link Permission#READ_STATISTICS}, {@link Permission#READ_CASES} (cases are read page by page,
 * always redacted through {@code queryRedacted}: a report needs no names, so making one records
 * no read of personal data, whoever makes it) and {@link Permission#READ_COORDINATION}; a refusal is the store's
 * {@link AccessDeniedException}. An actor whose scope is narrower than the jurisdiction gets
 * the report of what it may see.
 *
 * <pre>{@code
 * ReportRequest request = ReportRequest.annual(JurisdictionCode.of("61"), 2024, LocalDate.of(2024, 11, 30));
 * PublishedReport published = ReportMaker.publish(store.as(secretariat), request);
 * Files.writeString(Path.of("laporan-61-2024.html"), HtmlRenderer.render(published.report(), Language.INDONESIAN));
 * }</pre>
 */
public final class ReportMaker {
    private static final Logger LOG = LoggerFactory.getLogger(ReportMaker.class);
    private static final int PAGE_SIZE = 500;

    private ReportMaker() {}

    /** The report fit to publish: every table after disclosure control under the request's policy. */
    public static PublishedReport publish(GugusStore store, ReportRequest request) {
        return publish(figures(store, request), request);
    }

    /**
     * The report for use inside the task force: no number suppressed, and marked internal on
     * every page. It shows what a case worker sees, so it needs the personal-data permission.
     *
     * @throws AccessDeniedException with {@code ACCESS-PERMISSION} if the actor lacks {@link Permission#READ_PERSONAL_DATA}
     */
    public static Report internal(GugusStore store, ReportRequest request) {
        Objects.requireNonNull(request, "request");
        if (!store.actor().has(Permission.READ_PERSONAL_DATA)) {
            throw new AccessDeniedException(AccessRule.PERMISSION, store.actor().id(),
                    AuditAction.READ_PERSONAL_DATA.ordinal(), "internal Report " + request.jurisdiction(),
                    Permission.READ_PERSONAL_DATA.name());
        }
        return figures(store, request);
    }

    /** Disclosure control of a report's figures (package-private: exchange files and tests come through here). */
    static PublishedReport publish(Report figures, ReportRequest request) {
        Suppression suppression = StatisticalDisclosureControl.apply(request.policy(), figures.tables());
        ReportHeader h = figures.header();
        ReportHeader published = new ReportHeader(h.jurisdiction(), h.name(), h.level(), h.period(), h.asOf(), false,
                request.policy().k(), request.policy().protection(), h.combinedFrom());
        LOG.debug("report {} {}: {} numbers suppressed below k, {} to protect them", h.jurisdiction(), h.period(),
                suppression.primary(), suppression.secondary());
        return new PublishedReport(figures.withTables(suppression.tables(), published), suppression.perTable());
    }

    /** Every figure of the report, nothing suppressed, marked internal. */
    static Report figures(GugusStore store, ReportRequest request) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(request, "request");
        JurisdictionCode j = request.jurisdiction();
        ReportLevel level = request.level();
        Map<String, String> names = new TreeMap<>();
        List<String> below = new ArrayList<>();
        for (Jurisdiction child : store.jurisdictions().children(j)) {
            if (level != ReportLevel.REGENCY) {
                below.add(child.code().value());
                names.put(child.code().value(), child.name());
            }
        }
        String name = nameOf(store, j);
        names.put(j.value(), name);

        CaseTally tally = new CaseTally(level.areaLevel(), below);
        CaseQuery query = CaseQuery.all().within(j).reportedBetween(request.period().start(), request.period().end());
        PageRequest page = PageRequest.first(PAGE_SIZE);
        long read = 0;
        while (true) {
            Page<TraffickingCase> found = store.cases().queryRedacted(query, page);
            found.items().forEach(tally::add);
            read += found.items().size();
            if (!found.hasNext()) {
                break;
            }
            page = page.next(found);
        }
        LOG.debug("report {} {}: {} cases counted", j, request.period(), read);
        ImmutableList<id.gugus.report.table.CountTable> tables = tally.tables();
        for (id.gugus.report.table.CountTable t : tables) {
            if (t.rowAxis().equals(ReportTables.AREA)) {
                t.rowKeys().forEach(code -> names.computeIfAbsent(code, c -> areaName(store, c)));
            }
        }

        List<TaskForce> taskForces = store.taskForces().inSubtree(j).stream()
                .filter(tf -> tf.status().isActive()).toList();
        ImmutableList<TaskForceLine> lines = taskForces.stream().map(tf -> {
            names.computeIfAbsent(tf.jurisdiction().value(), c -> nameOf(store, tf.jurisdiction()));
            return line(tf, names.get(tf.jurisdiction().value()));
        }).collect(ImmutableList.toImmutableList());
        ImmutableList<PlanSummary> plans = store.actionPlans().forJurisdiction(j, request.period()).stream()
                .map(PlanSummaries::of).collect(ImmutableList.toImmutableList());
        FollowUpSummary followUps = followUps(store, taskForces, request);
        followUps.overdueItems().forEach(o -> names.computeIfAbsent(o.host().value(), c -> nameOf(store, o.host())));

        ReportHeader header = new ReportHeader(j, name, level, request.period(), request.asOf(), true,
                request.policy().k(), request.policy().protection(), ImmutableList.of());
        return new Report(header, lines, plans, followUps, tables, Report.names(names));
    }

    private static TaskForceLine line(TaskForce tf, String area) {
        return new TaskForceLine(tf.jurisdiction(), area, tf.status(), tf.decree() == null ? null : tf.decree().status(),
                tf.chair().position(), tf.dailyChair().position(),
                tf.history().isEmpty() ? null : tf.history().get(tf.history().size() - 1).replacedOn(),
                ComplianceCheck.check(tf).all());
    }

    private static FollowUpSummary followUps(GugusStore store, List<TaskForce> hosts, ReportRequest request) {
        int open = 0;
        int overdue = 0;
        int done = 0;
        List<FollowUpSummary.Overdue> items = new ArrayList<>();
        Map<Object, String> agencies = new TreeMap<>(Comparator.comparing(Object::toString));
        for (TaskForce host : hosts) {
            for (CoordinationMeeting meeting : store.meetings().hostedBy(host.id())) {
                if (meeting.date().isAfter(request.asOf())) {
                    continue;
                }
                for (FollowUp f : meeting.followUps()) {
                    FollowUpState state = f.stateOn(request.asOf());
                    if (state == FollowUpState.OPEN) {
                        open++;
                    } else if (state == FollowUpState.OVERDUE) {
                        overdue++;
                        String assignee = agencies.computeIfAbsent(f.assignee(),
                                id -> store.agencies().find(f.assignee()).map(Agency::name).orElse(f.assignee().toString()));
                        items.add(new FollowUpSummary.Overdue(host.jurisdiction(), f.task(), assignee, f.due()));
                    } else if (request.period().contains(f.doneOn())) {
                        done++;
                    }
                }
            }
        }
        items.sort(Comparator.comparing(FollowUpSummary.Overdue::due).thenComparing(o -> o.host().value())
                .thenComparing(FollowUpSummary.Overdue::task));
        return new FollowUpSummary(open, overdue, done, ImmutableList.copyOf(items));
    }

    private static String nameOf(GugusStore store, JurisdictionCode code) {
        if (code.equals(JurisdictionCode.NATIONAL)) {
            return "Indonesia";
        }
        return store.jurisdictions().find(code).map(Jurisdiction::name).orElse(code.value());
    }

    private static String areaName(GugusStore store, String key) {
        if (key.equals(StatisticsKey.UNKNOWN_TEXT)) {
            return key;
        }
        return nameOf(store, JurisdictionCode.of(key));
    }
}
