package io.github.readiness.rules.reactor;

import static io.github.readiness.rules.reactor.ReactorFixtures.ROOT;
import static io.github.readiness.rules.reactor.ReactorFixtures.TOOL;
import static io.github.readiness.rules.reactor.ReactorFixtures.blocker;
import static io.github.readiness.rules.reactor.ReactorFixtures.info;
import static io.github.readiness.rules.reactor.ReactorFixtures.lines;
import static io.github.readiness.rules.reactor.ReactorFixtures.module;
import static io.github.readiness.rules.reactor.ReactorFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.readiness.rules.GoldenFiles;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.report.GithubActions;
import io.github.readiness.rules.report.JunitRenderer;
import io.github.readiness.rules.report.OutputFormat;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.report.SarifRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The reactor result in the machine formats: one SARIF run with every module's findings at paths relative to the
 * reactor root, a JUnit document with one suite per module, one GitHub summary and one set of annotations.
 */
class ReactorFormatsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> ACTIONS = Map.of("GITHUB_ACTIONS", "true");
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = ReactorFormatsTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    /**
     * Root (READY), core (a HIGH secret with file and line, and the same README finding as legacy), legacy in a nested
     * folder (NOT_READY: a coverage blocker without location and a blocker with one), docs skipped, tools not built;
     * scope both, so the aggregated coverage (54 of 110 lines) adds a blocking finding of its own.
     */
    static ReactorResult reactor() {
        Finding secret = new Finding(
                "security.secrets",
                Category.SECURITY,
                Severity.HIGH,
                false,
                "secret",
                "possible secret in application.properties",
                null,
                null,
                new Location("src/main/resources/application.properties", 2),
                "move it to the environment",
                30,
                false);
        Finding todo = new Finding(
                "code.todos",
                Category.CODE_QUALITY,
                Severity.CRITICAL,
                true,
                "todo",
                "FIXME in shipped code",
                null,
                null,
                new Location("src/main/java/Legacy.java", 10),
                "resolve it",
                15,
                false);
        List<ModuleResult> modules = List.of(
                at(".", module("root", null, Verdict.READY, Map.of())),
                at(
                        "core",
                        module("core", 90, Verdict.CONDITIONAL, lines(50, 50), secret, info("docs.readme", "README"))),
                at(
                        "modules/legacy",
                        module(
                                "legacy",
                                60,
                                Verdict.NOT_READY,
                                lines(4, 6),
                                blocker("coverage.line", "line"),
                                todo,
                                info("docs.readme", "README"))),
                ModuleResult.unchecked(project("docs"), "docs", ModuleStatus.SKIPPED),
                ModuleResult.unchecked(project("tools"), "tools", ModuleStatus.NOT_BUILT));
        return new ReactorAggregator()
                .aggregate(
                        ROOT,
                        TOOL,
                        ReadinessEngine.withBuiltInRules().defaultPolicy().withCoverageScope("both"),
                        modules,
                        null);
    }

    private static ModuleResult at(String path, ModuleResult m) {
        return new ModuleResult(m.project(), path, m.status(), m.card(), m.coverage(), m.size());
    }

    @Test
    void sarifMatchesGoldenFileAndTheSchema() throws IOException {
        String sarif = sarif(reactor());
        GoldenFiles.assertGolden("reactor/readiness.sarif", sarif);
        Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(sarif));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void sarifIsOneRunOfEveryModulesFindingsAtRootRelativePaths() throws IOException {
        ReactorResult reactor = reactor();
        JsonNode runs = MAPPER.readTree(sarif(reactor)).get("runs");
        assertEquals(1, runs.size());
        JsonNode results = runs.at("/0/results");
        assertEquals(reactor.findingsPerModule().size(), results.size());
        List<String> where = new ArrayList<>();
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode result : results) {
            JsonNode location = result.at("/locations/0/physicalLocation");
            where.add(result.at("/properties/module").asText() + " "
                    + result.get("ruleId").asText() + " "
                    + location.at("/artifactLocation/uri").asText() + ":"
                    + location.at("/region/startLine").asInt());
            assertEquals("%SRCROOT%", location.at("/artifactLocation/uriBaseId").asText());
            fingerprints.add(result.at("/partialFingerprints/readiness~1v1").asText());
        }
        assertEquals(
                List.of( // the reactor's finding order: blockers first, by severity
                        "legacy code.todos modules/legacy/src/main/java/Legacy.java:10",
                        "legacy coverage.line modules/legacy/pom.xml:0",
                        "(aggregate) coverage.line pom.xml:0",
                        "core security.secrets core/src/main/resources/application.properties:2",
                        "core docs.readme core/pom.xml:0",
                        "legacy docs.readme modules/legacy/pom.xml:0"),
                where);
        assertEquals(results.size(), fingerprints.size(), "the same finding in two modules is two alerts");
        assertEquals(
                "readiness/com.example:root/",
                runs.at("/0/automationDetails/id").asText());
        assertEquals("NOT_READY", runs.at("/0/properties/verdict").asText());
    }

    @Test
    void aModulesOwnSarifCanUseRootRelativePaths() throws IOException {
        ModuleResult legacy = reactor().modules().get(2);
        StringWriter out = new StringWriter();
        SarifRenderer.write(legacy.card(), "modules/legacy", out);
        JsonNode results = MAPPER.readTree(out.toString()).at("/runs/0/results");
        assertEquals(
                "modules/legacy/pom.xml",
                results.at("/0/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
        assertEquals(
                "modules/legacy/src/main/java/Legacy.java",
                results.at("/1/locations/0/physicalLocation/artifactLocation/uri")
                        .asText());
        assertTrue(results.at("/0/properties/module").isMissingNode(), "a module's own findings carry no module");
        StringWriter plain = new StringWriter();
        SarifRenderer.write(legacy.card(), plain);
        StringWriter root = new StringWriter();
        SarifRenderer.write(legacy.card(), ".", root);
        assertEquals(plain.toString(), root.toString(), "the root's folder is no prefix");
        assertEquals(
                out.toString(),
                plain.toString().replace("\"uri\": \"", "\"uri\": \"modules/legacy/"),
                "only the paths differ");
    }

    @Test
    void junitMatchesGoldenFile() throws IOException {
        GoldenFiles.assertGolden("reactor/TEST-readiness.xml", junit(reactor()));
    }

    @Test
    void junitHasTheReactorSuiteThenOneSuitePerModule() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit(reactor()).getBytes(StandardCharsets.UTF_8)));
        Element top = doc.getDocumentElement();
        assertEquals("testsuites", top.getTagName());
        NodeList suites = top.getElementsByTagName("testsuite");
        List<String> names = new ArrayList<>();
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            names.add(suite.getAttribute("name") + " " + suite.getAttribute("failures") + "/"
                    + suite.getAttribute("tests") + " skipped " + suite.getAttribute("skipped"));
            assertEquals(
                    suite.getElementsByTagName("testcase").getLength(),
                    Integer.parseInt(suite.getAttribute("tests")),
                    suite.getAttribute("name"));
            tests += Integer.parseInt(suite.getAttribute("tests"));
            failures += Integer.parseInt(suite.getAttribute("failures"));
            skipped += Integer.parseInt(suite.getAttribute("skipped"));
        }
        assertEquals(
                List.of(
                        "readiness 2/2 skipped 0", // reactor verdict and the aggregated coverage.line
                        "readiness.root 0/1 skipped 0",
                        "readiness.core 0/3 skipped 0", // the fixture's rules are those of its findings
                        "readiness.legacy 3/4 skipped 0", // verdict, coverage.line, code.todos fail
                        "readiness.docs 0/1 skipped 1",
                        "readiness.tools 0/1 skipped 1"),
                names);
        assertEquals(String.valueOf(tests), top.getAttribute("tests"));
        assertEquals(String.valueOf(failures), top.getAttribute("failures"));
        assertEquals(String.valueOf(skipped), top.getAttribute("skipped"));
        String text = top.getTextContent();
        assertTrue(text.contains("(at modules/legacy/src/main/java/Legacy.java:10)"), text);
        assertTrue(text.contains("(at core/src/main/resources/application.properties:2)"), text);
        Element skippedCase = (Element)
                ((Element) suites.item(5)).getElementsByTagName("skipped").item(0);
        assertEquals("not-built", skippedCase.getAttribute("message"));
    }

    @Test
    void annotationsAreTheReactorsOnceWithTheModuleFolderInFront(@TempDir Path workspace) {
        Path root = workspace.resolve("repo");
        List<String> lines = GithubActions.annotations(
                reactor(), Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", workspace.toString()), root);
        assertEquals(
                List.of(
                        "::error file=repo/modules/legacy/src/main/java/Legacy.java,line=10,title=Readiness blocker%3A"
                                + " code.todos::[legacy] [CRITICAL] FIXME in shipped code%0AFix (~15 min): resolve it",
                        "::error title=Readiness blocker%3A coverage.line::[legacy] [CRITICAL] coverage.line line%0AFix"
                                + " (~1 h): fix it"),
                lines.subList(0, 2));
        assertTrue(
                lines.get(2).startsWith("::error title=Readiness blocker%3A coverage.line::[(aggregate)]"),
                lines.get(2));
        assertEquals(
                "::warning file=repo/core/src/main/resources/application.properties,line=2,title=Readiness HIGH%3A"
                        + " security.secrets::[core] [HIGH] possible secret in application.properties%0AFix (~30 min): move it"
                        + " to the environment",
                lines.get(3));
        assertEquals(4, lines.size(), "LOW findings are not annotated");
        assertEquals(List.of(), GithubActions.annotations(reactor(), Map.of(), root), "nothing off GitHub Actions");
    }

    @Test
    void oneSummaryWithEveryModule(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summary.md");
        Files.writeString(file, "earlier step\n");
        GithubActions.appendSummary(
                reactor(), Map.of("GITHUB_STEP_SUMMARY", file.toString()), "target/readiness/readiness.md");
        String text = Files.readString(file);
        assertTrue(
                text.startsWith("earlier step\n## :x: Production readiness of com.example:root:1.0.0 (reactor)"), text);
        GoldenFiles.assertGolden("reactor/step-summary.md", text.substring("earlier step\n".length()));
    }

    @Test
    void summaryOfAThousandModulesStaysSmall(@TempDir Path dir) throws IOException {
        ReactorResult big = new ReactorAggregator()
                .aggregate(
                        ROOT,
                        TOOL,
                        ReadinessEngine.withBuiltInRules().defaultPolicy(),
                        ReactorFixtures.generated(1000),
                        null);
        Path file = dir.resolve("summary.md");
        GithubActions.appendSummary(big, Map.of("GITHUB_STEP_SUMMARY", file.toString()), "readiness.md");
        String text = Files.readString(file);
        assertTrue(text.length() < 100_000, "size " + text.length());
        assertTrue(text.contains("... and 800 more modules in `readiness.md`."), text);
        assertTrue(text.contains("... and 180 more in `readiness.md`."), "200 blockers, 20 listed");
    }

    @Test
    void writesTheChosenFormatsOnlyAndTheSameBytesTwice(@TempDir Path first, @TempDir Path second) throws IOException {
        Set<OutputFormat> formats =
                EnumSet.of(OutputFormat.JSON, OutputFormat.SARIF, OutputFormat.JUNIT, OutputFormat.GITHUB);
        List<Path> written = ReportFiles.writeAll(reactor(), first, formats);
        ReportFiles.writeAll(reactor(), second, formats);
        assertEquals(
                List.of(
                        first.resolve("readiness.json"),
                        first.resolve("readiness.sarif"),
                        first.resolve("TEST-readiness.xml")),
                written);
        try (Stream<Path> files = Files.list(first)) {
            assertEquals(3, files.count(), "no readiness.md, no temporary file");
        }
        for (Path file : written) {
            assertEquals(Files.readString(file), Files.readString(second.resolve(file.getFileName())));
        }
        assertFalse(Files.readString(first.resolve("readiness.sarif")).contains("\"uri\": \"./"));
    }

    private static String sarif(ReactorResult reactor) throws IOException {
        StringWriter out = new StringWriter();
        SarifRenderer.write(reactor, out);
        return out.toString();
    }

    private static String junit(ReactorResult reactor) throws IOException {
        StringWriter out = new StringWriter();
        JunitRenderer.write(reactor, out);
        return out.toString();
    }
}
