package id.gugus.json;

import id.gugus.validation.Rule;
import id.gugus.validation.Severity;

/**
 * Rules of reading a JSON document into the model ({@link GugusJson#read}). They report what is
 * wrong with the document itself; a value that is well-typed but breaks a rule of the model (a
 * bad country code, a negative amount) keeps that rule's own id, at its JSON path.
 */
public enum JsonRule implements Rule {
    /** The text is not well-formed JSON: a syntax error, trailing text, a repeated field, no content. */
    SYNTAX("JSON-SYNTAX"),
    /** A field that the object does not have. */
    UNKNOWN_FIELD("JSON-UNKNOWN-FIELD"),
    /** A value of the wrong JSON type or format (text for a number, an unknown enum name, a bad date). */
    TYPE("JSON-TYPE"),
    /** A required value is missing or null. */
    MISSING("JSON-MISSING"),
    /** Values that are each well-formed but together do not make a valid object. */
    INVALID("JSON-INVALID");

    private final String id;

    JsonRule(String id) {
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
        return "id.gugus.json.JsonRules";
    }
}
