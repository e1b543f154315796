package id.gugus.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/case-register-template.md and the shipped template stay complete against the code. */
class CaseRegisterTemplateDocTest {
    static String doc() throws IOException {
        String base = System.getProperty("basedir", System.getProperty("user.dir"));
        return Files.readString(Path.of(base).resolve("../docs/case-register-template.md").normalize(), StandardCharsets.UTF_8);
    }

    @Test
    void everyColumnHasItsRowInTheDocumentAndEveryRuleIsNamed() throws IOException {
        String doc = doc();
        for (RegisterColumn c : RegisterColumn.values()) {
            assertThat(doc).as(c.header()).contains("| `" + c.header() + "` |");
            assertThat(doc.lines().filter(l -> l.startsWith("| `" + c.header() + "` |")).findFirst().orElseThrow()
                    .contains("personal")).as(c.header()).isEqualTo(c.personal());
        }
        for (RegisterRule r : RegisterRule.values()) {
            assertThat(doc).as(r.id()).contains("`" + r.id() + "`");
        }
    }

    @Test
    void theShippedTemplatesHeaderIsEveryColumnInOrder() throws IOException {
        try (InputStream in = CaseRegisterImport.class.getResourceAsStream("template-register-kasus.csv")) {
            RegisterSheet sheet = RegisterSheet.csv(in);
            List<String> columns = Arrays.stream(RegisterColumn.values()).map(RegisterColumn::header).toList();
            assertThat(sheet.header()).containsExactlyElementsOf(columns);
            assertThat(sheet.lines()).hasSize(1);
        }
    }
}
