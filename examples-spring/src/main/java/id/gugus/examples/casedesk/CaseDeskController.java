package id.gugus.examples.casedesk;

import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseId;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.Statistics;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.Page;
import id.gugus.common.PageRequest;
import id.gugus.json.GugusJson;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Permission;
import id.gugus.spring.boot.GugusRequestStore;
import id.gugus.store.GugusStore;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The desk's API. Every call goes through the caller's view of the store
 * ({@link GugusRequestStore}): the store checks roles and scope, audits, and hands out redacted
 * copies to callers without the personal-data permission. Bodies are the library's JSON form
 * ({@link GugusJson}, Jackson 2); a case is written with personal data only for a caller who
 * holds that permission, so a redacted copy could not leak even if the store handed out a full one.
 */
@RestController
public class CaseDeskController {
    private final GugusRequestStore caller;

    public CaseDeskController(GugusRequestStore caller) {
        this.caller = caller;
    }

    /** A page of cases, newest first, with the cursor of the next page (null on the last). */
    public record CasePage(List<TraffickingCase> cases, String next) {}

    /** A page of the audit trail of one case. */
    public record AuditPage(List<AuditEntry> entries, String next) {}

    /** Registers a case, given in the library's JSON form (personal data in full). */
    @PostMapping(path = "/cases", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> register(@RequestBody String json) {
        TraffickingCase submitted = GugusJson.read(json, TraffickingCase.class);
        TraffickingCase saved = caller.store().cases().save(submitted).stored();
        return ResponseEntity.created(URI.create("/cases/" + saved.id())).contentType(MediaType.APPLICATION_JSON)
                .body(json(saved));
    }

    /** One case. */
    @GetMapping(path = "/cases/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public String get(@PathVariable String id) {
        return json(caller.store().cases().get(CaseId.of(id)));
    }

    /** A page of the cases registered in {@code within} (the caller's scope by default). */
    @GetMapping(path = "/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    public String page(@RequestParam(required = false) String within, @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String cursor) {
        GugusStore store = caller.store();
        PageRequest request = new PageRequest(size, cursor);
        Page<TraffickingCase> page = store.cases().query(query(store, within), request);
        return json(new CasePage(page.items(), page.nextCursor()));
    }

    /** Counts by one dimension: a row per key (its text: {@code 61.71}, {@code FEMALE}, {@code UNKNOWN}, ...). */
    public record StatisticsView(String by, List<Row> rows) {
        /** Cases and victims under one key. */
        public record Row(String key, long cases, long victims) {}
    }

    /**
     * Cases and victims counted by one dimension ({@code REGENCY}, {@code SEX}, ...). A plain
     * record of the desk's own, written by Boot's JSON (Jackson 3): counts carry no personal data.
     */
    @GetMapping(path = "/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    public StatisticsView statistics(@RequestParam(required = false) String within,
            @RequestParam(defaultValue = "REGENCY") String by) {
        GugusStore store = caller.store();
        Statistics counts = store.cases().statistics(query(store, within), dimension(by));
        return new StatisticsView(counts.first().name(), counts.rows().stream()
                .map(row -> new StatisticsView.Row(row.first().text(), row.cases(), row.victims())).toList());
    }

    /** The audit trail of a case, for callers who may read the audit log. */
    @GetMapping(path = "/cases/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    public String audit(@PathVariable String id, @RequestParam(defaultValue = "100") int size,
            @RequestParam(required = false) String cursor) {
        PageRequest request = new PageRequest(size, cursor);
        Page<AuditEntry> page = caller.store().auditLog()
                .query(AuditQuery.all().forAggregate("Case", CaseId.of(id)), request);
        return GugusJson.write(new AuditPage(page.items(), page.nextCursor()));
    }

    private static CaseQuery query(GugusStore store, String within) {
        JurisdictionCode area = within == null ? store.actor().scope() : JurisdictionCode.of(within);
        return CaseQuery.all().within(area);
    }

    private static Dimension dimension(String by) {
        try {
            return Dimension.valueOf(by.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnknownDimensionException(by);
        }
    }

    private String json(Object value) {
        return caller.actor().has(Permission.READ_PERSONAL_DATA) ? GugusJson.writeWithPersonalData(value)
                : GugusJson.write(value);
    }

    /** A statistics dimension the library does not know. */
    static final class UnknownDimensionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownDimensionException(String by) {
            super("unknown dimension '" + by.substring(0, Math.min(by.length(), 40)) + "': one of "
                    + java.util.Arrays.toString(Dimension.values()));
        }
    }
}
