package id.gugus.examples.kalbar;

import id.gugus.audit.AuditOutcome;
import id.gugus.audit.AuditQuery;
import id.gugus.cases.CaseQuery;
import id.gugus.cases.Dimension;
import id.gugus.cases.TraffickingCase;
import id.gugus.error.AccessDeniedException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.security.Actor;
import id.gugus.security.Role;
import id.gugus.store.GugusStore;
import id.gugus.validation.RuleMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Step 8: who sees what (docs/privacy-and-security.md). The application hands each user a view of the store for
 * their role and jurisdiction ({@link GugusStore#as}): the provincial case worker of Dinas PPPA
 * opens the case with its victims' identities, and that reading is audited; the provincial
 * statistician counts victims but cannot open the case; a case worker of Kota Singkawang cannot
 * open a provincial case at all; the provincial administrator sees the case with every identity
 * redacted, and reads the audit log of the case.
 */
final class WhoSeesWhat {
    static final JurisdictionCode SINGKAWANG = JurisdictionCode.of("61.72");
    static final Actor CASE_WORKER = Actor.of("dp3a-kalbar/case-worker", KalbarAreas.PROVINCE, Role.CASE_WORKER);
    static final Actor STATISTICIAN = Actor.of("bappeda-kalbar/statistics", KalbarAreas.PROVINCE, Role.VIEWER);
    static final Actor SINGKAWANG_WORKER = Actor.of("dp3a-singkawang/case-worker", SINGKAWANG, Role.CASE_WORKER);
    static final Actor ADMINISTRATOR = Actor.of("diskominfo-kalbar/admin", KalbarAreas.PROVINCE, Role.ADMINISTRATOR);

    private WhoSeesWhat() {}

    /** @return the ids of the access rules that refused the attempts, in order */
    static List<String> run(GugusStore store, Console out) {
        out.step("Who sees what: roles, jurisdiction scope, personal data and the audit log");
        List<String> refused = new ArrayList<>();

        TraffickingCase seen = store.as(CASE_WORKER).cases().findByNumber(RegisterScamCase.NUMBER).orElseThrow();
        out.line("%s (case worker, province): opens the case, %d of %d victims identified by name; the reading is audited",
                CASE_WORKER.id(), identified(seen), seen.victims().size());

        long victims = store.as(STATISTICIAN).cases().statistics(CaseQuery.all(), Dimension.SEX).totalVictims();
        out.line("%s (viewer, province): counts %d victims in the province's statistics", STATISTICIAN.id(), victims);
        refused(refused, out, () -> store.as(STATISTICIAN).cases().findByNumber(RegisterScamCase.NUMBER));
        refused(refused, out, () -> store.as(SINGKAWANG_WORKER).cases().findByNumber(RegisterScamCase.NUMBER));

        TraffickingCase redacted = store.as(ADMINISTRATOR).cases().findByNumber(RegisterScamCase.NUMBER).orElseThrow();
        out.line("%s (administrator, province): opens the case redacted, %d of %d victims identified by name",
                ADMINISTRATOR.id(), identified(redacted), redacted.victims().size());

        Map<String, Long> byAction = store.as(ADMINISTRATOR).auditLog()
                .stream(AuditQuery.all().forAggregate("Case", seen.id()))
                .collect(Collectors.groupingBy(e -> e.action() + (e.outcome() == AuditOutcome.DENIED ? " denied" : ""),
                        TreeMap::new, Collectors.counting()));
        out.line("audit log of the case, read by the administrator: %s", byAction.toString().replaceAll("[{}]", ""));
        return refused;
    }

    private static long identified(TraffickingCase c) {
        return c.victims().stream().filter(v -> v.personal().shownName() != null).count();
    }

    private static void refused(List<String> refused, Console out, Supplier<?> attempt) {
        try {
            attempt.get();
            throw new IllegalStateException("the store allowed what it must refuse");
        } catch (AccessDeniedException denied) {
            refused.add(denied.rule().id());
            out.line("refused: %s", denied.getMessage(RuleMessages.INDONESIAN));
        }
    }
}
