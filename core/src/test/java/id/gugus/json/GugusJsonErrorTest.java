package id.gugus.json;

import static id.gugus.validation.ViolationAssert.assertViolation;
import static id.gugus.validation.ViolationAssert.thrownViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gugus.agency.Agency;
import id.gugus.cases.TraffickingCase;
import id.gugus.common.CountryCode;
import id.gugus.error.ValidationException;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.plan.ActionPlan;
import id.gugus.taskforce.TaskForce;
import id.gugus.validation.Violation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every way a document can be wrong ends in one {@link ValidationException} whose violation
 * names the JSON path and the rule, in both languages.
 */
class GugusJsonErrorTest {
    private static final String CASE = GugusJson.writeWithPersonalData(Fixtures.traffickingCase());
    private static final String AGENCY = GugusJson.writeWithPersonalData(Fixtures.agency());

    private static final String TYPE_ID = "Jenis atau format nilai salah: seharusnya ";
    private static final String TYPE_EN = "The value has the wrong type or format: expected ";
    private static final String MISSING_ID = "Nilai wajib tidak ada.";
    private static final String MISSING_EN = "A required value is missing.";

    private static String kase(String from, String to) {
        assertThat(CASE).contains(from);
        return CASE.replace(from, to);
    }

    // --- JSON-UNKNOWN-FIELD

    @Test
    void unknownFieldAtTheRootIsNamed() {
        String json = AGENCY.replace("\"version\":3,", "\"version\":3,\"colour\":\"red\",");

        assertViolation(() -> GugusJson.read(json, Agency.class), "JSON-UNKNOWN-FIELD", "colour",
                "Tidak ada field 'colour' di sini.", "There is no field 'colour' here.");
    }

    @Test
    void unknownFieldInANestedObjectIsNamedWithItsPath() {
        String json = kase("\"name\":{\"full\":\"PT", "\"nickname\":\"x\",\"name\":{\"full\":\"PT");

        assertViolation(() -> GugusJson.read(json, TraffickingCase.class), "JSON-UNKNOWN-FIELD",
                "suspects[1].personal.nickname", "Tidak ada field 'nickname' di sini.", "There is no field 'nickname' here.");
    }

    @Test
    void aDerivedValueIsAnUnknownField() {
        String json = kase("{\"country\":\"KHM\"}", "{\"country\":\"KHM\",\"abroad\":true}");

        assertViolation(() -> GugusJson.read(json, TraffickingCase.class), "JSON-UNKNOWN-FIELD",
                "route.exploitation.abroad", "Tidak ada field 'abroad' di sini.", "There is no field 'abroad' here.");
    }

    @Test
    void aHugeUnknownFieldNameIsCapped() {
        String name = "x".repeat(500) + "\\u0007";
        String json = AGENCY.replace("\"version\":3,", "\"version\":3,\"" + name + "\":1,");

        Violation v = thrownViolation(() -> GugusJson.read(json, Agency.class));

        assertThat(v.ruleId()).isEqualTo("JSON-UNKNOWN-FIELD");
        assertThat(v.messageEn()).isEqualTo("There is no field '" + "x".repeat(40) + "…' here.");
        assertThat(v.path()).isEqualTo("x".repeat(40) + "…");
    }

    // --- JSON-TYPE

    @Test
    void textForANumberIsAWrongType() {
        assertViolation(() -> GugusJson.read(AGENCY.replace("\"version\":3", "\"version\":\"3\""), Agency.class),
                "JSON-TYPE", "version", TYPE_ID + "bilangan bulat.", TYPE_EN + "a whole number.");
    }

    @Test
    void anUnknownEnumNameListsTheAcceptedOnesButNotTheValue() {
        String json = kase("\"sex\":\"MALE\"", "\"sex\":\"Siti Aminah\"");

        Violation v = assertViolation(() -> GugusJson.read(json, TraffickingCase.class), "JSON-TYPE", "victims[1].sex",
                TYPE_ID + "salah satu dari FEMALE | MALE.", TYPE_EN + "one of FEMALE | MALE.");
        assertThat(v.messageEn() + v.messageId()).doesNotContain("Siti");
    }

    @Test
    void anEnumOrdinalIsRefused() {
        assertViolation(() -> GugusJson.read(kase("\"sex\":\"MALE\"", "\"sex\":1"), TraffickingCase.class),
                "JSON-TYPE", "victims[1].sex", TYPE_ID + "salah satu dari FEMALE | MALE.", TYPE_EN + "one of FEMALE | MALE.");
    }

    @Test
    void anObjectForAListIsAWrongType() {
        assertViolation(() -> GugusJson.read(kase("\"suspects\":[", "\"suspects\":{\"a\":["), TraffickingCase.class),
                "JSON-TYPE", "suspects", TYPE_ID + "array.", TYPE_EN + "an array.");
    }

