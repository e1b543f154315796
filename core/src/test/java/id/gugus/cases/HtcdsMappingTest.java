package id.gugus.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * docs/htcds-mapping.md holds every field of HTCDS 2.0 and every CTDC Global Dataset variable: this
 * reads the standard's own field list (the .ods shipped as a test resource, CC BY 4.0, IOM) and the
 * CTDC column names, and checks the mapping table row by row, and its totals against the rows.
 */
class HtcdsMappingTest {
    private static final String RESOURCES = "/id/gugus/htcds/";
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final Set<String> RATINGS = Set.of("yes", "partial", "no");
    private static final Pattern FIELD = Pattern.compile("`([A-Za-z0-9_]+)`");

    private static List<StandardField> htcds;
    private static List<String> ctdc;
    private static String mapping;

    /** A row of the standard's sheet: the field name with its prefix, its status and whether it is Core. */
    record StandardField(String name, String status, boolean core) {
        boolean live() {
            return status.equals("DRAFT");
        }
    }

    /** A row of a mapping table: the field, whether the table marks it Core, the rating, and the note. */
    record MappingRow(String field, boolean core, String rating, String note) {}

    @BeforeAll
    static void read() throws IOException {
        htcds = fieldStandards();
        try (InputStream in = resource("ctdc-global-dataset-2020-columns.txt")) {
            ctdc = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        }
        mapping = Files.readString(docs().resolve("htcds-mapping.md"), StandardCharsets.UTF_8);
    }

    @Test
    void the_shipped_field_list_is_htcds_2_0_as_counted() {
        assertThat(htcds.stream().filter(StandardField::live)).hasSize(81);
        assertThat(htcds.stream().filter(StandardField::live).filter(StandardField::core)).hasSize(38);
        assertThat(htcds.stream().filter(f -> f.status().equals("DEPRECATED")).map(StandardField::name))
                .containsExactlyInAnyOrder("vic_AgreementToManagePersonalData", "vic_Vulnerabilities",
                        "vic_DetailsOfVulnerabilities");
        assertThat(ctdc).hasSize(63).doesNotHaveDuplicates().contains("ageBroad", "meansOfControlDebtBondage");
    }

