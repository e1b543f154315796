package id.gugus.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.cases.Place;
import id.gugus.cases.Referral;
import id.gugus.cases.ServiceType;
import id.gugus.cases.TraffickingCase;
import id.gugus.cases.Victim;
import id.gugus.common.CountryCode;
import id.gugus.common.Rupiah;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.meeting.CoordinationMeeting;
import id.gugus.plan.ActionPlan;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.TaskForce;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

class GugusJsonRoundTripTest {

    static Stream<Arguments> everyAggregate() {
        return Stream.of(
                Arguments.of(Agency.class, Fixtures.agency()),
                Arguments.of(TaskForce.class, Fixtures.taskForce()),
                Arguments.of(TraffickingCase.class, Fixtures.traffickingCase()),
                Arguments.of(ActionPlan.class, Fixtures.actionPlan()),
                Arguments.of(CoordinationMeeting.class, Fixtures.meeting()),
                Arguments.of(Jurisdiction.class, Fixtures.jurisdiction()),
                Arguments.of(Decree.class, Fixtures.draftDecree()));
    }

    @ParameterizedTest
    @MethodSource("everyAggregate")
    <T> void roundTripsToAnEqualObject(Class<T> type, T value) {
        String json = GugusJson.writeWithPersonalData(value);

        T read = GugusJson.read(json, type);

        assertThat(read).isEqualTo(value);
        assertThat(GugusJson.writeWithPersonalData(read)).as("writing is stable").isEqualTo(json);
    }

    @ParameterizedTest
    @MethodSource("everyAggregate")
    <T> void writesOnlyRecordComponentsAndScalarValues(Class<T> type, T value) throws Exception {
        JsonNode tree = GugusJson.mapperWithPersonalData().readTree(GugusJson.writeWithPersonalData(value));

        JsonShape.check(value, tree, "");
    }

    @Test
    void derivedAccessorsAreNotWritten() throws Exception {
        String json = GugusJson.writeWithPersonalData(Fixtures.traffickingCase()) + GugusJson.writeWithPersonalData(Fixtures.taskForce())
                + GugusJson.writeWithPersonalData(Fixtures.actionPlan()) + GugusJson.writeWithPersonalData(Fixtures.jurisdiction())
                + GugusJson.writeWithPersonalData(Fixtures.meeting());

        assertThat(json).doesNotContain(
                "\"wasChild\"", "\"child\"", "\"abroad\"", "\"isAbroad\"", "\"hasChildVictim\"", "\"childVictim\"",
                "\"ageWhenTrafficked\"", "\"level\":\"VILLAGE\"", "\"kind\":\"DESA\"", "\"signed\"", "\"isSigned\"",
                "\"realised\":1000", "\"citizen\"", "\"empty\"", "\"exploitationAbroad\"", "\"parent\":\"53");
        // Jurisdiction: only code and name, not level, kind or parent.
        assertThat(GugusJson.mapperWithPersonalData().readTree(GugusJson.writeWithPersonalData(Fixtures.jurisdiction())).properties())
                .extracting(e -> e.getKey())
                .containsExactly("code", "name");
    }

    @Test
    void valueTypesAreScalars() throws Exception {
        JsonNode c = GugusJson.mapperWithPersonalData().readTree(GugusJson.writeWithPersonalData(Fixtures.traffickingCase()));

        assertThat(c.get("id").textValue()).isEqualTo(Fixtures.uuid("case:1").toString());
        assertThat(c.get("registeredIn").textValue()).isEqualTo("61");
        assertThat(c.get("reportedOn").textValue()).isEqualTo("2026-01-03");
        assertThat(c.get("number").textValue()).isEqualTo("LP/B/123/X/2026/SPKT/POLDA KALBAR \"🙂\"");
        JsonNode child = c.get("victims").get(0);
        assertThat(child.get("citizenship").textValue()).isEqualTo("IDN");
        assertThat(child.get("personal").get("nik").textValue()).isEqualTo("6101015405090001");
        assertThat(child.get("restitution").get(1).get("claimed").isIntegralNumber()).isTrue();
        assertThat(child.get("restitution").get(1).get("claimed").longValue()).isEqualTo(Rupiah.MAX);
        assertThat(child.get("services").get(0).get("provider").textValue()).isEqualTo(Fixtures.BP3MI.value().toString());
        assertThat(GugusJson.writeWithPersonalData(Rupiah.of(999_999_999_999_999L))).isEqualTo("999999999999999");
        assertThat(GugusJson.writeWithPersonalData(CountryCode.of("KHM"))).isEqualTo("\"KHM\"");
    }

    @Test
    void decimalsKeepTheirExactValueAndScale() {
        ActionPlan plan = GugusJson.read(GugusJson.writeWithPersonalData(Fixtures.actionPlan()), ActionPlan.class);

        assertThat(plan.activities().get(0).indicator().target())
                .isEqualTo(new BigDecimal("123456789012345.0001"));
        assertThat(plan.activities().get(0).progress())
                .extracting(p -> p.realised())
                .containsExactly(new BigDecimal("1E+3"), new BigDecimal("0.10"), new BigDecimal("1E-4"));
        assertThat(plan.activities().get(0).progress().get(1).realised().scale()).isEqualTo(2);
    }

