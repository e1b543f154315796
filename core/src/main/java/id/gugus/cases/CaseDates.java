package id.gugus.cases;

import id.gugus.common.CommonRule;
import id.gugus.common.Dates;
import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.time.LocalDate;

/**
 * Date rules of a case (CASE-DATE-FUTURE, CASE-DATE-ORDER, and DATE-RANGE of every date): nothing
 * recorded after the caller's today, birth ≤ trafficking ≤ report ≤ every status change, in
 * order, and no date outside what every store keeps ({@link Dates}). Messages carry only today,
 * never the offending date: a birth date is part of a NIK.
 */
final class CaseDates {
    private CaseDates() {}

    static Violations validate(TraffickingCase c, LocalDate today) {
        ViolationCollector v = new ViolationCollector();
        future(v, c.reportedOn(), "reportedOn", today);
        for (int i = 0; i < c.victims().size(); i++) {
            victim(c.victims().get(i), "victims[" + i + "].", c.reportedOn(), today, v);
        }
        for (int k = 0; k < c.statusHistory().size(); k++) {
            LocalDate on = c.statusHistory().get(k).on();
            future(v, on, "statusHistory[" + k + "].on", today);
            LocalDate previous = k == 0 ? null : c.statusHistory().get(k - 1).on();
            statusChangeOrder(v, on, previous, c.reportedOn(), "statusHistory[" + k + "].on");
        }
        return v.result();
    }

    /**
     * A status change on {@code on} after one on {@code previous} (null for the first) of a
     * case reported on {@code reportedOn}. Before the report is the one error named when both apply.
     */
    static void statusChangeOrder(ViolationCollector v, LocalDate on, LocalDate previous, LocalDate reportedOn,
            String path) {
        if (on.isBefore(reportedOn)) {
            v.add(CaseRule.DATE_ORDER, path, 4);
        } else if (previous != null && on.isBefore(previous)) {
            v.add(CaseRule.DATE_ORDER, path, 3);
        }
    }

    private static void victim(Victim victim, String prefix, LocalDate reportedOn, LocalDate today,
            ViolationCollector v) {
        future(v, victim.birthDate(), prefix + "birthDate", today);
        future(v, victim.traffickedOn(), prefix + "traffickedOn", today);
        v.check(victim.birthDate() != null && victim.birthDate().isAfter(victim.traffickedOn()), CaseRule.DATE_ORDER,
                prefix + "birthDate", 0);
        v.check(victim.traffickedOn().isAfter(reportedOn), CaseRule.DATE_ORDER, prefix + "traffickedOn", 1);
        for (int j = 0; j < victim.services().size(); j++) {
            VictimService s = victim.services().get(j);
            String path = prefix + "services[" + j + "].";
            future(v, s.start(), path + "start", today);
            future(v, s.end(), path + "end", today);
            v.check(s.end() != null && s.end().isBefore(s.start()), CaseRule.DATE_ORDER, path + "end", 2);
        }
        for (int j = 0; j < victim.referrals().size(); j++) {
            future(v, victim.referrals().get(j).on(), prefix + "referrals[" + j + "].on", today);
        }
        if (victim.traffickingStatus() != null) {
            future(v, victim.traffickingStatus().decidedOn(), prefix + "traffickingStatus.decidedOn", today);
        }
        for (int j = 0; j < victim.consents().size(); j++) {
            future(v, victim.consents().get(j).on(), prefix + "consents[" + j + "].on", today);
        }
    }

    /** Every date is in range (DATE-RANGE) and not after today (CASE-DATE-FUTURE); one rule per date. */
    private static void future(ViolationCollector v, LocalDate date, String path, LocalDate today) {
        if (!v.check(!Dates.isInRange(date), CommonRule.DATE_RANGE, path, Dates.EARLIEST.toString(), Dates.LATEST.toString())) {
            v.check(date != null && date.isAfter(today), CaseRule.DATE_FUTURE, path, today);
        }
    }
}