    @Test
    void every_live_htcds_field_has_exactly_one_row_and_no_row_is_invented() {
        List<MappingRow> rows = rows("HTCDS 2.0 fields", true);
        List<String> live = htcds.stream().filter(StandardField::live).map(StandardField::name).toList();
        assertThat(rows.stream().map(MappingRow::field)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(live);
    }

    @Test
    void the_core_column_is_the_standards() {
        Map<String, Boolean> core = htcds.stream().filter(StandardField::live)
                .collect(Collectors.toMap(StandardField::name, StandardField::core));
        for (MappingRow row : rows("HTCDS 2.0 fields", true)) {
            assertThat(row.core()).as("Core of %s", row.field()).isEqualTo(core.get(row.field()));
        }
    }

    @Test
    void every_ctdc_variable_has_exactly_one_row_and_no_row_is_invented() {
        List<MappingRow> rows = rows("CTDC Global Dataset variables", false);
        assertThat(rows.stream().map(MappingRow::field)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ctdc);
    }

    @Test
    void every_row_is_rated_and_every_no_says_why() {
        List<MappingRow> all = new ArrayList<>(rows("HTCDS 2.0 fields", true));
        all.addAll(rows("CTDC Global Dataset variables", false));
        for (MappingRow row : all) {
            assertThat(row.rating()).as("rating of %s", row.field()).isIn(RATINGS);
            if (row.rating().equals("no")) {
                assertThat(row.note()).as("reason of %s", row.field())
                        .matches("(not held|planned \\(issue #15\\)): \\S.{10,}");
            }
        }
    }

    @Test
    void the_totals_are_the_rows_counted() {
        List<MappingRow> h = rows("HTCDS 2.0 fields", true);
        assertThat(totalsRow("HTCDS 2.0, all live fields")).isEqualTo(count(h));
        assertThat(totalsRow("HTCDS 2.0, Core fields")).isEqualTo(count(h.stream().filter(MappingRow::core).toList()));
        assertThat(totalsRow("CTDC Global Dataset (Apr 2020)")).isEqualTo(count(rows("CTDC Global Dataset variables", false)));
    }

    /** fields, yes, partial, no, of which not held, of which planned. */
    private static List<Integer> count(List<MappingRow> rows) {
        Map<String, Long> by = rows.stream().collect(Collectors.groupingBy(MappingRow::rating, Collectors.counting()));
        long notHeld = rows.stream().filter(r -> r.rating().equals("no") && r.note().startsWith("not held")).count();
        long planned = rows.stream().filter(r -> r.rating().equals("no") && r.note().startsWith("planned")).count();
        return List.of(rows.size(), by.getOrDefault("yes", 0L).intValue(), by.getOrDefault("partial", 0L).intValue(),
                by.getOrDefault("no", 0L).intValue(), (int) notHeld, (int) planned);
    }

    private static List<Integer> totalsRow(String standard) {
        for (String line : section("Totals").lines().toList()) {
            List<String> cells = cells(line);
            if (!cells.isEmpty() && cells.get(0).equals(standard)) {
                return cells.subList(1, cells.size()).stream().map(Integer::valueOf).toList();
            }
        }
        throw new AssertionError("no totals row for " + standard);
    }

    /** The table rows of a section: HTCDS rows are Entity | field | Core | rating | where | note; CTDC rows have no Core. */
    private static List<MappingRow> rows(String heading, boolean withCore) {
        List<MappingRow> rows = new ArrayList<>();
        for (String line : section(heading).lines().toList()) {
            List<String> cells = cells(line);
            if (cells.size() < 2) {
                continue;
            }
            Matcher field = FIELD.matcher(cells.get(1));
            if (!field.matches()) {
                continue;
            }
            int rating = withCore ? 3 : 2;
            assertThat(cells).as("cells of %s", line).hasSize(rating + 3);
            rows.add(new MappingRow(field.group(1), withCore && cells.get(2).equals("Core"), cells.get(rating),
                    cells.get(rating + 2)));
        }
        assertThat(rows).as("rows under ## %s", heading).isNotEmpty();
        return rows;
    }

    private static String section(String heading) {
        int start = mapping.indexOf("\n## " + heading + "\n");
        assertThat(start).as("section ## %s in docs/htcds-mapping.md", heading).isNotNegative();
        int end = mapping.indexOf("\n## ", start + 4);
        return end < 0 ? mapping.substring(start) : mapping.substring(start, end);
    }

    private static List<String> cells(String line) {
        String t = line.strip();
        if (!t.startsWith("|") || !t.endsWith("|") || t.length() < 2) {
            return List.of();
        }
        return List.of(t.substring(1, t.length() - 1).split("\\|", -1)).stream().map(String::strip).toList();
    }

    /** Surefire runs in the module's folder and names it in {@code basedir}; docs/ is beside core/. */
    private static Path docs() {
        String base = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(base).resolve("../docs").normalize();
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(HtcdsMappingTest.class.getResourceAsStream(RESOURCES + name), name);
    }

    /** The rows of sheet Field_Standards: Section, Status, Core, Field Name Prefix, Field Name, ... */
    private static List<StandardField> fieldStandards() throws IOException {
        Document content = null;
        try (ZipInputStream zip = new ZipInputStream(resource("HTCDS Field Standards 2.0.ods"))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("content.xml")) {
                    content = parse(zip);
                }
            }
        }
        assertThat(content).as("content.xml in the .ods").isNotNull();
        List<StandardField> fields = new ArrayList<>();
        NodeList tables = content.getElementsByTagNameNS(TABLE_NS, "table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (!table.getAttributeNS(TABLE_NS, "name").equals("Field_Standards")) {
                continue;
            }
            NodeList rows = table.getElementsByTagNameNS(TABLE_NS, "table-row");
            for (int r = 0; r < rows.getLength(); r++) {
                List<String> cells = cells((Element) rows.item(r));
                if (cells.size() < 5) {
                    continue;
                }
                String status = cells.get(1);
                String prefix = cells.get(3);
                String name = cells.get(4);
                if (prefix.matches("[a-z]{3}_") && !name.isEmpty()) {
                    fields.add(new StandardField(prefix + name, status, cells.get(2).equals("Core")));
                }
            }
        }
        Map<String, StandardField> unique = new LinkedHashMap<>();
        fields.forEach(f -> assertThat(unique.put(f.name(), f)).as("field listed twice: %s", f.name()).isNull());
        return fields;
    }

    /** The first ten cells of a row, a repeated cell counted as often as it repeats. */
    private static List<String> cells(Element row) {
        List<String> cells = new ArrayList<>();
        for (Node n = row.getFirstChild(); n != null && cells.size() < 10; n = n.getNextSibling()) {
            if (n instanceof Element cell && TABLE_NS.equals(cell.getNamespaceURI())) {
                String repeated = cell.getAttributeNS(TABLE_NS, "number-columns-repeated");
                int times = repeated.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), 10);
                StringBuilder text = new StringBuilder();
                NodeList paragraphs = cell.getElementsByTagNameNS(TEXT_NS, "p");
                for (int p = 0; p < paragraphs.getLength(); p++) {
                    text.append(p == 0 ? "" : "\n").append(paragraphs.item(p).getTextContent());
                }
                for (int i = 0; i < times; i++) {
                    cells.add(text.toString().strip());
                }
            }
        }
        return cells;
    }

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The zip stream must stay open for the next entry: parse a copy of this entry's bytes.
            return builder.parse(new java.io.ByteArrayInputStream(in.readAllBytes()));
        } catch (ParserConfigurationException | SAXException e) {
            throw new UncheckedIOException(new IOException("content.xml of the HTCDS field list cannot be read", e));
        }
    }
}
