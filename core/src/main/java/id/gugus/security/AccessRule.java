package id.gugus.security;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/** Why a call was refused: the rules of access (docs/privacy-and-security.md), with messages in both languages. */
public enum AccessRule implements Rule {
    /** The actor's roles do not grant the permission the call needs. */
    PERMISSION("ACCESS-PERMISSION"),
    /** The aggregate, or the area asked for, lies outside the actor's jurisdiction scope. */
    SCOPE("ACCESS-SCOPE");

    private final String id;

    AccessRule(String id) {
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
        return "id.gugus.security.AccessRules";
    }
}
