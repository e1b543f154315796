package id.gugus.cases;

import id.gugus.validation.ViolationCollector;
import id.gugus.validation.Violations;

/**
 * Rules of one suspect: a natural person's NIK is checked on its own (a suspect's record has no
 * sex or birth date to compare it with); a corporation (UU 21/2007 Art. 13) has no NIK at all.
 * Paths are relative to the suspect.
 */
final class SuspectValidator {
    private final NikValidator nik;

    SuspectValidator(NikValidator nik) {
        this.nik = nik;
    }

    Violations validate(Suspect suspect) {
        Nik number = suspect.personal().nik();
        if (number == null) {
            return Violations.none();
        }
        if (suspect.kind() == SuspectKind.LEGAL_PERSON) {
            return new ViolationCollector().add(CaseRule.SUSPECT_NIK, NikValidator.PATH).result();
        }
        return nik.validateAlone(number);
    }
}
