package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import id.gugus.cases.CaseQuery;
import id.gugus.error.ValidationException;
import id.gugus.storage.memory.InMemoryBackend;
import id.gugus.store.GugusStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A damaged HTCDS file, a wrong value in every kind of column, a missing required column and a
 * line cut short, is refused with one problem per error at its row and column, nothing is stored,
 * and no personal value (of the file, or a damaged one) appears in any message.
 */
class HtcdsDamagedFileTest {
    GugusStore source;
    GugusStore target;
    List<List<String>> rows;
    List<String> header;

    @BeforeEach
    void export() throws IOException {
        source = HtcdsImportTest.source(100);
        target = HtcdsRoundTrip.emptyTarget(new InMemoryBackend());
        rows = new ArrayList<>(HtcdsExportTest.readCsv(HtcdsExportTest.csv(source.as(HtcdsRoundTrip.WORKER))));
        header = rows.get(0);
    }

    /** The row (as the import counts: header is row 1) and column of a problem, and its rule. */
    record Where(long row, String column, String rule) {}

    static byte[] writeCsv(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter w = new CsvMapper().writer().writeValues(out)) {
            for (List<String> row : rows) {
                w.write(row);
            }
        }
        return out.toByteArray();
    }

    ImportRefused refused(byte[] file) {
        ImportRefused refused = catchThrowableOfType(() -> HtcdsImport.csv(target.as(HtcdsRoundTrip.WORKER),
                new ByteArrayInputStream(file), HtcdsImportDefaults.NONE, Progress.NONE), ImportRefused.class);
        assertThat(refused).as("refused").isNotNull().isInstanceOf(ValidationException.class);
        assertThat(target.cases().count(CaseQuery.all())).as("cases stored").isZero();
        return refused;
    }

    static Set<Where> where(ImportRefused refused) {
        return refused.problems().stream().map(p -> new Where(p.row(), p.column(), p.ruleId())).collect(Collectors.toSet());
    }

    int col(HtcdsField f) {
        return header.indexOf(f.header());
    }

    /** Indexes (in {@code rows}) of rows whose case has exactly {@code victims} rows, one per case, in file order. */
    List<Integer> rowsOfCasesWith(int victims) {
        Map<String, List<Integer>> byCase = new LinkedHashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            byCase.computeIfAbsent(rows.get(i).get(col(HtcdsField.CASE_NUMBER)), n -> new ArrayList<>()).add(i);
        }
        return byCase.values().stream().filter(r -> r.size() == victims).map(r -> r.get(0)).toList();
    }

    /** Every personal value of the file: names, NIKs, contacts, addresses, birth dates. */
    Set<String> personalValues() {
        Set<String> values = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            for (String h : HtcdsExportTest.personalHeaders()) {
                String v = row.get(header.indexOf(h));
                if (!v.isBlank()) {
                    values.add(v);
                }
            }
        }
        return values;
    }

    @Test
    void everyWrongValueMissingColumnAndShortLineIsNamedAndNothingIsStored() throws IOException {
        Set<String> personal = personalValues();
        assertThat(personal).contains(id.gugus.storage.tck.SevenCases.A1_NIK, id.gugus.storage.tck.SevenCases.A1_NAME);
        Map<HtcdsField, String> victimDamage = new LinkedHashMap<>();
        victimDamage.put(HtcdsField.VICTIM_ID, "not-a-uuid");
        victimDamage.put(HtcdsField.IDENTITY_NUMBER, "61710270NIKRUSAK");
        victimDamage.put(HtcdsField.BIRTHDATE, "30/01/2002");
        victimDamage.put(HtcdsField.GENDER, "WOMAN");
        victimDamage.put(HtcdsField.CITIZENSHIP, "Indonesia");
        victimDamage.put(HtcdsField.TRAFFICKING_STATUS, "MAYBE");
        victimDamage.put(HtcdsField.AGE_WHEN_TRAFFICKED, "twenty");
        victimDamage.put(HtcdsField.RELATIONSHIP_TO_TRAFFICKER, "Familial;Cousin");
        victimDamage.put(HtcdsField.RECRUITMENT_WEBSITES_AND_APPS, "MYSPACE");
        victimDamage.put(HtcdsField.METHOD_OF_RECRUITMENT, "PIGEON");
        victimDamage.put(HtcdsField.METHODS_OF_CONTROL, "DEBT_BONDAGE;CURSES");
        victimDamage.put(HtcdsField.TYPE_OF_EXPLOITATION, "FORCED_LABOR");
        victimDamage.put(HtcdsField.FORCED_LABOUR_INDUSTRY, "Z_NOTHING");
        victimDamage.put(HtcdsField.TYPE_OF_SEX_EXPLOITATION, "WEBCAM_SOMETHING");
        victimDamage.put(HtcdsField.EXPLOITATION_WEBSITES_AND_APPS, "FRIENDSTER");
        victimDamage.put(HtcdsField.LOCATION_OF_EXPLOITATION, "Cambodia");
        victimDamage.put(HtcdsField.SEX, "F");
        victimDamage.put(HtcdsField.ORIGIN, "Sambas");
        victimDamage.put(HtcdsField.ACTS, "KIDNAPPING");
        victimDamage.put(HtcdsField.MEANS, "MAGIC");
        Map<HtcdsField, String> caseDamage = new LinkedHashMap<>();
        caseDamage.put(HtcdsField.CASE_NUMBER, "x".repeat(101));
        caseDamage.put(HtcdsField.REGISTERED_IN, "Kalbar");
        caseDamage.put(HtcdsField.REPORTED_ON, "2024-02-30");
        caseDamage.put(HtcdsField.STATUS, "ARRESTED");
        caseDamage.put(HtcdsField.CASE_STATUS, "OPEN");
        caseDamage.put(HtcdsField.MANAGEMENT_SINCE, "yesterday");
        caseDamage.put(HtcdsField.LOCATION_OF_RECRUITMENT, "Malaysia");

        Set<Where> expected = new HashSet<>();
        List<Integer> single = rowsOfCasesWith(1);
        List<Integer> pairs = rowsOfCasesWith(2);
        assertThat(single.size()).isGreaterThanOrEqualTo(victimDamage.size() + caseDamage.size() + 1);
        assertThat(pairs).isNotEmpty();
        int next = 0;
        for (Map.Entry<HtcdsField, String> d : victimDamage.entrySet()) {
            int i = single.get(next++);
            rows.get(i).set(col(d.getKey()), d.getValue());
            expected.add(new Where(i + 1, d.getKey().header(), "HTCDS-IMPORT-VALUE"));
        }
        for (Map.Entry<HtcdsField, String> d : caseDamage.entrySet()) {
            int i = single.get(next++);
            rows.get(i).set(col(d.getKey()), d.getValue());
            expected.add(new Where(i + 1, d.getKey().header(), "HTCDS-IMPORT-VALUE"));
        }
        // A required value left empty.
        int empty = single.get(next++);
        rows.get(empty).set(col(HtcdsField.CITIZENSHIP), "");
        expected.add(new Where(empty + 1, HtcdsField.CITIZENSHIP.header(), "HTCDS-IMPORT-REQUIRED"));
        // Two rows of one case that disagree on a value of the case.
        int second = pairs.get(0) + 1;
        rows.get(second).set(col(HtcdsField.REPORTED_ON), "2020-01-01");
        expected.add(new Where(second + 1, HtcdsField.REPORTED_ON.header(), "HTCDS-IMPORT-CASE-MISMATCH"));
        // A required column left out (the file is otherwise aligned: the column goes from every row).
        int sex = col(HtcdsField.SEX);
        List<List<String>> damaged = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> copy = new ArrayList<>(row);
            copy.remove(col(HtcdsField.TRAFFICKED_ON));
            damaged.add(copy);
        }
        expected.add(new Where(1, HtcdsField.TRAFFICKED_ON.header(), "HTCDS-IMPORT-COLUMN-MISSING"));
        assertThat(sex).isNotNegative();
        // A line cut short: the last row loses its second half.
        List<String> last = damaged.get(damaged.size() - 1);
        damaged.set(damaged.size() - 1, new ArrayList<>(last.subList(0, last.size() / 2)));
        expected.add(new Where(damaged.size(), "", "HTCDS-IMPORT-ROW-LENGTH"));

        ImportRefused refused = refused(writeCsv(damaged));

        assertThat(where(refused)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(refused.problems()).hasSize(expected.size());
        assertThat(refused.problems()).filteredOn(p -> p.ruleId().equals("HTCDS-IMPORT-CASE-MISMATCH"))
                .extracting(ImportProblem::value).containsExactly("2020-01-01");
        assertThat(refused.problems()).filteredOn(p -> p.column().equals(HtcdsField.ORIGIN.header()))
                .extracting(ImportProblem::value).containsExactly("Sambas");
        Set<String> forbidden = new HashSet<>(personal);
        forbidden.add("61710270NIKRUSAK");
        forbidden.add("30/01/2002");
        assertNoneShown(refused, forbidden);
    }

    @Test
    void aQuotedValueLeftOpenAtTheEndOfTheFileIsNamedByItsRow() {
        String file = new String(HtcdsExportTest.csv(source.as(HtcdsRoundTrip.WORKER)), StandardCharsets.UTF_8);
        // Cut inside the first quoted value of the last line (every export row's name may be quoted; add one).
        String cut = file + "LP/CUT,\"" + id.gugus.storage.tck.SevenCases.A1_NAME;

        ImportRefused refused = refused(cut.getBytes(StandardCharsets.UTF_8));

        assertThat(where(refused)).containsExactly(new Where(rows.size() + 1, "", "HTCDS-IMPORT-UNREADABLE"));
        assertNoneShown(refused, personalValues());
    }

    @Test
    void aBrokenJsonLineIsNamedByItsLineAndTheOthersAreStillChecked() {
        String file = new String(HtcdsExportTest.jsonLines(source.as(HtcdsRoundTrip.WORKER)), StandardCharsets.UTF_8);
        String[] lines = file.split("\n");
        lines[2] = lines[2].substring(0, lines[2].length() / 2);
        lines[4] = lines[4].replace("\"gugus_Sex\":\"", "\"gugus_Sex\":\"X");
        String damaged = String.join("\n", lines);

        ImportRefused refused = catchThrowableOfType(() -> HtcdsImport.jsonLines(target.as(HtcdsRoundTrip.WORKER),
                new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8)), HtcdsImportDefaults.NONE,
                Progress.NONE), ImportRefused.class);

        assertThat(where(refused)).containsExactlyInAnyOrder(new Where(3, "", "HTCDS-IMPORT-UNREADABLE"),
                new Where(5, HtcdsField.SEX.header(), "HTCDS-IMPORT-VALUE"));
        assertThat(target.cases().count(CaseQuery.all())).isZero();
        assertNoneShown(refused, personalValues());
    }

    @Test
    void aCaseThatBreaksARuleOfTheModelIsNamedByTheRowAndColumnOfTheValue() throws IOException {
        // A valid NIK of another person: the model's NIK checks refuse it against the victim's sex and birth date.
        int a1 = -1;
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).get(col(HtcdsField.IDENTITY_NUMBER)).equals(id.gugus.storage.tck.SevenCases.A1_NIK)) {
                a1 = i;
            }
        }
        String sex = rows.get(a1).get(col(HtcdsField.SEX));
        rows.get(a1).set(col(HtcdsField.SEX), sex.equals("FEMALE") ? "MALE" : "FEMALE");
        int other = rowsOfCasesWith(1).get(3);
        // Trafficked after the case was reported.
        String reported = rows.get(other).get(col(HtcdsField.REPORTED_ON));
        rows.get(other).set(col(HtcdsField.TRAFFICKED_ON), java.time.LocalDate.parse(reported).plusDays(1).toString());

        ImportRefused refused = refused(writeCsv(rows));

        assertThat(where(refused)).contains(new Where(a1 + 1, HtcdsField.IDENTITY_NUMBER.header(), "CASE-NIK-SEX"),
                new Where(other + 1, HtcdsField.TRAFFICKED_ON.header(), "CASE-DATE-ORDER"));
        assertNoneShown(refused, personalValues());
    }

    static void assertNoneShown(ImportRefused refused, Set<String> personal) {
        List<String> texts = new ArrayList<>();
        texts.add(refused.getMessage());
        texts.add(refused.getMessage(Locale.forLanguageTag("id")));
        refused.problems().forEach(p -> {
            texts.add(p.messageId());
            texts.add(p.messageEn());
            texts.add(p.column());
            // The value shown beside the message, and the line both make.
            texts.add(String.valueOf(p.value()));
            texts.add(p.format(Locale.ENGLISH));
            texts.add(p.format(Locale.forLanguageTag("id")));
        });
        for (String text : texts) {
            for (String value : personal) {
                assertThat(text).doesNotContain(value);
            }
        }
    }
}
