package id.gugus.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.gugus.agency.Agency;
import id.gugus.agency.AgencyType;
import id.gugus.audit.AuditAction;
import id.gugus.audit.AuditEntry;
import id.gugus.cases.CaseNumber;
import id.gugus.cases.PersonName;
import id.gugus.cases.PersonalData;
import id.gugus.cases.StatusChange;
import id.gugus.cases.CaseStatus;
import id.gugus.error.ValidationException;
import id.gugus.json.GugusJson;
import id.gugus.jurisdiction.Jurisdiction;
import id.gugus.jurisdiction.JurisdictionCode;
import id.gugus.meeting.Decision;
import id.gugus.plan.Indicator;
import id.gugus.taskforce.Decree;
import id.gugus.taskforce.Official;
import id.gugus.taskforce.Position;
import id.gugus.validation.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue #16, item 6: an unpaired UTF-16 surrogate is no character; PostgreSQL and MariaDB stored
 * it as {@code ?}. Every text of the model refuses it (TEXT-FORMAT, at the field), directly and
 * from JSON, and takes every well-formed text within its limit exactly as given.
 */
class WellFormedTextProperties {
    private static final JurisdictionCode KALBAR = JurisdictionCode.of("61");

    /** Every kind of free text of the model, by the path its violation names. */
    private static final Map<String, Function<String, Object>> TEXTS = Map.ofEntries(
            Map.entry("agency.name", s -> Agency.create(s, AgencyType.OTHER, KALBAR)),
            Map.entry("case.number", CaseNumber::of),
            Map.entry("personal.name.full", PersonalData::named),
            Map.entry("personal.name.known", s -> new PersonName("Siti", s)),
            Map.entry("personal.contacts.value", s -> PersonalData.of(null, null, s, null)),
            Map.entry("personal.address.text", s -> PersonalData.of(null, null, null, s)),
            Map.entry("jurisdiction.name", s -> new Jurisdiction(KALBAR, s)),
            Map.entry("official.name", s -> Official.of(Position.GOVERNOR, s)),
            Map.entry("decree.number", Decree::draft),
            Map.entry("decision.text", s -> new Decision(s, null)),
            Map.entry("indicator.unit", s -> new Indicator("Capaian", s, java.math.BigDecimal.ONE)),
            Map.entry("statusHistory.reason", s -> new StatusChange(CaseStatus.INQUIRY, CaseStatus.CLOSED, LocalDate.of(2025, 1, 1), s)),
            Map.entry("audit.actorId", s -> AuditEntry.allowed(Instant.EPOCH, s, AuditAction.READ, "Case", null, 0, KALBAR)));

    @Property
    void everyTextRefusesAnUnpairedSurrogateWherever(@ForAll("withUnpairedSurrogate") String text) {
        TEXTS.forEach((path, build) -> {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> build.apply(text));
            assertThat(e).as("%s with an unpaired surrogate", path).isNotNull();
            assertThat(e.violations()).singleElement().extracting(Violation::ruleId, Violation::path)
                    .containsExactly("TEXT-FORMAT", path);
            assertThat(e.violations().get(0).messageEn()).contains("unpaired UTF-16 surrogate");
        });
    }

    @Property
    void everyWellFormedTextIsKeptExactly(@ForAll("wellFormed") String text) {
        assertThat(Texts.optional(text, "x", Texts.SHORT)).isSameAs(text);
        assertThat(Texts.isWellFormed(text)).isTrue();
        assertThat(CaseNumber.of(text).value()).isEqualTo(text);
        assertThat(GugusJson.read(GugusJson.write(Agency.create(text, AgencyType.OTHER, KALBAR)), Agency.class).name())
                .isEqualTo(text);
    }

    @Property
    void jsonWithAnEscapedLoneSurrogateIsRefusedAtItsPath(@ForAll("loneSurrogates") char lone, @ForAll("wellFormed") String around) {
        int[] points = around.codePoints().toArray();
        String escaped = new String(points, 0, points.length / 2) + String.format("\\u%04x", (int) lone) + "x"
                + new String(points, points.length / 2, points.length - points.length / 2);
        String json = GugusJson.write(Agency.create("Dinas", AgencyType.OTHER, KALBAR))
                .replace("\"Dinas\"", "\"" + escaped + "\"");
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> GugusJson.read(json, Agency.class));
        assertThat(e).as(json).isNotNull();
        assertThat(e.violations()).singleElement().extracting(Violation::ruleId, Violation::path)
                .containsExactly("TEXT-FORMAT", "name");
    }

    @Example
    void eachReasonHasItsOwnMessage() {
        assertThat(message(() -> Texts.optional("x".repeat(201), "p", 200))).containsExactly(
                "Teks lebih panjang dari 200 karakter.", "The text is longer than 200 characters.");
        assertThat(message(() -> Texts.optional("a\u0000", "p", 200))).containsExactly(
                "Teks mengandung karakter kontrol (hanya baris baru dan tab yang diperbolehkan).",
                "The text contains a control character (only line breaks and tabs are allowed).");
        assertThat(message(() -> Texts.optional("a\ud800", "p", 200))).containsExactly(
                "Teks bukan Unicode yang sah: mengandung surrogate UTF-16 tanpa pasangan.",
                "The text is not well-formed Unicode: it contains an unpaired UTF-16 surrogate.");
    }

    private static List<String> message(Runnable call) {
        Violation v = catchThrowableOfType(ValidationException.class, call::run).violations().get(0);
        return List.of(v.messageId(), v.messageEn());
    }

    @Provide
    Arbitrary<Character> loneSurrogates() {
        return Arbitraries.chars().range('\ud800', '\udfff');
    }

    /** Well-formed text of letters, emoji (surrogate pairs), spaces and marks, without controls. */
    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'é', 'ü', '\u200d', '\u202e').ofMinLength(1).ofMaxLength(5),
                Arbitraries.of("😀", "👩‍👧", "𠜎", "🇮🇩", "ⅯⅭⅯ", "عربى", "日本語"));
        return piece.list().ofMinSize(1).ofMaxSize(10).map(l -> String.join("", l)).filter(s -> !s.isBlank());
    }

    /** A well-formed text with one lone high or low surrogate put anywhere, even next to a pair. */
    @Provide
    Arbitrary<String> withUnpairedSurrogate() {
        return Combinators.combine(wellFormed(), loneSurrogates(), Arbitraries.integers().between(0, 1000))
                .as((text, lone, at) -> {
                    int[] points = text.codePoints().toArray();
                    int cut = at % (points.length + 1);
                    String before = new String(points, 0, cut);
                    String after = new String(points, cut, points.length - cut);
                    // A lone high surrogate right before a low one would pair up: keep them apart with a letter.
                    return before + lone + "x" + after;
                })
                .filter(s -> !Texts.isWellFormed(s));
    }
}
