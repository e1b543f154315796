package id.gugus.exchange;

import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;

/**
 * Values for what a Gugus case requires and an HTCDS file of another system may lack (the
 * {@code gugus_} extension columns a Gugus export writes). A value of the file always wins; a
 * default applies to the rows that leave the column empty. Null: no default, the column is required.
 *
 * @param registeredIn the area that registers the imported cases ({@code gugus_RegisteredIn})
 * @param reportedOn the report date of the imported cases ({@code gugus_ReportedOn})
 * @param traffickedOn the date each victim was trafficked ({@code gugus_TraffickedOn}), the reference for the age
 */
public record HtcdsImportDefaults(JurisdictionCode registeredIn, LocalDate reportedOn, LocalDate traffickedOn) {
    /** No default: every value comes from the file (as for a Gugus export). */
    public static final HtcdsImportDefaults NONE = new HtcdsImportDefaults(null, null, null);
}
