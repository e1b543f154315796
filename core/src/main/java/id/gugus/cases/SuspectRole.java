package id.gugus.cases;

/** A suspect's role in the trafficking process (HTCDS 2.0, docs/cases.md). */
public enum SuspectRole {
    RECRUITER,
    TRANSPORTER,
    BROKER_OR_AGENT,
    HARBOURER,
    CONTROLLER,
    EXPLOITER,
    DOCUMENT_FORGER,
    FINANCIER,
    OTHER
}
