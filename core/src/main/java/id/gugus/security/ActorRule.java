package id.gugus.security;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/** Rules of an {@link Actor}: what its id may be. */
public enum ActorRule implements Rule {
    /**
     * An actor id is 1 to {@value Actor#MAX_ID_LENGTH} ASCII letters, digits and
     * {@code . _ - / @ : +}, beginning with a letter or a digit (0); {@code system}, in any case,
     * is {@link Actor#SYSTEM}'s alone (1).
     */
    ACTOR_ID("ACTOR-ID");

    private final String id;

    ActorRule(String id) {
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
        return "id.gugus.security.ActorRules";
    }
}
