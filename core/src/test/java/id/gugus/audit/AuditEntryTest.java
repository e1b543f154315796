package id.gugus.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.store.AuditLog;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Audit entries: what an allowed and a refused call record, and what no entry may be. */
class AuditEntryTest {
    private static final Instant AT = Instant.parse("2026-03-15T03:00:00Z");
    private static final JurisdictionCode PONTIANAK = JurisdictionCode.of("61.71");

    @Test
    void anAllowedCallRecordsNoRuleAndAnIdAsText() {
        UUID id = UUID.randomUUID();
        AuditEntry e = AuditEntry.allowed(AT, "case-worker@61.71", AuditAction.CREATE, "Case", id, 1, PONTIANAK);
        assertThat(e).isEqualTo(new AuditEntry(0, AT, "case-worker@61.71", AuditAction.CREATE, "Case", id.toString(), 1,
                PONTIANAK, AuditOutcome.ALLOWED, null));
        assertThat(AuditEntry.allowed(AT, "a", AuditAction.IMPORT, "Jurisdiction", null, 0, JurisdictionCode.NATIONAL)
                .aggregateId()).isNull();
    }

    @Test
    void aRefusalRecordsItsRule() {
        AuditEntry e = AuditEntry.denied(AT, "viewer@61", AuditAction.READ, "Case", null, 0, PONTIANAK, "ACCESS-PERMISSION");
        assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(e.rule()).isEqualTo("ACCESS-PERMISSION");
        assertThatThrownBy(() -> AuditEntry.denied(AT, "viewer@61", AuditAction.READ, "Case", null, 0, PONTIANAK, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditEntry(0, AT, "a", AuditAction.READ, "Case", null, 0, PONTIANAK,
                AuditOutcome.ALLOWED, "ACCESS-SCOPE")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEntry(0, AT, "a", AuditAction.READ, "Case", null, 0, PONTIANAK,
                AuditOutcome.DENIED, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoreGivesTheSequenceAndChangesNothingElse() {
        AuditEntry e = AuditEntry.allowed(AT, "a", AuditAction.UPDATE, "Agency", "x", 3, PONTIANAK);
        AuditEntry stored = e.withSequence(17);
        assertThat(stored.sequence()).isEqualTo(17);
        assertThat(stored.withSequence(0)).isEqualTo(e);
    }

    @Test
    void noEntryIsIncomplete() {
        assertThatThrownBy(() -> new AuditEntry(-1, AT, "a", AuditAction.READ, "Case", null, 0, PONTIANAK,
                AuditOutcome.ALLOWED, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntry.allowed(AT, "a", AuditAction.UPDATE, "Case", null, -1, PONTIANAK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntry.allowed(AT, " ", AuditAction.UPDATE, "Case", null, 1, PONTIANAK))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AuditEntry.allowed(AT, "a", AuditAction.UPDATE, "", null, 1, PONTIANAK))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> AuditEntry.allowed(null, "a", AuditAction.UPDATE, "Case", null, 1, PONTIANAK))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditEntry.allowed(AT, "a", null, "Case", null, 1, PONTIANAK))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditEntry.allowed(AT, "a", AuditAction.UPDATE, "Case", null, 1, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aCursorIsTheTextOfASequenceNumber() {
        assertThat(AuditLog.parseCursor("0")).isZero();
        assertThat(AuditLog.parseCursor("9007199254740993")).isEqualTo(9007199254740993L);
        for (String bad : new String[] {"", "-1", "1.0", " 1", "x", "99999999999999999999"}) {
            assertThatThrownBy(() -> AuditLog.parseCursor(bad)).as(bad).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("[PAGE-CURSOR] page.after").hasMessageContaining("is not a cursor of this query");
        }
    }
}
