package id.gugus.taskforce;

import id.gugus.common.Dates;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A past composition of a task force, kept when it is re-formed (docs/task-forces.md: re-forming
 * replaces the decree and composition and keeps the history).
 */
public record Composition(Official chair, Official dailyChair, Decree decree, LocalDate replacedOn) {
    public Composition {
        Objects.requireNonNull(chair, "chair");
        Objects.requireNonNull(dailyChair, "dailyChair");
        Dates.inRange(Objects.requireNonNull(replacedOn, "replacedOn"), "composition.replacedOn");
    }
}
