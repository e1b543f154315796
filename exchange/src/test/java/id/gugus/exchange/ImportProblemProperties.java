package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import id.gugus.validation.RuleMessages;
import id.gugus.validation.Violation;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The one problem type of both imports: the register's cells and the HTCDS file's values are told
 * the same way, a personal column's value never.
 */
class ImportProblemProperties {
    private static final Locale ID = RuleMessages.INDONESIAN;

    @Example
    void bothLanguagesNameRowColumnRuleAndValueBeforeTheMessage() {
        ImportProblem p = new ImportProblem(3, "tanggal_laporan", "REGISTER-DATE", "31-02-2024", "Pesan.", "Message.");

        assertThat(p.format(ID)).isEqualTo("baris 3, kolom tanggal_laporan [REGISTER-DATE] nilai '31-02-2024': Pesan.");
        assertThat(p.format(Locale.ENGLISH))
                .isEqualTo("row 3, column tanggal_laporan [REGISTER-DATE] value '31-02-2024': Message.");
    }

    @Example
    void withoutAValueOrAColumnTheirPartsAreLeftOut() {
        ImportProblem p = new ImportProblem(0, "", "HTCDS-IMPORT-UNREADABLE", null, "Pesan.", "Message.");

        assertThat(p.format(ID)).isEqualTo("baris 0 [HTCDS-IMPORT-UNREADABLE]: Pesan.");
        assertThat(p.format(Locale.ENGLISH)).isEqualTo("row 0 [HTCDS-IMPORT-UNREADABLE]: Message.");
    }

    @Property(tries = 200)
    void theValuePartIsThereExactlyWhenAValueIsShown(@ForAll @LongRange(max = 1_000_000) long row,
            @ForAll("columns") String column, @ForAll("values") String value) {
        ImportProblem p = new ImportProblem(row, column, "HTCDS-IMPORT-VALUE", value, "Pesan.", "Message.");

        for (Locale locale : new Locale[] {ID, Locale.ENGLISH}) {
            String line = p.format(locale);
            boolean indonesian = locale == ID;
            assertThat(line).startsWith((indonesian ? "baris " : "row ") + row)
                    .endsWith(": " + p.message(locale))
                    .contains("[HTCDS-IMPORT-VALUE]");
            assertThat(line.contains(indonesian ? " nilai '" : " value '")).isEqualTo(value != null);
            assertThat(line.contains(indonesian ? ", kolom " : ", column ")).isEqualTo(!column.isEmpty());
        }
    }

    @Property(tries = 200)
    void aRegisterCellIsShownEchoedOnlyInAColumnWithoutPersonalData(@ForAll RegisterColumn column,
            @ForAll("cells") String cell) {
        ImportProblem p = ImportProblem.at(Violation.of(RegisterRule.REQUIRED, column.header()), 2, column, cell);

        assertThat(p.column()).isEqualTo(column.header());
        if (column.personal()) {
            assertThat(p.value()).isNull();
            assertThat(p.format(ID)).doesNotContain(cell);
            assertThat(p.format(Locale.ENGLISH)).doesNotContain(cell);
        } else {
            assertThat(p.value()).isNotNull().hasSizeLessThanOrEqualTo(cell.length() + 1)
                    .doesNotContain("\n", "\r", "\u202e");
            assertThat(p.format(Locale.ENGLISH)).contains(" value '" + p.value() + "': ");
        }
    }

    @Property(tries = 100)
    void anHtcdsValueOfAPersonalOrFreeTextColumnIsNeverShown(@ForAll HtcdsField field, @ForAll("cells") String cell) {
        ImportProblem p = ImportProblem.of(HtcdsImportRule.REQUIRED, 2, field.header(), 2, field.header())
                .showing(HtcdsRowValues.showable(field, cell));

        if (field.personal() || HtcdsRowValues.FREE_TEXT.contains(field)) {
            assertThat(p.value()).isNull();
            assertThat(p.format(Locale.ENGLISH)).doesNotContain(cell);
        } else {
            assertThat(p.value()).isNotNull();
        }
    }

    @Provide
    Arbitrary<String> columns() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().alpha().withChars('_').ofMinLength(1)
                .ofMaxLength(30));
    }

    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().ofMaxLength(40).injectNull(0.3);
    }

    /** A cell no message or column name holds by chance (it starts with '#'), at times with line breaks or bidi overrides. */
    @Provide
    Arbitrary<String> cells() {
        return Arbitraries.strings().alpha().numeric().withChars(' ', '\n', '\r', '\u202e').ofMinLength(1).ofMaxLength(60)
                .map(s -> "#" + s + "#");
    }
}