    @Test
    void aMalformedUuidIsAWrongType() {
        String id = Fixtures.DINAS_PPPA.value().toString();
        for (String bad : new String[] {"1-1-1-1-1", "not-a-uuid", id + "0", id.replace("-", "")}) {
            assertViolation(() -> GugusJson.read(AGENCY.replace(id, bad), Agency.class),
                    "JSON-TYPE", "id", TYPE_ID + "UUID.", TYPE_EN + "a UUID.");
        }
    }

    @Test
    void onlyIsoDatesAreAccepted() {
        for (String bad : new String[] {"\"2026-02-30\"", "\"03/01/2026\"", "\"2026-01-03T00:00:00\"", "[2026,1,3]",
                "20260103", "\"\""}) {
            assertViolation(() -> GugusJson.read(kase("\"reportedOn\":\"2026-01-03\"", "\"reportedOn\":" + bad),
                    TraffickingCase.class), "JSON-TYPE", "reportedOn", TYPE_ID + "tanggal (yyyy-MM-dd).",
                    TYPE_EN + "a date (yyyy-MM-dd).");
        }
    }

    @Test
    void rupiahIsAWholeNumberWithinRange() {
        for (String bad : new String[] {"7500000.5", "7.5E6", "\"7500000\"", "99999999999999999999", "true"}) {
            assertViolation(() -> GugusJson.read(kase("\"claimed\":7500000", "\"claimed\":" + bad), TraffickingCase.class),
                    "JSON-TYPE", "victims[0].restitution[2].claimed", TYPE_ID + "bilangan bulat.", TYPE_EN + "a whole number.");
        }
    }

    @Test
    void aNumberForACodeIsAWrongType() {
        assertViolation(() -> GugusJson.read(kase("\"registeredIn\":\"61\"", "\"registeredIn\":61"), TraffickingCase.class),
                "JSON-TYPE", "registeredIn", TYPE_ID + "teks.", TYPE_EN + "a text.");
    }

    @Test
    void textForABooleanIsAWrongType() {
        assertViolation(() -> GugusJson.read(kase("\"consentGiven\":true", "\"consentGiven\":\"yes\""), TraffickingCase.class),
                "JSON-TYPE", "victims[0].referrals[0].consentGiven", TYPE_ID + "true atau false.", TYPE_EN + "true or false.");
    }

    // --- rules of the model, at their JSON path

    @Test
    void aBadCountryCodeInsideAVictimNamesThePathAndTheRule() {
        assertViolation(() -> GugusJson.read(kase("\"citizenship\":\"MYS\"", "\"citizenship\":\"XXX\""), TraffickingCase.class),
                "COUNTRY-CODE", "victims[2].citizenship", "'XXX' bukan kode negara ISO 3166-1 alpha-3.",
                "'XXX' is not an ISO 3166-1 alpha-3 country code.");
    }

    @Test
    void aBadJurisdictionCodeOnTheRouteNamesThePathAndTheRule() {
        assertViolation(() -> GugusJson.read(kase("\"jurisdiction\":\"21.71\"", "\"jurisdiction\":\"21.70\""), TraffickingCase.class),
                "JUR-CODE-FORMAT", "route.transit[0].jurisdiction",
                "'21.70' bukan kode wilayah Kemendagri (seharusnya ID, 61, 61.71, 61.71.01 atau 61.71.01.1001).",
                "'21.70' is not a Kemendagri area code (expected ID, 61, 61.71, 61.71.01 or 61.71.01.1001).");
    }

    @Test
    void aBadNikNamesThePathButNeverTheValue() {
        String nik = "61010154050900019";
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> GugusJson.read(kase("\"nik\":\"6101015405090001\"", "\"nik\":\"" + nik + "\""), TraffickingCase.class));

