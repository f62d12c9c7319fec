package io.github.readiness.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code report} must evaluate exactly as {@code check} does, but it extends AbstractMavenReport and so declares
 * check's parameters again ({@link AbstractReadinessReport}). The plugin descriptor proves the two lists equal: same
 * names, types, properties, defaults and descriptions.
 */
class ReportParametersTest {
    /** check's parameters that are about the gate and its files, not about the scorecard. */
    private static final Set<String> CHECK_ONLY = Set.of("failOnNotReady", "outputDirectory", "formats",
            "jacocoAggregateReport", "mojoExecution", // these two: the reactor verdict, which check computes
            "onSkippedTests"); // whether a build that skipped its tests fails: the gate's decision
    /** Injected ${project}: reporting-impl declares it (without a description) for every report. */
    private static final String PROJECT = "project";

    private static Document descriptor;

    @BeforeAll
    static void readDescriptor() throws Exception {
        Path file = Path.of("target/classes/META-INF/maven/plugin.xml");
        assertTrue(Files.isRegularFile(file), "the plugin descriptor is generated before the tests: " + file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        descriptor = factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void reportDeclaresEveryParameterOfCheckThatDecidesTheScorecard() {
        Map<String, String> check = parameters("check");
        Map<String, String> report = parameters("report");
        check.keySet().removeAll(CHECK_ONLY);
        assertEquals(configuration(check.get(PROJECT)), configuration(report.get(PROJECT)));
        check.remove(PROJECT);
        Set<String> differing = new TreeSet<>();
        check.forEach((name, declaration) -> {
            if (!declaration.equals(report.get(name))) {
                differing.add(name);
            }
        });
        assertEquals(Set.of(), differing, "report's copy of these parameters of check (AbstractReadinessReport) is out"
                + " of date: copy them again, Javadoc included");
    }

    @Test
    void reportReadsCheckOutputFromTheSameProperty() {
        String check = parameters("check").get("outputDirectory");
        String report = parameters("report").get("readinessDirectory");
        assertEquals(configuration(check), configuration(report));
    }

    @Test
    void theOnlyOtherParametersOfReportAreReportingImplsOwn() {
        Set<String> extra = new TreeSet<>(parameters("report").keySet());
        extra.removeAll(parameters("check").keySet());
        // mojoExecution is reporting-impl's, and check's too (it finds which modules run check, for the reactor)
        assertEquals(new TreeSet<>(Set.of("inputEncoding", "locale", "outputEncoding", "outputFormat",
                "outputTimestamp", "reactorProjects", "readinessDirectory", "remoteProjectRepositories", "repoSession",
                "siteDirectory")), extra);
    }

    /** name -> type, required, editable, description and configuration line, as one comparable string. */
    private static Map<String, String> parameters(String goal) {
        Element mojo = mojo(goal);
        Map<String, String> configuration = new TreeMap<>();
        Element config = child(mojo, "configuration");
        if (config != null) {
            for (Node node = config.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    configuration.put(element.getTagName(), element.getAttribute("implementation") + " default="
                            + element.getAttribute("default-value") + " value=" + element.getTextContent());
                }
            }
        }
        Map<String, String> parameters = new TreeMap<>();
        NodeList list = child(mojo, "parameters").getElementsByTagName("parameter");
        for (int i = 0; i < list.getLength(); i++) {
            Element parameter = (Element) list.item(i);
            String name = text(parameter, "name");
            parameters.put(name, "type=" + text(parameter, "type") + " required=" + text(parameter, "required")
                    + " editable=" + text(parameter, "editable") + " | " + configuration.get(name) + " | "
                    + text(parameter, "description"));
        }
        return parameters;
    }

    private static String configuration(String parameter) {
        return parameter.split(" \\| ")[1];
    }

    private static Element mojo(String goal) {
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (goal.equals(text(mojo, "goal"))) {
                return mojo;
            }
        }
        throw new AssertionError("no goal " + goal + " in the plugin descriptor");
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element child = child(parent, name);
        return child == null ? "" : child.getTextContent().strip();
    }
}
