package id.gugus.exchange;

import com.google.common.collect.ImmutableMap;
import id.gugus.common.CountryCode;
import java.util.Locale;
import java.util.Map;

/**
 * The regions a country is generalised to in {@link CtdcMicrodata}: the groups of countries
 * Indonesian victims are trafficked to and from (ASEAN, East Asia, the Middle East, ...), so that a
 * published file can say "Middle East" where "Qatar" would single a victim out. The grouping is
 * the one IOM and BP2MI tables of Indonesian migrant workers use; a country not listed is
 * {@link #OTHER}. Indonesia is a member of ASEAN but never generalised to it: the microdata keep
 * "Indonesia" apart, as domestic trafficking, until the coarser domestic/abroad level.
 */
enum WorldRegion {
    ASEAN("ASEAN", "BRN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM", "TLS"),
    EAST_ASIA("East Asia", "CHN", "HKG", "MAC", "TWN", "KOR", "PRK", "JPN", "MNG"),
    SOUTH_ASIA("South Asia", "IND", "PAK", "BGD", "LKA", "NPL", "BTN", "MDV", "AFG"),
    MIDDLE_EAST("Middle East", "SAU", "ARE", "QAT", "KWT", "OMN", "BHR", "YEM", "JOR", "IRQ", "IRN", "ISR", "PSE",
            "LBN", "SYR", "TUR", "EGY"),
    OCEANIA("Oceania", "AUS", "NZL", "PNG", "FJI", "SLB", "VUT", "WSM", "TON", "KIR", "FSM", "MHL", "PLW", "NRU", "TUV"),
    EUROPE("Europe", "GBR", "IRL", "FRA", "DEU", "NLD", "BEL", "LUX", "CHE", "AUT", "ITA", "ESP", "PRT", "GRC", "POL",
            "CZE", "SVK", "HUN", "ROU", "BGR", "HRV", "SVN", "SRB", "BIH", "MNE", "MKD", "ALB", "DNK", "NOR", "SWE",
            "FIN", "ISL", "EST", "LVA", "LTU", "UKR", "BLR", "MDA", "RUS", "CYP", "MLT"),
    AMERICAS("Americas", "USA", "CAN", "MEX", "BRA", "ARG", "CHL", "COL", "PER", "VEN", "ECU", "BOL", "PRY", "URY",
            "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "HTI", "JAM", "TTO"),
    AFRICA("Africa", "ZAF", "NGA", "KEN", "ETH", "TZA", "UGA", "GHA", "MAR", "DZA", "TUN", "LBY", "SDN", "SSD",
            "SOM", "SEN", "CIV", "CMR", "AGO", "MOZ", "MDG", "ZWE", "ZMB", "MWI", "RWA", "MUS", "SYC"),
    /** Every country not listed in another region. */
    OTHER("other region");

    private static final Map<String, WorldRegion> BY_COUNTRY;
    private static final Map<String, String> ALPHA2;

    static {
        ImmutableMap.Builder<String, WorldRegion> regions = ImmutableMap.builder();
        for (WorldRegion r : values()) {
            for (String c : r.countries) {
                regions.put(c, r);
            }
        }
        BY_COUNTRY = regions.buildOrThrow();
        ImmutableMap.Builder<String, String> alpha2 = ImmutableMap.builder();
        for (String a2 : Locale.getISOCountries()) {
            alpha2.put(new Locale("", a2).getISO3Country(), a2);
        }
        ALPHA2 = alpha2.buildKeepingLast();
    }

    private final String label;
    private final String[] countries;

    WorldRegion(String label, String... countries) {
        this.label = label;
        this.countries = countries;
    }

    /** The text written in the microdata file. */
    String label() {
        return label;
    }

    /** The region of a country other than Indonesia; {@link #OTHER} if not listed. */
    static WorldRegion of(CountryCode country) {
        return BY_COUNTRY.getOrDefault(country.value(), OTHER);
    }

    /** The ISO 3166-1 alpha-2 code CTDC uses for a country Gugus holds as alpha-3. */
    static String alpha2(CountryCode country) {
        return ALPHA2.getOrDefault(country.value(), country.value());
    }
}
