package id.gugus.cases;

/** The act (proses) element of trafficking, UU 21/2007 Art. 1(1). */
public enum Act {
    RECRUITMENT,
    TRANSPORTATION,
    HARBOURING,
    SENDING,
    TRANSFER,
    RECEIPT
}