        assertViolation(e.violations().get(0), "CASE-NIK-FORMAT", "victims[0].personal.nik",
                "NIK harus terdiri dari tepat 16 angka.", "A NIK is exactly 16 digits.");
        assertThat(e.getMessage()).isEqualTo("[CASE-NIK-FORMAT] victims[0].personal.nik: A NIK is exactly 16 digits.");
        assertThat(e.getMessage() + e.getMessage(Locale.forLanguageTag("id")) + e + e.violations())
                .doesNotContain(nik).doesNotContain("6101015405");
        assertThat(e.getCause()).as("no Jackson message, which quotes the input, is kept").isNull();
    }

    @Test
    void aNikOfTheWrongTypeIsNotEchoedEither() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> GugusJson.read(kase("\"nik\":\"6101015405090001\"", "\"nik\":6101015405090001"), TraffickingCase.class));

        assertThat(e.violations()).extracting(Violation::ruleId, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("JSON-TYPE", "victims[0].personal.nik"));
        assertThat(e.getMessage() + e.getMessage(Locale.forLanguageTag("id"))).doesNotContain("6101015405090001");
    }

    @Test
    void aNegativeRupiahInsideARestitutionNamesThePathAndTheRule() {
        assertViolation(() -> GugusJson.read(kase("\"claimed\":7500000", "\"claimed\":-1500"), TraffickingCase.class),
                "MONEY-NEGATIVE", "victims[0].restitution[2].claimed", "Jumlah rupiah tidak boleh negatif (diberikan -1.500).",
                "A rupiah amount cannot be negative (got -1,500).");
    }

    @Test
    void aNegativeBudgetNamesItsPath() {
        String json = GugusJson.writeWithPersonalData(Fixtures.actionPlan()).replace("\"amount\":0,", "\"amount\":-1,");

        assertViolation(() -> GugusJson.read(json, ActionPlan.class), "MONEY-NEGATIVE", "activities[1].budget.amount",
                "Jumlah rupiah tidak boleh negatif (diberikan -1).", "A rupiah amount cannot be negative (got -1).");
    }

    @Test
    void aBlankNameBrokenInAConstructorNamesTheField() throws Exception {
        String taskForce = GugusJson.writeWithPersonalData(Fixtures.taskForce()).replaceFirst("Irjen Pol. Pipit Rismanto", " ");
        ObjectNode agency = (ObjectNode) GugusJson.mapperWithPersonalData().readTree(AGENCY);
        agency.put("name", "");

        assertViolation(() -> GugusJson.read(taskForce, TaskForce.class),
                "TEXT-REQUIRED", "dailyChair.name", "Nilai wajib diisi.", "A value is required.");
        assertViolation(() -> GugusJson.read(agency.toString(), Agency.class),
                "TEXT-REQUIRED", "name", "Nilai wajib diisi.", "A value is required.");
    }

    @Test
    void aControlCharacterInATextNamesTheField() {
        assertViolation(() -> GugusJson.read(kase("\"full\":\"PT", "\"full\":\"\\u0000PT"), TraffickingCase.class),
                "TEXT-FORMAT", "suspects[1].personal.name.full",
                "Teks mengandung karakter kontrol (hanya baris baru dan tab yang diperbolehkan).",
                "The text contains a control character (only line breaks and tabs are allowed).");
    }

    @Test
    void aPeriodEndingBeforeItStartsNamesThePeriod() {
        String json = GugusJson.writeWithPersonalData(Fixtures.actionPlan())
                .replace("\"period\":{\"start\":\"2026-01-01\",\"end\":\"2029-12-31\"}",
                        "\"period\":{\"start\":\"2029-12-31\",\"end\":\"2026-01-01\"}");

        assertViolation(() -> GugusJson.read(json, ActionPlan.class), "PERIOD-ORDER", "period",
                "Periode berakhir (2026-01-01) sebelum dimulai (2029-12-31).",
                "The period ends (2026-01-01) before it starts (2029-12-31).");
    }

    @Test
    void aRuleBrokenByTheRootValueIsAtTheRoot() {
        assertViolation(() -> GugusJson.read("\"XYZ\"", CountryCode.class), "COUNTRY-CODE", "$",
                "'XYZ' bukan kode negara ISO 3166-1 alpha-3.", "'XYZ' is not an ISO 3166-1 alpha-3 country code.");
        assertThat(GugusJson.read("\"61.71\"", JurisdictionCode.class)).isEqualTo(JurisdictionCode.of("61.71"));
    }

    // --- JSON-MISSING

    @Test
    void aMissingRequiredObjectFieldIsNamed() {
        assertViolation(() -> GugusJson.read(kase("\"sex\":\"MALE\",", ""), TraffickingCase.class),
                "JSON-MISSING", "victims[1].sex", MISSING_ID, MISSING_EN);
        assertViolation(() -> GugusJson.read(kase("\"sex\":\"MALE\",", "\"sex\":null,"), TraffickingCase.class),
                "JSON-MISSING", "victims[1].sex", MISSING_ID, MISSING_EN);
        String id = "\"id\":\"" + Fixtures.DINAS_PPPA.value() + "\",";
        assertViolation(() -> GugusJson.read(AGENCY.replace(id, ""), Agency.class), "JSON-MISSING", "id", MISSING_ID, MISSING_EN);
    }

    @Test
    void aMissingOrNullPrimitiveIsNamedNotDefaulted() {
        assertViolation(() -> GugusJson.read(AGENCY.replace("\"version\":3,", ""), Agency.class),
                "JSON-MISSING", "version", MISSING_ID, MISSING_EN);
        assertViolation(() -> GugusJson.read(AGENCY.replace("\"version\":3,", "\"version\":null,"), Agency.class),
                "JSON-MISSING", "version", MISSING_ID, MISSING_EN);
        assertViolation(() -> GugusJson.read(kase(",\"consentGiven\":true", ""), TraffickingCase.class),
                "JSON-MISSING", "victims[0].referrals[0].consentGiven", MISSING_ID, MISSING_EN);
    }

    @Test
    void aNullElementOfAListIsNamedByIndex() {
        assertViolation(() -> GugusJson.read(kase("\"controlMethods\":[\"THREATS\"]", "\"controlMethods\":[\"THREATS\",null]"),
                TraffickingCase.class), "JSON-MISSING", "victims[2].controlMethods[1]", MISSING_ID, MISSING_EN);
        assertViolation(() -> GugusJson.read(kase("\"suspects\":[", "\"suspects\":[null,"), TraffickingCase.class),
                "JSON-MISSING", "suspects[0]", MISSING_ID, MISSING_EN);
    }

    @Test
    void aNullDocumentIsMissing() {
        assertViolation(() -> GugusJson.read("null", Agency.class), "JSON-MISSING", "$", MISSING_ID, MISSING_EN);
    }

    @Test
    void optionalFieldsMayBeLeftOut() throws Exception {
        ObjectNode tree = (ObjectNode) GugusJson.mapperWithPersonalData().readTree(CASE);
        tree.remove("closingReason");

        TraffickingCase read = GugusJson.read(tree.toString(), TraffickingCase.class);

        assertThat(read.closingReason()).isNull();
        assertThat(read.victims()).isEqualTo(Fixtures.traffickingCase().victims());
    }

    // --- JSON-INVALID

    @Test
    void valuesThatDoNotFitTogetherAreInvalid() {
        // A jurisdiction code names a place in Indonesia, never in Cambodia.
        assertViolation(() -> GugusJson.read(kase("{\"country\":\"KHM\"}", "{\"country\":\"KHM\",\"jurisdiction\":\"61\"}"),
                TraffickingCase.class), "JSON-INVALID", "route.exploitation",
                "Nilai-nilai ini tidak membentuk Place yang sah.", "These values do not make a valid Place.");
    }

    // --- JSON-SYNTAX

    @Test
    void malformedJsonGivesLineAndColumn() {
        assertViolation(() -> GugusJson.read("{\n  \"id\": ,\n}", Agency.class), "JSON-SYNTAX", "id",
                "Teks ini bukan JSON yang benar, memuat teks setelah nilainya, atau mengulang suatu field (baris 2, kolom 9).",
                "The text is not well-formed JSON, has text after the value or repeats a field (line 2, column 9).");
    }

    @Test
    void truncatedTrailingEmptyAndRepeatedAreSyntaxErrors() {
        for (String bad : new String[] {CASE.substring(0, CASE.length() / 2), CASE + " {}", "", "   ",
                AGENCY.replace("\"version\":3,", "\"version\":3,\"version\":4,"), "{'id': 1}", "{\"id\": \"x"}) {
            Violation v = thrownViolation(() -> GugusJson.read(bad, TraffickingCase.class));
            assertThat(v.ruleId()).as(bad).isEqualTo("JSON-SYNTAX");
            assertThat(v.messageEn()).startsWith("The text is not well-formed JSON");
            assertThat(v.messageId()).startsWith("Teks ini bukan JSON yang benar");
        }
    }

    @Test
    void syntaxErrorsDoNotQuoteTheInput() {
        Violation v = thrownViolation(() -> GugusJson.read("{\"name\": Siti Aminah}", Agency.class));

        assertThat(v.ruleId()).isEqualTo("JSON-SYNTAX");
        assertThat(v.messageEn() + v.messageId()).doesNotContain("Siti");
    }

    // --- the contract for callers with their own mapper

    @Test
    void translateGivesTheSameViolationAsRead() {
        String json = kase("\"citizenship\":\"MYS\"", "\"citizenship\":\"XXX\"");
        JsonProcessingException raw = catchThrowableOfType(JsonProcessingException.class,
                () -> GugusJson.mapperWithPersonalData().readValue(json, TraffickingCase.class));

        ValidationException translated = GugusJson.translate(raw);

        assertThat(translated.violations()).isEqualTo(
                catchThrowableOfType(ValidationException.class, () -> GugusJson.read(json, TraffickingCase.class)).violations());
    }

    @Test
    void aValidDocumentBreaksNoRule() {
        assertThat(GugusJson.read(GugusJson.writeWithPersonalData(Fixtures.taskForce()), TaskForce.class)).isEqualTo(Fixtures.taskForce());
    }
}
