package id.gugus.cases;

import id.gugus.common.Texts;
import id.gugus.jurisdiction.JurisdictionCode;

/**
 * Where a person lives: the Kemendagri code of the village (desa or kelurahan), or of the district
 * or regency when the village is not known, and the rest as written (street, house number, RT/RW,
 * or a foreign address). Either may be absent, not both. Personal data even with the text absent,
 * as a village can single a person out: never in {@code toString}, messages or logs, and kept
 * apart from the area codes statistics count by.
 *
 * @param area the village's (or a larger area's) code, or null
 * @param text the address as written, or null
 */
public record Address(JurisdictionCode area, String text) {
    public Address {
        if (area == null) {
            Texts.required(text, "personal.address.text", Texts.LONG);
        }
        Texts.optional(text, "personal.address.text", Texts.LONG);
    }

    /**
     * An address as written only.
     *
     * @param text the address as written
     * @return the address
     */
    public static Address written(String text) {
        return new Address(null, Texts.required(text, "personal.address.text", Texts.LONG));
    }

    @Override
    public String toString() {
        return "Address[redacted]";
    }
}
