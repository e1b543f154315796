package id.gugus.cases;

/**
 * A suspect's role in the trafficking process (docs/cases.md): the fifteen values of HTCDS 2.0
 * {@code per_RoleInProcess}, under Gugus's names, plus {@code DOCUMENT_FORGER} and
 * {@code FINANCIER}, Gugus's own: the document forgers and financiers Indonesian investigations name.
 */
public enum SuspectRole {
    /** HTCDS RecruiterOrIntermediary. */
    RECRUITER,
    /** HTCDS Transporter. */
    TRANSPORTER,
    /** HTCDS BrokerTravelAgent. */
    BROKER_OR_AGENT,
    /** HTCDS HarbouredIndividual. */
    HARBOURER,
    /** HTCDS ControlledIndividual. */
    CONTROLLER,
    /** HTCDS Exploiter. */
    EXPLOITER,
    /** HTCDS TravellingPartner: travelled with the victim. */
    TRAVELLING_PARTNER,
    /** HTCDS TransferredIndividual. */
    TRANSFERRER,
    /** HTCDS SoldIndividual. */
    SELLER,
    /** HTCDS BoughtIndividual. */
    BUYER,
    /** HTCDS ReceivedIndividual. */
    RECEIVER,
    /** HTCDS Smuggler. */
    SMUGGLER,
    /** HTCDS Abuser. */
    ABUSER,
    /** HTCDS Kidnapper. */
    KIDNAPPER,
    /** Forged or falsified the victim's documents (Gugus's own). */
    DOCUMENT_FORGER,
    /** Financed the operation (Gugus's own). */
    FINANCIER,
    /** HTCDS Other. */
    OTHER
}
