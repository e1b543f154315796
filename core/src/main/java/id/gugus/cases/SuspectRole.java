package id.gugus.cases;

/**
 * A suspect's role in the trafficking process (docs/cases.md). Seven values correspond to HTCDS 2.0
 * {@code per_RoleInProcess} (Recruiter or intermediary, Transporter, Broker or travel agent,
 * Harboured, Controlled, Exploiter, Other); {@code DOCUMENT_FORGER} and {@code FINANCIER} are
 * Gugus's own: the document forgers and financiers Indonesian investigations name.
 * HTCDS's TravellingPartner, Transferred, Sold, Bought, Received, Smuggler, Abuser and Kidnapper
 * have no value yet (docs/htcds-mapping.md).
 */
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
