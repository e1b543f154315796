package id.gugus.cases;

/** A suspect is a natural person or a legal person (corporation, UU 21/2007 Art. 13). */
public enum SuspectKind {
    NATURAL_PERSON,
    LEGAL_PERSON
}
