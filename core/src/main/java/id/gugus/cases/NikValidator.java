package id.gugus.cases;

import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The NIK rules of docs/nik.md: a known district prefix, a real birth date, a sex and a birth
 * date that agree with the person's record, a non-zero serial. The NIK has no check digit, so
 * this is all that can be checked. The prefix is where the NIK was first issued, not where the
 * person lives, so it is never compared with the victim's origin.
 *
 * <p>Every violation has the path {@value #PATH} (callers prefix it, e.g.
 * {@code victims[3].personal.nik}) and a message that carries no part of the NIK.
 */
public final class NikValidator {
    public static final String PATH = "personal.nik";

    private static volatile NikValidator bundled;

    private final JurisdictionDirectory districts;

    public NikValidator(JurisdictionDirectory districts) {
        this.districts = Objects.requireNonNull(districts, "districts");
    }

    /** Checks district prefixes against the districts bundled in gugus-core. */
    public static NikValidator bundled() {
        NikValidator v = bundled;
        if (v == null) {
            v = new NikValidator(JurisdictionDirectory.bundled());
            bundled = v;
        }
        return v;
    }

    /** The rules a NIK meets on its own: district, calendar date, serial (used for suspects). */
    public Violations validateAlone(Nik nik) {
        ViolationCollector v = new ViolationCollector();
        v.check(!knownDistrict(nik), CaseRule.NIK_DISTRICT, PATH);
        v.check(nik.possibleBirthDates().isEmpty(), CaseRule.NIK_DATE, PATH);
        v.check(nik.serial() == 0, CaseRule.NIK_SERIAL, PATH);
        return v.result();
    }

    /** All NIK rules for a victim: the NIK on its own, then against the recorded sex, birth date or age. */
    public Violations validate(Victim victim) {
        Nik nik = victim.personal().nik();
        if (nik == null) {
            return Violations.none();
        }
        ViolationCollector v = new ViolationCollector().addAll(validateAlone(nik));
        nik.sex().ifPresent(encoded -> v.check(encoded != victim.sex(), CaseRule.NIK_SEX, PATH));
        if (!nik.possibleBirthDates().isEmpty()) {
            checkBirthDate(nik, victim, v);
        }
        return v.result();
    }

    // The century is resolved by the record: the birth date if known, else the recorded age
    // (give or take a year, since an age is often estimated). With neither, nothing is guessed.
    private static void checkBirthDate(Nik nik, Victim victim, ViolationCollector v) {
        if (victim.birthDate() != null) {
            v.check(!nik.possibleBirthDates().contains(victim.birthDate()), CaseRule.NIK_BIRTHDATE, PATH, 0);
        } else if (victim.recordedAge() != null) {
            boolean fits = nik.possibleBirthDates().stream()
                    .anyMatch(born -> fitsAge(born, victim.traffickedOn(), victim.recordedAge()));
            v.check(!fits, CaseRule.NIK_BIRTHDATE, PATH, 1);
        }
    }

    private static boolean fitsAge(LocalDate born, LocalDate traffickedOn, int recordedAge) {
        if (born.isAfter(traffickedOn)) {
            return false;
        }
        return Math.abs((long) Period.between(born, traffickedOn).getYears() - recordedAge) <= 1;
    }

    private boolean knownDistrict(Nik nik) {
        try {
            return districts.contains(JurisdictionCode.of(nik.districtCode()));
        } catch (ValidationException notAnAreaCode) {
            return false; // e.g. a zero segment: no district has that prefix
        }
    }
}
