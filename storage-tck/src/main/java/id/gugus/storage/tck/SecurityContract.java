package id.gugus.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.audit.AuditOutcome;
import id.gugus.error.AccessDeniedException;
import id.gugus.security.AccessRule;
import id.gugus.security.Actor;
import id.gugus.store.GugusStore;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Base of the contracts on access, personal data and the audit log (issue #6, docs/privacy-and-security.md). The
 * store's clock is a {@link TckClock} the test moves, so audit times are exact; what the store
 * holds is read below the store ({@link StoreSnapshot}), so checking it neither needs a
 * permission nor writes to the audit log.
 */
public abstract class SecurityContract extends StorageContract {
    /** The store's clock; starts at {@link TckFixtures#CLOCK}'s instant. */
    protected final TckClock time = new TckClock();

    @Override
    protected Clock clock() {
        return time;
    }

    /** The store as {@code actor} sees it. */
    protected GugusStore as(Actor actor) {
        return store.as(actor);
    }

    /** Everything the back-end holds now, audit log included. */
    protected StoreSnapshot snapshot() {
        return StoreSnapshot.of(backend);
    }

    /** Every audit entry, in sequence order, read below the store. */
    protected ImmutableList<AuditEntry> audit() {
        return StoreSnapshot.auditOf(backend);
    }

    /**
     * Asserts that {@code actor} is refused {@code call} by {@code rule}, failing closed: an
     * {@link AccessDeniedException} naming the rule, the actor and the target; nothing stored
     * changed; and exactly one new audit entry, {@code DENIED}, recording who tried what on which
     * aggregate, under which rule, at the store's time.
     *
     * @param id the aggregate id the refusal must record, or null for a call that names none
     */
    protected AccessDeniedException assertDenied(Actor actor, AccessRule rule, AuditAction action, String type,
            Object id, Consumer<GugusStore> call) {
        StoreSnapshot before = snapshot();
        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class, () -> call.accept(as(actor)));
        assertThat(e).as("%s trying to %s %s %s", actor.id(), action, type, id).isNotNull();
        assertThat(e.rule()).isEqualTo(rule);
        assertThat(e.getMessage()).startsWith("[" + rule.id() + "]").contains(actor.id()).contains(type);
        StoreSnapshot after = snapshot();
        assertThat(after.data()).as("stored data after a refusal").isEqualTo(before.data());
        assertThat(after.auditSince(before)).as("audit entries of a refusal").singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(entry.rule()).isEqualTo(rule.id());
            assertThat(entry.actorId()).isEqualTo(actor.id());
            assertThat(entry.action()).isEqualTo(action);
            assertThat(entry.aggregateType()).isEqualTo(type);
            assertThat(entry.aggregateId()).isEqualTo(id == null ? null : id.toString());
            assertThat(entry.at()).isEqualTo(time.instant());
        });
        return e;
    }
}
