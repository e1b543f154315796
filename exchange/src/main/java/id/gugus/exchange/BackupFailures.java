package id.gugus.exchange;

import id.gugus.error.ValidationException;
import id.gugus.validation.Violation;
import id.gugus.validation.Violations;
import java.util.ArrayList;
import java.util.List;

/** The exceptions of a backup that cannot be read: each a {@link ValidationException} with a {@link BackupRule}. */
final class BackupFailures {
    private BackupFailures() {}

    static ValidationException damaged(String file, Exception cause) {
        // The zip library's messages name entries and offsets, never a record's content.
        String detail = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        ValidationException e = ValidationException.invalidValue(BackupRule.DAMAGED, file, file, detail);
        e.initCause(cause);
        return e;
    }

    static ValidationException format(String file, String found) {
        return ValidationException.invalidValue(BackupRule.FORMAT, file + "/" + BackupManifest.ENTRY, file, found);
    }

    static ValidationException digest(String file, Part part, int variant, Object expected, Object found) {
        return ValidationException.invalidValue(BackupRule.DIGEST, file + "/" + part.entryName(), variant,
                part.entryName(), expected, found);
    }

    static ValidationException key(String file, boolean given) {
        return ValidationException.invalidValue(BackupRule.KEY, file + "/" + BackupManifest.ENTRY, given ? 1 : 0);
    }

    /** A record that breaks the model's rules: BACKUP-RECORD, then each of its violations, at {@code part:line}. */
    static ValidationException record(String file, Part part, long line, Violations broken) {
        String where = file + "/" + part.entryName() + ":" + line;
        List<Violation> all = new ArrayList<>();
        all.add(Violation.of(BackupRule.RECORD, where, part.entryName(), line));
        for (Violation v : broken.all()) {
            all.add(new Violation(v.ruleId(), v.severity(), where + "/" + v.path(), v.messageId(), v.messageEn()));
        }
        return new ValidationException(Violations.of(all));
    }

    static ValidationException notEmpty(String what, long count) {
        return ValidationException.invalidValue(BackupRule.TARGET_NOT_EMPTY, "target", what, count);
    }
}
