package id.gugus.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.gugus.cases.AgeBand;
import id.gugus.cases.CaseStatus;
import id.gugus.cases.ExploitationType;
import id.gugus.cases.RecruitmentChannel;
import id.gugus.cases.Sex;
import id.gugus.plan.TargetGroup;
import id.gugus.report.PublishedReport;
import id.gugus.report.Report;
import id.gugus.report.ReportMakerAccess;
import id.gugus.report.ReportTables;
import id.gugus.report.table.CountTable;
import id.gugus.report.table.Position;
import id.gugus.taskforce.DecreeStatus;
import id.gugus.taskforce.TaskForceStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each renderer gives a reader, in both languages, for a published report of random cases. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderersTest {
    /** Names the TCK's fixture victims and suspects carry as personal data. */
    private static final List<String> PERSONAL = List.of("Siti Rahmawati", "Agus Setiawan", "Tersangka Perekrut");

    private Report report;

    @BeforeAll
    void make() {
        PublishedReport published = ReportMakerAccess.sampleReport();
        report = published.report();
        assertThat(report.tables()).anyMatch(CountTable::hasSuppressed);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlIsOneSelfContainedFileWithEveryTableAndChart(Language language) {
        String html = HtmlRenderer.render(report, language);
        Terms t = Terms.of(language);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + language.tag() + "\"")
                .doesNotContain("<script", "http://", "https://", "src=", "null", "NaN", "@import");
        for (CountTable table : report.tables()) {
            assertThat(html).contains(escape(t.title(table)));
        }
        assertThat(html).contains("id=\"chart-area\"", "id=\"chart-age-sex\"", "id=\"chart-exploitation\"",
                "id=\"chart-plan\"", "id=\"chart-compliance\"", "@page{size:A4");
        assertThat(html).contains(escape(t.get("report.suppressedNote", 11))).doesNotContain(t.get("report.internal"));
        assertThat(html).doesNotContain(PERSONAL.toArray(String[]::new));
    }

    @Test
    void anInternalReportSaysSoOnEveryPageAndSheet() throws Exception {
        Report internal = new Report(new id.gugus.report.ReportHeader(report.header().jurisdiction(),
                report.header().name(), report.header().level(), report.header().period(), report.header().asOf(), true,
                11, 10, report.header().combinedFrom()), report.taskForces(), report.plans(), report.followUps(),
                report.tables(), report.areaNames());
        String html = HtmlRenderer.render(internal, Language.INDONESIAN);
        // The band is fixed in print, so Chromium repeats it on every printed page.
        assertThat(html).contains("<div class=\"internal\" id=\"internal\">" + Terms.of(Language.INDONESIAN)
                .get("report.internal")).contains(".internal{position:fixed");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxRenderer.write(internal, Language.ENGLISH, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : wb) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(sheet.getSheetName())
                        .isEqualTo(Terms.of(Language.ENGLISH).get("report.internal"));
            }
        }
        assertThat(CsvRenderer.all(internal, Language.ENGLISH).values())
                .allMatch(csv -> csv.startsWith("# ") && csv.lines().findFirst().orElseThrow().contains("INTERNAL"));
    }

    @Test
    void xlsxHasASheetPerTableWithNumbersAsNumbersAndSuppressedCellsMarked() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxRenderer.write(report, Language.INDONESIAN, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (CountTable table : report.tables()) {
                Sheet sheet = wb.getSheet(table.id());
                assertThat(sheet).as(table.id()).isNotNull();
                for (int r = 0; r < table.rowKeys().size(); r++) {
                    Row row = sheet.getRow(4 + r);
                    for (int c = 0; c < table.columnKeys().size(); c++) {
                        var cell = row.getCell(1 + c);
                        var value = table.at(Position.cell(r, c));
                        if (value.isSuppressed()) {
                            assertThat(cell.getStringCellValue()).isEqualTo("x");
                        } else {
                            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                            assertThat((long) cell.getNumericCellValue()).isEqualTo(value.published());
                        }
                    }
                }
            }
            assertThat(wb.getSheet("task-forces")).isNotNull();
            assertThat(wb.getSheet("rad")).isNotNull();
            assertThat(wb.getSheet("follow-ups")).isNotNull();
        }
    }

    @Test
    void csvOfEachTableReadsBackToItsNumbers() throws Exception {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).enable(CsvParser.Feature.ALLOW_COMMENTS);
        for (CountTable table : report.tables()) {
            String csv = CsvRenderer.write(report, table, Language.ENGLISH);
            List<List<String>> rows;
            try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                    .with(CsvSchema.emptySchema().withComments()).readValues(csv)) {
                rows = it.readAll();
            }
            assertThat(rows.get(0)).startsWith("code", "name");
            for (int r = 0; r < table.rowKeys().size(); r++) {
                assertThat(rows.get(1 + r).get(0)).isEqualTo(table.rowKeys().get(r));
                var cell = table.at(Position.cell(r, 0));
                assertThat(rows.get(1 + r).get(2)).isEqualTo(cell.isSuppressed() ? "x" : Long.toString(cell.published()));
            }
        }
    }

    @Test
    void jsonReadsBackToTheSameReportAndHoldsNoSuppressedValue() {
        String json = JsonRenderer.write(report);
        assertThat(JsonRenderer.read(json)).isEqualTo(report);
        assertThat(json).doesNotContain(PERSONAL.toArray(String[]::new)).doesNotContain("PRIMARY", "SECONDARY");
    }

    @Test
    void textShowsSuppressedNumbersAsX() {
        List<String> lines = TextRenderer.lines(report, Language.ENGLISH);
        assertThat(lines).anyMatch(l -> l.matches(".* x( .*)?$"));
        assertThat(String.join("\n", lines)).contains(Terms.of(Language.ENGLISH).title(
                report.table(ReportTables.VICTIMS_BY_AGE_AND_SEX).orElseThrow()));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKeyHasAWordInBothLanguages(Language language) {
        Terms t = Terms.of(language);
        for (Sex v : Sex.values()) {
            assertThat(t.get("SEX." + v.name())).isNotBlank();
        }
        for (AgeBand v : AgeBand.values()) {
            assertThat(t.get("AGE_BAND." + v.name())).isNotBlank();
        }
        for (ExploitationType v : ExploitationType.values()) {
            assertThat(t.get("EXPLOITATION_TYPE." + v.name())).isNotBlank();
        }
        for (RecruitmentChannel v : RecruitmentChannel.values()) {
            assertThat(t.get("RECRUITMENT_CHANNEL." + v.name())).isNotBlank();
        }
        for (CaseStatus v : CaseStatus.values()) {
            assertThat(t.get("CASE_STATUS." + v.name())).isNotBlank();
        }
        for (TaskForceStatus v : TaskForceStatus.values()) {
            assertThat(t.get("TASK_FORCE_STATUS." + v.name())).isNotBlank();
        }
        for (DecreeStatus v : DecreeStatus.values()) {
            assertThat(t.get("DECREE_STATUS." + v.name())).isNotBlank();
        }
        for (id.gugus.taskforce.Position v : id.gugus.taskforce.Position.values()) {
            assertThat(t.get("POSITION." + v.name())).isNotBlank();
        }
        for (TargetGroup v : TargetGroup.values()) {
            assertThat(t.get("TARGET_GROUP." + v.name())).isNotBlank();
        }
        for (String table : ReportTables.ALL) {
            assertThat(t.get(table)).isNotBlank();
        }
        assertThat(t.country("KHM")).isEqualTo(language == Language.INDONESIAN ? "Kamboja" : "Cambodia");
    }

    private static String escape(String text) {
        return com.google.common.html.HtmlEscapers.htmlEscaper().escape(text);
    }
}
