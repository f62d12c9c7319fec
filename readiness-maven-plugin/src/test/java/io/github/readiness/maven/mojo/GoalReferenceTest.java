package io.github.readiness.maven.mojo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The goal reference (maven-plugin-report-plugin) shows a "Since" column for every parameter and prints "-" when the
 * parameter has none: every parameter a user can set names the version that brought it ({@code @since} in its
 * Javadoc), read from the plugin descriptor the build generated. The generated help goal is left out.
 */
class GoalReferenceTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void everyEditableParameterHasASince() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document plugin;
        try (InputStream in = Files.newInputStream(DESCRIPTOR)) {
            plugin = factory.newDocumentBuilder().parse(in);
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int m = 0; m < mojos.getLength(); m++) {
            Element mojo = (Element) mojos.item(m);
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            NodeList parameters =
                    ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int p = 0; p < parameters.getLength(); p++) {
                Element parameter = (Element) parameters.item(p);
                if (text(parameter, "editable").equals("true")) {
                    checked++;
                    if (text(parameter, "since").isBlank()) {
                        missing.add(goal + "." + text(parameter, "name"));
                    }
                }
            }
        }
        assertFalse(checked == 0, "no parameter read from " + DESCRIPTOR);
        assertEquals(List.of(), missing, "add `@since <version>` to these parameters' Javadoc");
    }

    private static String text(Element element, String child) {
        NodeList nodes = element.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
