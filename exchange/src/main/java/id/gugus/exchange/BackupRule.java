package id.gugus.exchange;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/**
 * Why a backup cannot be read, verified or restored, with messages in Indonesian and English
 * (bundle {@code id.gugus.exchange.BackupRules}). Raised as a {@link id.gugus.error.ValidationException}
 * whose violation path names the backup file and, where there is one, the part and line. No
 * message takes a value of a record: a refused record reports the model's own rule at its path.
 */
public enum BackupRule implements Rule {
    /** The file is not a readable zip (truncated, overwritten) or a part of it is damaged. */
    DAMAGED("BACKUP-DAMAGED"),
    /** The file is a zip but not a Gugus backup, or of a format version this library cannot read. */
    FORMAT("BACKUP-FORMAT"),
    /** A part's SHA-256 (0) or record count (1) differs from the manifest's, or a listed part is missing (2). */
    DIGEST("BACKUP-DIGEST"),
    /** The backup is sealed and no key was given (0), or the key or passphrase is not the one it was sealed with (1). */
    KEY("BACKUP-KEY"),
    /** A record of the backup breaks a rule of the model (reported beside this violation). */
    RECORD("BACKUP-RECORD"),
    /** A restore goes into an empty store only; the target holds this kind of record already. */
    TARGET_NOT_EMPTY("BACKUP-TARGET-NOT-EMPTY"),
    /** After a move, the target does not hold what the source holds (counts or content digest of a type). */
    MOVE_MISMATCH("BACKUP-MOVE-MISMATCH");

    private final String id;

    BackupRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String bundle() {
        return "id.gugus.exchange.BackupRules";
    }
}
