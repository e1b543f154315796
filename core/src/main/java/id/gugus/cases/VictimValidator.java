package id.gugus.cases;

import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;

/**
 * Rules of one victim on its own (docs/cases.md, docs/nik.md): legal elements, age, origin, NIK,
 * referrals, restitution, citizenships, trafficking status, the details of exploitation, the number
 * of children and the languages. Dates against the case and against today are in {@link CaseDates}.
 * Paths are relative to the victim ({@code elements}, {@code restitution[1].ordered}); the case
 * validator puts {@code victims[i].} in front.
 */
final class VictimValidator {
    static final int MAX_AGE = 120;

    private static final Set<RestitutionState> DECIDED =
            EnumSet.of(RestitutionState.ORDERED, RestitutionState.PAID, RestitutionState.UNPAID);

    private final NikValidator nik;

    VictimValidator(NikValidator nik) {
        this.nik = nik;
    }

    Violations validate(Victim victim) {
        ViolationCollector v = new ViolationCollector();
        // Consent is not an element (Art. 1(7), Art. 2): nothing here asks for it.
        v.check(!victim.elements().completeFor(victim.wasChild()), CaseRule.ELEMENTS, "elements",
                victim.wasChild() ? 1 : 0);
        age(victim, v);
        v.check(victim.isCitizen() && victim.origin() == null, CaseRule.ORIGIN, "origin");
        v.addAll(nik.validate(victim));
        referrals(victim, v);
        restitution(victim, v);
        citizenships(victim, v);
        traffickingStatus(victim.traffickingStatus(), v);
        exploitation(victim, v);
        background(victim.background(), v);
        return v.result();
    }

    private static void citizenships(Victim victim, ViolationCollector v) {
        // otherCitizenships is a set: only the first citizenship can be repeated in it.
        v.check(victim.otherCitizenships().contains(victim.citizenship()), CaseRule.CITIZENSHIP_REPEATED,
                "otherCitizenships");
    }

    private static void traffickingStatus(TraffickingDetermination d, ViolationCollector v) {
        if (d != null && d.status().isDecided()) {
            v.check(d.decidedBy() == null, CaseRule.TRAFFICKING_STATUS, "traffickingStatus.decidedBy", 0);
            v.check(d.decidedOn() == null, CaseRule.TRAFFICKING_STATUS, "traffickingStatus.decidedOn", 1);
        }
    }

    private static void exploitation(Victim victim, ViolationCollector v) {
        Exploitation e = victim.exploitation();
        Set<ExploitationType> purposes = victim.elements().purposes();
        v.check(!e.sectors().isEmpty() && purposes.stream().noneMatch(ExploitationType::isLabour),
                CaseRule.LABOUR_SECTOR, "exploitation.sectors");
        v.check(!e.sexTypes().isEmpty() && !purposes.contains(ExploitationType.SEXUAL_EXPLOITATION),
                CaseRule.SEX_EXPLOITATION_TYPE, "exploitation.sexTypes");
        v.check(e.platforms().contains(Platform.NONE) && e.platforms().size() > 1, CaseRule.PLATFORM_NONE,
                "exploitation.platforms");
    }

    private static void background(Background b, ViolationCollector v) {
        Integer children = b.children();
        v.check(children != null && (children < 0 || children > Background.MAX_CHILDREN), CaseRule.CHILDREN,
                "background.children", Background.MAX_CHILDREN);
        if (b.secondaryLanguage() != null) {
            v.check(b.primaryLanguage() == null, CaseRule.LANGUAGE, "background.secondaryLanguage", 0);
            v.check(b.secondaryLanguage().equals(b.primaryLanguage()), CaseRule.LANGUAGE, "background.secondaryLanguage", 1);
        }
    }

    private static void age(Victim victim, ViolationCollector v) {
        Integer recorded = victim.recordedAge();
        boolean recordedInRange = recorded != null && recorded >= 0 && recorded <= MAX_AGE;
        v.check(recorded != null && !recordedInRange, CaseRule.AGE, "recordedAge", 0);
        // A birth date after trafficking is a date-order error (CaseDates), not an age to compare.
        if (victim.birthDate() != null && !victim.birthDate().isAfter(victim.traffickedOn())) {
            int years = Period.between(victim.birthDate(), victim.traffickedOn()).getYears();
            v.check(years > MAX_AGE, CaseRule.AGE, "birthDate", 0);
            v.check(recordedInRange && years != recorded, CaseRule.AGE, "recordedAge", 1);
        }
        v.check(victim.birthDate() == null && recorded == null, CaseRule.AGE_UNKNOWN, "birthDate");
    }

    private static void referrals(Victim victim, ViolationCollector v) {
        for (int j = 0; j < victim.referrals().size(); j++) {
            Referral r = victim.referrals().get(j);
            v.check(!r.consentGiven(), CaseRule.REFERRAL_CONSENT, "referrals[" + j + "].consentGiven");
            v.check(r.from().equals(r.to()), CaseRule.REFERRAL_AGENCIES, "referrals[" + j + "].to");
        }
    }

    private static void restitution(Victim victim, ViolationCollector v) {
        Set<RestitutionHead> heads = EnumSet.noneOf(RestitutionHead.class);
        for (int j = 0; j < victim.restitution().size(); j++) {
            Restitution r = victim.restitution().get(j);
            String path = "restitution[" + j + "]";
            boolean decided = DECIDED.contains(r.state());
            v.check(decided && r.ordered() == null, CaseRule.RESTITUTION, path + ".ordered", 0);
            v.check(!decided && r.ordered() != null, CaseRule.RESTITUTION, path + ".ordered", 1);
            v.check(!heads.add(r.head()), CaseRule.RESTITUTION_HEAD, path + ".head");
        }
    }
}
