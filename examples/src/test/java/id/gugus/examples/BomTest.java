package id.gugus.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * gugus-bom manages exactly the artifacts the reactor publishes: every jar module, except those
 * that set {@code maven.deploy.skip} (examples), at the project's version, and nothing else. An
 * application that imports the BOM can then leave out the version of any Gugus dependency. The
 * poms are read from this repository (the test runs in {@code examples/}).
 */
class BomTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theBomManagesEveryPublishedJarOfTheReactorAndNothingElse() throws Exception {
        Element root = pom(ROOT.resolve("pom.xml"));
        TreeSet<String> published = new TreeSet<>();
        for (String module : texts(child(root, "modules"), "module")) {
            Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
            String packaging = text(pom, "packaging", "jar");
            String deploySkip = text(child(pom, "properties"), "maven.deploy.skip", "false");
            if (packaging.equals("jar") && !deploySkip.equals("true")) {
                published.add(text(pom, "artifactId", null));
            }
        }

        Element bom = pom(ROOT.resolve("bom").resolve("pom.xml"));
        Map<String, String> managed = new TreeMap<>();
        for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
            assertThat(text(dependency, "groupId", null)).isEqualTo("id.gugus");
            managed.put(text(dependency, "artifactId", null), text(dependency, "version", null));
        }

        assertThat(published).as("published jar modules").contains("gugus-core", "gugus-storage-jdbc");
        assertThat(managed.keySet()).as("artifacts managed by gugus-bom").containsExactlyElementsOf(published);
        assertThat(managed.values()).as("their versions").containsOnly("${project.version}");
        assertThat(text(bom, "version", null)).as("the BOM's own version").isEqualTo(text(root, "version", null));
        assertThat(bom.getElementsByTagName("parent").getLength())
                .as("no parent: an imported BOM would hand on the parent's dependency management").isZero();
    }

    private static Element pom(Path file) throws IOException, ParserConfigurationException, SAXException {
        assertThat(file).as("pom of the reactor").isRegularFile();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (var in = Files.newInputStream(file)) {
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getDocumentElement();
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream().map(e -> e.getTextContent().strip()).toList();
    }

    private static String text(Element parent, String name, String absent) {
        Element e = child(parent, name);
        return e == null ? absent : e.getTextContent().strip();
    }
}
