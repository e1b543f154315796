package id.gugus.taskforce;

import id.gugus.common.Texts;
import java.util.Objects;

/** A public office and the official who holds it, e.g. Governor and the governor's name. */
public record Official(Position position, String name) {
    public Official {
        Objects.requireNonNull(position, "position");
        Texts.required(name, "official.name", Texts.SHORT);
    }

    public static Official of(Position position, String name) {
        return new Official(position, name);
    }

    /** The office only: names stay out of logs and messages, like every name in Gugus. */
    @Override
    public String toString() {
        return "Official[position=" + position + "]";
    }
}
