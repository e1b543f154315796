package id.gugus.cases;

/**
 * Identity documents other than the NIK (which {@link PersonalData#nik()} holds), for foreign
 * victims and for Indonesians abroad (HTCDS {@code prs_IdentityType}).
 */
public enum DocumentType {
    /** A passport, of any country. */
    PASSPORT,
    /** A travel document issued instead of a passport (Indonesia's SPLP, issued to victims for repatriation). */
    EMERGENCY_TRAVEL_DOCUMENT,
    /** Another country's national identity card. */
    NATIONAL_ID_FOREIGN,
    /** A limited-stay permit card (KITAS) of a foreigner in Indonesia. */
    KITAS,
    /** A permanent-stay permit card (KITAP) of a foreigner in Indonesia. */
    KITAP,
    /** A seafarer's identity document (buku pelaut), as held by fishing crews. */
    SEAMAN_BOOK,
    /** Any other document (a birth certificate, a work permit, ...): recorded, but no duplicate key. */
    OTHER
}
