package id.gugus.cases;

import id.gugus.common.CountryCode;
import id.gugus.error.ValidationException;
import java.util.Locale;
import java.util.Objects;

/**
 * An identity document of a person (HTCDS {@code prs_IdentityType}, {@code prs_IdentityNumber},
 * {@code prs_IdentityIssuingCountry}): its type, number and issuing country. The number is
 * personal data: never in {@code toString}, and the rule's message never shows it.
 *
 * <p>Rule {@code CASE-DOCUMENT-NUMBER}: 1 to {@value #MAX_NUMBER} letters and digits (Latin), which
 * may be grouped by spaces, hyphens or slashes as printed. Two documents with the same type,
 * issuing country and {@link #normalisedNumber()} are the same document, so their holders may be one
 * person ({@link VictimIdentity#documentKeys}).
 *
 * @param type the kind of document
 * @param number the number as written
 * @param issuedBy the issuing country
 */
public record IdentityDocument(DocumentType type, String number, CountryCode issuedBy) {
    /** The most characters of a document number, separators included. */
    public static final int MAX_NUMBER = 40;
    /** The path of a document's number in messages; callers prefix it ({@code victims[0].personal.documents}). */
    public static final String PATH = "personal.documents.number";

    public IdentityDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuedBy, "issuedBy");
        if (number == null || !isNumber(number)) {
            throw ValidationException.invalidValue(CaseRule.DOCUMENT_NUMBER, PATH, MAX_NUMBER);
        }
    }

    /**
     * A document.
     *
     * @param type the kind of document
     * @param number the number as written
     * @param issuedBy the issuing country
     * @return the document
     */
    public static IdentityDocument of(DocumentType type, String number, CountryCode issuedBy) {
        return new IdentityDocument(type, number, issuedBy);
    }

    /**
     * The number as compared: upper case, without separators ({@code a 123-456} is {@code A123456}).
     *
     * @return the number without separators, in upper case
     */
    public String normalisedNumber() {
        return number.replaceAll("[ /-]", "").toUpperCase(Locale.ROOT);
    }

    static boolean isNumber(String number) {
        if (number.isEmpty() || number.length() > MAX_NUMBER) {
            return false;
        }
        boolean alphanumeric = false;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                alphanumeric = true;
            } else if (c != ' ' && c != '-' && c != '/') {
                return false;
            }
        }
        return alphanumeric;
    }

    @Override
    public String toString() {
        return "IdentityDocument[" + type + ", " + issuedBy + ", redacted]";
    }
}
