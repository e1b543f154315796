package id.gugus.cases;

import id.gugus.common.CommonRule;
import id.gugus.common.Dates;
import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
        route(c.route(), today, v);
        CaseManagement management = c.management();
        if (management != null) {
            future(v, management.since(), "management.since", today);
            v.check(management.since().isBefore(c.reportedOn()), CaseRule.DATE_ORDER, "management.since", 8);
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

    /** Each dated place not after today, and no stage dated before a dated stage before it. */
    private static void route(Route route, LocalDate today, ViolationCollector v) {
        List<Place> places = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (route.recruitment() != null) {
            places.add(route.recruitment());
            paths.add("route.recruitment.on");
        }
        for (int t = 0; t < route.transit().size(); t++) {
            places.add(route.transit().get(t));
            paths.add("route.transit[" + t + "].on");
        }
        if (route.exploitation() != null) {
            places.add(route.exploitation());
            paths.add("route.exploitation.on");
        }
        LocalDate latest = null;
        for (int k = 0; k < places.size(); k++) {
            LocalDate on = places.get(k).on();
            if (on == null) {
                continue;
            }
            future(v, on, paths.get(k), today);
            v.check(latest != null && on.isBefore(latest), CaseRule.DATE_ORDER, paths.get(k), 7);
            latest = latest == null || on.isAfter(latest) ? on : latest;
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
            // A planned end lies ahead by nature: only its range and its order are checked.
            v.check(!Dates.isInRange(s.plannedEnd()), CommonRule.DATE_RANGE, path + "plannedEnd",
                    Dates.EARLIEST.toString(), Dates.LATEST.toString());
            v.check(s.plannedEnd() != null && s.plannedEnd().isBefore(s.start()), CaseRule.DATE_ORDER,
                    path + "plannedEnd", 6);
        }
        for (int j = 0; j < victim.referrals().size(); j++) {
            Referral r = victim.referrals().get(j);
            future(v, r.on(), prefix + "referrals[" + j + "].on", today);
            future(v, r.acceptedOn(), prefix + "referrals[" + j + "].acceptedOn", today);
            v.check(r.acceptedOn() != null && r.acceptedOn().isBefore(r.on()), CaseRule.DATE_ORDER,
                    prefix + "referrals[" + j + "].acceptedOn", 5);
        }
        LocalDate died = victim.death() == null ? null : victim.death().on();
        if (died != null) {
            future(v, died, prefix + "death.on", today);
            boolean beforeBirth = victim.birthDate() != null && died.isBefore(victim.birthDate());
            v.check(beforeBirth || died.isBefore(victim.traffickedOn()), CaseRule.DATE_ORDER, prefix + "death.on", 9);
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
