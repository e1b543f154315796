package id.gugus.common;

import com.google.common.collect.ImmutableSet;
import id.gugus.error.ValidationException;
import java.util.Locale;
import java.util.Objects;

/** An ISO 3166-1 alpha-3 country code such as {@code IDN} or {@code KHM}. */
public record CountryCode(String value) {
    private static final ImmutableSet<String> ISO_ALPHA3 =
            ImmutableSet.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    public static final CountryCode INDONESIA = new CountryCode("IDN");

    public CountryCode {
        Objects.requireNonNull(value, "value");
        if (!ISO_ALPHA3.contains(value)) {
            throw ValidationException.invalidValue(CommonRule.COUNTRY_CODE, "country", Texts.echo(value));
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    public boolean isIndonesia() {
        return value.equals("IDN");
    }

    @Override
    public String toString() {
        return value;
    }
}
