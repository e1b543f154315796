package id.gugus.cases;

import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.JurisdictionCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A place on a trafficking route: a jurisdiction inside Indonesia, or a country outside it, and
 * when the victims were there (an HTCDS 2.0 trafficking event: {@code hte_Country}, {@code hte_State},
 * {@code hte_City}, {@code hte_Date}; its type is the place's slot in the {@link Route}).
 *
 * @param jurisdiction the area, only for a place in Indonesia; null when only the country is known
 * @param on when this stage began (recruited, arrived in transit, exploitation began); null if unknown
 */
public record Place(CountryCode country, JurisdictionCode jurisdiction, LocalDate on) {
    public Place {
        Objects.requireNonNull(country, "country");
        if (jurisdiction != null && !country.isIndonesia()) {
            throw new IllegalArgumentException("a jurisdiction code names a place in Indonesia, not in " + country);
        }
    }

    /** A place without a date. */
    public Place(CountryCode country, JurisdictionCode jurisdiction) {
        this(country, jurisdiction, null);
    }

    public static Place in(JurisdictionCode jurisdiction) {
        return new Place(CountryCode.INDONESIA, Objects.requireNonNull(jurisdiction, "jurisdiction"));
    }

    public static Place abroad(CountryCode country) {
        return new Place(country, null);
    }

    /** This place with the date the stage began there. */
    public Place on(LocalDate date) {
        return new Place(country, jurisdiction, date);
    }

    public boolean isAbroad() {
        return !country.isIndonesia();
    }
}
