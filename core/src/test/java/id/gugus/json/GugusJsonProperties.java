package id.gugus.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyId;
import id.gugus.agency.AgencyType;
import id.gugus.cases.Place;
import id.gugus.cases.Restitution;
import id.gugus.cases.RestitutionHead;
import id.gugus.cases.RestitutionState;
import id.gugus.cases.Route;
import id.gugus.common.CountryCode;
import id.gugus.common.Rupiah;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.jurisdiction.JurisdictionDirectory;
import id.gugus.plan.Indicator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Round trips of generated values, and that no input makes {@link GugusJson#read} throw anything else. */
class GugusJsonProperties {
    private static final List<Jurisdiction> AREAS = JurisdictionDirectory.bundled().all();
    private static final List<String> FOREIGN = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream()
            .filter(c -> !c.equals("IDN")).sorted().toList();

    @Property
    void agenciesRoundTrip(@ForAll("agencies") Agency agency) {
        assertThat(GugusJson.read(GugusJson.writeWithPersonalData(agency), Agency.class)).isEqualTo(agency);
    }

    @Property
    void jurisdictionsRoundTrip(@ForAll("jurisdictions") Jurisdiction area) {
        String json = GugusJson.writeWithPersonalData(area);

        assertThat(GugusJson.read(json, Jurisdiction.class)).isEqualTo(area);
        assertThat(json).startsWith("{\"code\":\"" + area.code().value() + "\",\"name\":");
    }

    @Property
    void restitutionsRoundTrip(@ForAll("restitutions") Restitution restitution) {
        assertThat(GugusJson.read(GugusJson.writeWithPersonalData(restitution), Restitution.class)).isEqualTo(restitution);
    }

    @Property
    void routesRoundTrip(@ForAll("routes") Route route) {
        assertThat(GugusJson.read(GugusJson.writeWithPersonalData(route), Route.class)).isEqualTo(route);
    }

    @Property
    void decimalsRoundTripWithTheirScale(@ForAll("decimals") BigDecimal target) {
        Indicator indicator = new Indicator("Sekolah", "sekolah", target);

        Indicator read = GugusJson.read(GugusJson.writeWithPersonalData(indicator), Indicator.class);

        assertThat(read).isEqualTo(indicator);
        assertThat(read.target().scale()).isEqualTo(target.scale());
    }

    /** Whatever the text, the caller sees a value or a ValidationException, nothing else. */
    @Property
    void anyTextIsReadOrRefusedWithAValidationException(@ForAll String text) {
        assertReadOrRefused(text);
    }

    @Property
    void damagedDocumentsAreReadOrRefusedWithAValidationException(
            @ForAll("agencies") Agency agency, @ForAll @IntRange(max = 10_000) int at, @ForAll("damage") String damage,
            @ForAll @IntRange(max = 8) int cut) {
        String json = GugusJson.writeWithPersonalData(agency);
        int from = at % (json.length() + 1);
        int to = Math.min(json.length(), from + cut);

        assertReadOrRefused(json.substring(0, from) + damage + json.substring(to));
    }

    private static void assertReadOrRefused(String text) {
        try {
            assertThat(GugusJson.read(text, Agency.class)).isNotNull();
        } catch (ValidationException e) {
            assertThat(e.violations()).hasSize(1);
            assertThat(e.violations().get(0).path()).isNotEmpty().hasSizeLessThan(200);
        }
    }

    @Provide
    Arbitrary<String> damage() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "\"", "{", "}", "[", "]", ",", ":", "null", "-1", "1.5", "\"x\"", "\\", "\\u0000",
                        "\"version\":", "\"name\":null,", "true", "1e400", "99999999999999999999"),
                Arbitraries.strings().ofMaxLength(4));
    }

    @Provide
    Arbitrary<Agency> agencies() {
        return Combinators.combine(uuids(), Arbitraries.longs(), texts(), Arbitraries.of(AgencyType.class), codes())
                .as((id, version, name, type, code) -> new Agency(new AgencyId(id), version, name, type, code));
    }

    @Provide
    Arbitrary<Jurisdiction> jurisdictions() {
        return Arbitraries.oneOf(Arbitraries.of(AREAS),
                Combinators.combine(codes(), texts()).as(Jurisdiction::new));
    }

    @Provide
    Arbitrary<Restitution> restitutions() {
        Arbitrary<Rupiah> amounts = Arbitraries.oneOf(
                Arbitraries.longs().between(0, Rupiah.MAX), Arbitraries.of(0L, 1L, Rupiah.MAX, 999_999_999_999_999L))
                .map(Rupiah::of);
        return Combinators.combine(Arbitraries.of(RestitutionHead.class), amounts, amounts.injectNull(0.3),
                Arbitraries.of(RestitutionState.class)).as(Restitution::new);
    }

    @Provide
    Arbitrary<Route> routes() {
        Arbitrary<Place> places = Arbitraries.oneOf(
                codes().map(Place::in),
                Arbitraries.of(FOREIGN).map(c -> Place.abroad(CountryCode.of(c))),
                Arbitraries.just(new Place(CountryCode.INDONESIA, null)));
        return Combinators.combine(places.injectNull(0.2), places.list().ofMaxSize(5), places.injectNull(0.2))
                .as((recruitment, transit, exploitation) ->
                        new Route(recruitment, com.google.common.collect.ImmutableList.copyOf(transit), exploitation));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        // Every scale and precision inside the bound of Decimals: at most 15 integer digits, 4 decimals.
        return Arbitraries.integers().between(-14, 4).flatMap(scale -> {
            BigInteger limit = BigInteger.TEN.pow(15 + scale).subtract(BigInteger.ONE);
            return Arbitraries.bigIntegers().between(limit.negate(), limit).map(unscaled -> new BigDecimal(unscaled, scale));
        });
    }

    /** Codes of the bundled directory: provinces, regencies and districts that exist. */
    static Arbitrary<JurisdictionCode> codes() {
        return Arbitraries.of(AREAS).map(Jurisdiction::code);
    }

    static Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    /** Non-blank text of up to 200 code points, any script, 4-byte characters, no control character. */
    static Arbitrary<String> texts() {
        Arbitrary<String> anyPlane = Arbitraries.integers().between(0x20, 0x10FFFF)
                .filter(c -> !Character.isISOControl(c) && !Character.isSurrogate((char) c.intValue()) && Character.isDefined(c))
                .list().ofMinSize(1).ofMaxSize(200)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
        return Arbitraries.oneOf(anyPlane, Arbitraries.of(Fixtures.HOSTILE)).filter(s -> !s.isBlank());
    }
}