    @Test
    void falseIsWrittenAndReadBack() {
        Referral refused = new Referral(Fixtures.BP3MI, Fixtures.LPSK, LocalDate.of(2026, 2, 1), ServiceType.LEGAL_AID, false);

        String json = GugusJson.writeWithPersonalData(refused);

        assertThat(json).contains("\"consentGiven\":false");
        assertThat(GugusJson.read(json, Referral.class)).isEqualTo(refused);
    }

    @ParameterizedTest
    @FieldSource("id.gugus.json.Fixtures#HOSTILE")
    void hostileTextRoundTrips(String text) {
        Agency agency = new Agency(Fixtures.DINAS_PPPA, 1, text, AgencyType.NGO, Fixtures.KALBAR);

        String json = GugusJson.writeWithPersonalData(agency);

        assertThat(GugusJson.read(json, Agency.class)).isEqualTo(agency);
        // Output is valid UTF-8 JSON text: no raw control character, and 4-byte characters survive bytes.
        assertThat(json.chars()).noneMatch(c -> c < 0x20);
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        assertThat(new String(utf8, StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void fourByteCharactersAreWrittenAsThemselves() {
        String json = GugusJson.writeWithPersonalData(Fixtures.agency());

        assertThat(json).contains("🧒🏽").contains("\\\"Kalbar\\\"").contains("'; drop table case;--");
    }

    @Test
    void readsFromAReaderWithoutClosingIt() {
        String json = GugusJson.writeWithPersonalData(Fixtures.meeting());
        boolean[] closed = {false};
        StringReader reader = new StringReader(json) {
            @Override
            public void close() {
                closed[0] = true;
                super.close();
            }
        };

        assertThat(GugusJson.read(reader, CoordinationMeeting.class)).isEqualTo(Fixtures.meeting());
        assertThat(closed[0]).isFalse();
    }

    @Test
    void mapperGivesIndependentCopies() throws Exception {
        ObjectMapper mine = GugusJson.mapperWithPersonalData().enable(SerializationFeature.INDENT_OUTPUT);

        assertThat(mine.writeValueAsString(Fixtures.agency())).contains("\n");
        assertThat(GugusJson.writeWithPersonalData(Fixtures.agency())).doesNotContain("\n");
        assertThat(GugusJson.mapperWithPersonalData().writeValueAsString(Fixtures.agency())).isEqualTo(GugusJson.writeWithPersonalData(Fixtures.agency()));
    }

    @Test
    void theModuleAloneGivesTheSameFormat() throws Exception {
        ObjectMapper plain = new ObjectMapper().registerModule(new GugusModule(true));

        TraffickingCase c = Fixtures.traffickingCase();
        JsonNode viaModule = plain.readTree(plain.writeValueAsString(c));
        JsonNode viaGugusJson = plain.readTree(GugusJson.writeWithPersonalData(c));

        // A plain mapper also writes nulls; apart from them the trees agree.
        assertThat(plain.writeValueAsString(c)).contains("\"closingReason\"");
        assertThat(plain.readValue(plain.writeValueAsString(c), TraffickingCase.class)).isEqualTo(c);
        assertThat(viaModule.get("victims").get(0).get("birthDate")).isEqualTo(viaGugusJson.get("victims").get(0).get("birthDate"));
        assertThat(viaModule.get("id")).isEqualTo(viaGugusJson.get("id"));
        assertThat(viaModule.get("route").get("exploitation").get("abroad")).isNull();
    }

    @Test
    void placeAndVictimExposeDerivedValuesThatStayOutOfJson() {
        // Guards the test above: these accessors exist, so their absence is the module's doing.
        assertThat(Place.abroad(CountryCode.of("KHM")).isAbroad()).isTrue();
        Victim child = Fixtures.traffickingCase().victims().get(0);
        assertThat(child.wasChild()).isTrue();
        assertThat(child.isCitizen()).isTrue();
        assertThat(Fixtures.taskForce().decree().isSigned()).isTrue();
    }

    /** A future value type with one component would silently become {"value": ...}: catch it here. */
    @Test
    void everySingleValueRecordOfTheModelIsAJsonScalar() throws Exception {
        List<Class<?>> singleValueRecords = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.gugus")
                .stream()
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(c -> c.getRecordComponents().length == 1)
                .filter(c -> Set.of(UUID.class, String.class, long.class).contains(c.getRecordComponents()[0].getType()))
                .toList();

        assertThat(singleValueRecords).hasSizeGreaterThanOrEqualTo(13);
        ObjectMapper mapper = GugusJson.mapperWithPersonalData();
        for (Class<?> type : singleValueRecords) {
            JsonSerializer<Object> serializer = mapper.getSerializerProviderInstance().findValueSerializer(type);
            assertThat(serializer).as(type.getName()).isInstanceOf(StdScalarSerializer.class);
            RecordComponent only = type.getRecordComponents()[0];
            assertThat(only.getName()).as(type.getName()).isIn("value", "amount");
        }
    }
}
