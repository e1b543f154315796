package id.gugus.cases;

import id.gugus.common.CountryCode;
import id.gugus.jurisdiction.JurisdictionCode;
import java.util.Objects;

/**
 * A place on a trafficking route: a jurisdiction inside Indonesia, or a country outside it.
 *
 * @param jurisdiction the area, only for a place in Indonesia; null when only the country is known
 */
public record Place(CountryCode country, JurisdictionCode jurisdiction) {
    public Place {
        Objects.requireNonNull(country, "country");
        if (jurisdiction != null && !country.isIndonesia()) {
            throw new IllegalArgumentException("a jurisdiction code names a place in Indonesia, not in " + country);
        }
    }

    public static Place in(JurisdictionCode jurisdiction) {
        return new Place(CountryCode.INDONESIA, Objects.requireNonNull(jurisdiction, "jurisdiction"));
    }

    public static Place abroad(CountryCode country) {
        return new Place(country, null);
    }

    public boolean isAbroad() {
        return !country.isIndonesia();
    }
}
