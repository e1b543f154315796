package id.gugus.taskforce;

import static id.gugus.taskforce.Fixtures.kalbar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gugus.error.ValidationException;
import org.junit.jupiter.api.Test;

/** The withers of a task force: a changed copy, same id and version, everything else as it was. */
class TaskForceWithersTest {
    private final TaskForce stored = kalbar().withVersion(4);

    @Test
    void renaming_keeps_the_decree_the_composition_and_the_history() {
        TaskForce renamed = stored.withName("Gugus Tugas PP-TPPO Kalbar");
        assertThat(renamed.name()).isEqualTo("Gugus Tugas PP-TPPO Kalbar");
        assertThat(renamed).usingRecursiveComparison().ignoringFields("name").isEqualTo(stored);
        assertThatThrownBy(() -> stored.withName("")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("TEXT-REQUIRED");
    }

    @Test
    void another_parent_changes_only_the_parent() {
        TaskForceId newNational = TaskForceId.random();
        TaskForce moved = stored.withParent(newNational);
        assertThat(moved.parent()).isEqualTo(newNational);
        assertThat(moved).usingRecursiveComparison().ignoringFields("parent").isEqualTo(stored);
        assertThat(stored.withParent(null).parent()).isNull();
    }
}
