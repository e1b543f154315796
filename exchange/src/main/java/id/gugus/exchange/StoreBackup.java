package id.gugus.exchange;

import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.error.AccessDeniedException;
import id.gugus.security.AccessRule;
import id.gugus.security.Actor;
import id.gugus.security.Permission;
import id.gugus.spi.StorageBackend;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Backup and restore of a whole store, through the {@link StorageBackend} SPI, so between any
 * back-ends: every area, agency, task force, action plan, case, meeting and audit entry, as a zip
 * of JSON Lines parts with a manifest (docs/backup-format.md). Memory stays flat whatever the
 * store's size: records are read a page at a time and written a line at a time.
 *
 * <pre>{@code
 * Sealing sealing = Sealing.passphrase(passphraseFromTheOperator);
 * try (OutputStream out = Files.newOutputStream(Path.of("kalbar-2026-12-07.zip"))) {
 *     StoreBackup.write(backend, operator, Clock.systemUTC(), sealing, out, Progress.NONE);
 * }
 * StoreBackup.verify(Path.of("kalbar-2026-12-07.zip"), sealing, Progress.NONE);
 * StoreBackup.restore(Path.of("kalbar-2026-12-07.zip"), sealing, emptyBackend, Clock.systemUTC(), Progress.NONE);
 * }</pre>
 *
 * <p>A file that cannot be used is refused with a {@link id.gugus.error.ValidationException}
 * naming a {@link BackupRule} ({@code BACKUP-DAMAGED}, {@code BACKUP-FORMAT},
 * {@code BACKUP-DIGEST}, {@code BACKUP-KEY}, {@code BACKUP-RECORD}), and a restore then stores
 * nothing.
 */
public final class StoreBackup {
    static final String CASE = "Case";
    static final String ENTITY = "Backup";

    private StoreBackup() {}

    /**
     * Writes a backup of {@code source} to {@code out} (finished as a zip, not closed). A whole-store
     * backup reads everything, so the actor needs national scope and {@link Permission#READ_CASES},
     * {@link Permission#READ_COORDINATION} and {@link Permission#READ_AUDIT}; with personal data
     * ({@code sealing} holds a key) also {@link Permission#READ_PERSONAL_DATA}, and each case whose
     * personal data goes into the backup is audited as read by the actor (one
     * {@link AuditAction#READ_PERSONAL_DATA} entry per case, as the store audits such a read), so
     * the audit log tells how many were exported, and which.
     *
     * @return the manifest written
     * @throws AccessDeniedException if the actor may not, after auditing the refusal; nothing is written
     */
    public static BackupManifest write(StorageBackend source, Actor actor, Clock clock, Sealing sealing, OutputStream out,
            Progress progress) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sealing, "sealing");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        requireAccess(source, actor, clock, sealing.sealsPersonalData());
        try {
            return new BackupWriter(source, actor, clock, sealing, progress).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup", e);
        }
    }

    /**
     * {@link #write(StorageBackend, Actor, Clock, Sealing, OutputStream, Progress)} to a new file
     * (an existing one is refused). If the backup fails part way, the partial file is deleted.
     */
    public static BackupManifest write(StorageBackend source, Actor actor, Clock clock, Sealing sealing, Path file,
            Progress progress) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sealing, "sealing");
        requireAccess(source, actor, clock, sealing.sealsPersonalData());
        boolean written = false;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            BackupManifest manifest = write(source, actor, clock, sealing, out, progress);
            written = true;
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup " + file.getFileName(), e);
        } finally {
            if (!written) {
                deleteQuietly(file);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The failure that got us here is the one to report; an undeletable partial file cannot be read as a backup.
        }
    }

    /**
     * Checks a backup without restoring it: the zip, the manifest, each part's count and SHA-256,
     * and, if the backup holds no personal data or {@code sealing} holds its key, that every line
     * opens and reads as a valid record (JSON, the model's invariants, and the validators that
     * need no store). A sealed backup checked with {@link Sealing#withoutPersonalData()} has its
     * digests and counts checked only.
     *
     * @return the manifest
     * @throws id.gugus.error.ValidationException with a {@link BackupRule} if it cannot be restored
     */
    public static BackupManifest verify(Path backup, Sealing sealing, Progress progress) {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(sealing, "sealing");
        Objects.requireNonNull(progress, "progress");
        BackupReader reader = new BackupReader(backup, progress);
        RecordCheck check = new RecordCheck(reader.name(), Clock.systemUTC(), null);
        return reader.read(sealing, check::check, false);
    }

    /**
     * Restores a backup into {@code target}, which must be empty, in one unit of work of the
     * target: every record is validated ({@code clock} gives the validators' today) and inserted
     * with its id and version; audit entries are appended in their order (the target numbers them).
     * If anything is wrong, the file or a record, nothing is stored.
     *
     * @return the manifest of the restored backup
     * @throws id.gugus.error.ValidationException with a {@link BackupRule}, or the rule a record broke
     */
    public static BackupManifest restore(Path backup, Sealing sealing, StorageBackend target, Clock clock,
            Progress progress) {
        Objects.requireNonNull(backup, "backup");
        Objects.requireNonNull(sealing, "sealing");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(progress, "progress");
        EmptyTarget.require(target);
        BackupReader reader = new BackupReader(backup, progress);
        RecordCheck check = new RecordCheck(reader.name(), clock, target);
        Inserter insert = new Inserter(target);
        return target.inUnitOfWork(() -> reader.read(sealing, (part, records, firstLine) -> {
            if (part == Part.AGENCIES || part == Part.TASK_FORCES || part == Part.ACTION_PLANS) {
                // Checked one by one after the previous ones are in: a task force's parent is then found.
                for (int i = 0; i < records.size(); i++) {
                    check.check(part, List.of(records.get(i)), firstLine + i);
                    insert.insert(part, List.of(records.get(i)));
                }
            } else {
                // Nothing else refers to its own kind: the whole batch is checked, then inserted
                // at once (cases and meetings by the back-end's bulk insert).
                check.check(part, records, firstLine);
                insert.insert(part, records);
            }
        }, true));
    }

    private static void requireAccess(StorageBackend source, Actor actor, Clock clock, boolean personalData) {
        Set<Permission> needed = EnumSet.of(Permission.READ_CASES, Permission.READ_COORDINATION, Permission.READ_AUDIT);
        if (personalData) {
            needed.add(Permission.READ_PERSONAL_DATA);
        }
        AuditAction action = personalData ? AuditAction.READ_PERSONAL_DATA : AuditAction.READ;
        String target = ENTITY + " of the whole store";
        for (Permission p : needed) {
            if (!actor.has(p)) {
                source.audit().append(List.of(AuditEntry.denied(clock.instant(), actor.id(), action, ENTITY, null, 0,
                        actor.scope(), AccessRule.PERMISSION.id())));
                throw new AccessDeniedException(AccessRule.PERMISSION, actor.id(), action.ordinal(), target, p.name());
            }
        }
        if (!actor.isNational()) {
            source.audit().append(List.of(AuditEntry.denied(clock.instant(), actor.id(), action, ENTITY, null, 0,
                    actor.scope(), AccessRule.SCOPE.id())));
            throw new AccessDeniedException(AccessRule.SCOPE, actor.id(), action.ordinal(), target, actor.scope());
        }
    }
}
