package io.github.readiness.rules.report;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static io.github.readiness.rules.EvidenceFixtures.healthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.readiness.rules.EvaluationRequest;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.policy.file.MaturityPresets;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * readiness.json against the JSON Schema the site publishes (src/site/resources/schema/readiness-1.schema.json):
 * every golden file and freshly rendered scorecards validate; documents with a wrong value do not.
 */
class ReadinessSchemaTest {
    static final Path SCHEMA = projectRoot().resolve("src/site/resources/schema/readiness-1.schema.json");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    static Path projectRoot() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    }

    static Stream<Path> goldenReadinessFiles() throws IOException {
        try (Stream<Path> files = Files.walk(GOLDEN, 2)) { // golden/reactor holds a reactor result
            // readiness-baseline.json is the baseline file, another format
            List<Path> reports = files.filter(p -> p.getFileName().toString().matches("readiness(-\\w+)?\\.json"))
                    .filter(p -> !p.getFileName().toString().equals("readiness-baseline.json"))
                    .sorted()
                    .toList();
            assertTrue(reports.size() >= 3, "golden readiness*.json files expected in " + GOLDEN + ": " + reports);
            return reports.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenReadinessFiles")
    void goldenFilesValidate(Path golden) throws IOException {
        assertValid(MAPPER.readTree(golden.toFile()), golden.getFileName().toString());
    }

    static Stream<Arguments> freshScorecards() {
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        Scorecard assessed = engine.evaluate(
                EvaluationRequest.of(PROJECT, TOOL, healthy(), engine.defaultPolicy(), LocalDate.of(2026, 11, 15))
                        .withMaturity(MaturityPresets.load(
                                engine.defaultPolicy(), Path.of("."), ReadinessSchemaTest.class.getClassLoader())));
        return Stream.of(
                Arguments.of("not ready", ReportGoldenTest.notReadyCard()),
                Arguments.of("waived", ReportGoldenTest.waivedCard()),
                Arguments.of("compared with a baseline", BaselineReportGoldenTest.comparedCard()),
                Arguments.of("healthy with a maturity level", assessed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freshScorecards")
    void freshlyRenderedScorecardsValidate(String name, Scorecard card) throws IOException {
        assertValid(render(card), name);
    }

    @Test
    void everyTopLevelFieldTheRendererWritesIsDocumented() throws IOException {
        JsonNode properties = MAPPER.readTree(SCHEMA.toFile()).get("properties");
        List<String> undocumented = new ArrayList<>();
        JsonNode reactor =
                MAPPER.readTree(GOLDEN.resolve("reactor/readiness.json").toFile());
        for (JsonNode document : List.of(render(ReportGoldenTest.waivedCard()), reactor)) {
            document.fieldNames().forEachRemaining(field -> {
                if (!properties.has(field)) {
                    undocumented.add(field);
                }
            });
        }
        assertEquals(List.of(), undocumented, "describe these readiness.json fields in " + SCHEMA);
    }

    @Test
    void theSchemaItselfIsValidDraft202012() throws IOException {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        Set<ValidationMessage> errors = metaSchema.validate(MAPPER.readTree(SCHEMA.toFile()));
        assertEquals(Set.of(), errors);
    }

    /** Each mutation of a valid document must be rejected, naming the field. */
    static Stream<Arguments> wrongDocuments() {
        return Stream.of(
                Arguments.of("verdict", "$.verdict", (Mutation) doc -> doc.put("verdict", "GO")),
                Arguments.of("severity", "severity", (Mutation)
                        doc -> ((ObjectNode) doc.get("findings").get(0)).put("severity", "BLOCKER")),
                Arguments.of("category id", "category", (Mutation)
                        doc -> ((ObjectNode) doc.get("findings").get(0)).put("category", "testing")),
                Arguments.of("evidence status", "status", (Mutation)
                        doc -> ((ObjectNode) doc.get("evidence").get(0)).put("status", "MISSING")),
                Arguments.of("score above 100", "$.score", (Mutation) doc -> doc.put("score", 101)),
                Arguments.of("missing findings", "findings", (Mutation) doc -> doc.remove("findings")),
                Arguments.of("schemaVersion 2", "schemaVersion", (Mutation) doc -> doc.put("schemaVersion", 2)),
                Arguments.of("unknown finding field", "severityLevel", (Mutation)
                        doc -> ((ObjectNode) doc.get("findings").get(0)).put("severityLevel", "HIGH")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongDocuments")
    void wrongDocumentsFailValidation(String name, String named, Mutation mutation) throws IOException {
        ObjectNode document = (ObjectNode) render(ReportGoldenTest.notReadyCard());
        mutation.apply(document);

        Set<ValidationMessage> errors = schema().validate(document);

        assertFalse(errors.isEmpty(), name + " must not validate");
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains(named)), name + ": " + errors);
    }

    /** Each mutation of the golden reactor result must be rejected, naming the field. */
    static Stream<Arguments> wrongReactorDocuments() {
        return Stream.of(
                Arguments.of("module status", "status", (Mutation)
                        doc -> module(doc, 1).put("status", "built")),
                Arguments.of("checked module without verdict", "verdict", (Mutation)
                        doc -> module(doc, 1).remove("verdict")),
                Arguments.of("not-built module with a score", "score", (Mutation)
                        doc -> module(doc, 4).put("score", 50)),
                Arguments.of("unknown module field", "lines", (Mutation)
                        doc -> module(doc, 1).put("lines", 100)),
                Arguments.of("counter type", "lines", (Mutation) doc -> {
                    ObjectNode coverage = (ObjectNode) module(doc, 1).get("coverage");
                    coverage.set("lines", coverage.get("line"));
                }),
                Arguments.of("ratio above 1", "ratio", (Mutation)
                        doc -> ((ObjectNode) module(doc, 1).get("coverage").get("line")).put("ratio", 9.0)),
                Arguments.of("coverage scope", "coverageScope", (Mutation)
                        doc -> ((ObjectNode) doc.get("reactor")).put("coverageScope", "modules")),
                Arguments.of(
                        "failAt", "failAt", (Mutation) doc -> ((ObjectNode) doc.get("reactor")).put("failAt", "first")),
                Arguments.of("unknown reactor field", "modulesFailed", (Mutation)
                        doc -> ((ObjectNode) doc.get("reactor")).put("modulesFailed", 1)),
                Arguments.of("finding module not a string", "module", (Mutation)
                        doc -> ((ObjectNode) doc.get("findings").get(0)).put("module", 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongReactorDocuments")
    void wrongReactorDocumentsFailValidation(String name, String named, Mutation mutation) throws IOException {
        ObjectNode document = (ObjectNode)
                MAPPER.readTree(GOLDEN.resolve("reactor/readiness.json").toFile());
        assertEquals(Set.of(), schema().validate(document), "the golden reactor result must validate");
        mutation.apply(document);

        Set<ValidationMessage> errors = schema().validate(document);

        assertFalse(errors.isEmpty(), name + " must not validate");
        assertTrue(errors.stream().anyMatch(e -> e.toString().contains(named)), name + ": " + errors);
    }

    /** modules[index] of the golden reactor result: 1 is core (checked, line and branch counters), 4 tools. */
    private static ObjectNode module(ObjectNode document, int index) {
        return (ObjectNode) document.get("modules").get(index);
    }

    @Test
    void aForwardCompatibleTopLevelFieldIsAllowed() throws IOException {
        ObjectNode document = (ObjectNode) render(ReportGoldenTest.notReadyCard());
        document.putObject("addedInALaterMinorVersion").put("x", 1);

        assertEquals(Set.of(), schema().validate(document));
    }

    interface Mutation {
        void apply(ObjectNode document);
    }

    private static JsonNode render(Scorecard card) throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer.write(card, out);
        return MAPPER.readTree(out.toString());
    }

    private static JsonSchema schema() throws IOException {
        return FACTORY.getSchema(Files.readString(SCHEMA));
    }

    private static void assertValid(JsonNode document, String name) throws IOException {
        Set<ValidationMessage> errors = schema().validate(document);
        assertEquals(Set.of(), errors, name + " against " + SCHEMA);
    }
}
