package io.github.readiness.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** readiness.sarif: valid against the SARIF 2.1.0 schema, and what code scanning reads from it. */
class SarifRendererTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    @Test
    void sarifOfTheRichScorecardIsValid() throws IOException {
        assertValid(sarif(ReportGoldenTest.notReadyCard()));
    }

    @Test
    void sarifWithWaiversIsValid() throws IOException {
        assertValid(sarif(ReportGoldenTest.waivedCard()));
    }

    @Test
    void schemaRejectsWhatIsNotSarif() throws IOException {
        ObjectNode broken = (ObjectNode) sarif(ReportGoldenTest.notReadyCard());
        ((ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        broken.remove("version");
        assertFalse(schema.validate(broken).isEmpty(), "the validator is live: a wrong level and no version fail");
    }

    @Test
    void oneRulePerEvaluatedRuleAndOneResultPerFinding() throws IOException {
        Scorecard card = ReportGoldenTest.notReadyCard();
        JsonNode run = sarif(card).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals(card.rules().stream().map(r -> r.id()).toList(), ids(rules, "id"));
        assertEquals(card.findings().size(), run.get("results").size());
        for (JsonNode result : run.get("results")) {
            JsonNode rule = rules.get(result.get("ruleIndex").asInt());
            assertEquals(result.get("ruleId").asText(), rule.get("id").asText(), "ruleIndex points at the rule");
            assertEquals(
                    16, result.at("/partialFingerprints/readiness~1v1").asText().length());
            assertEquals(
                    "%SRCROOT%",
                    result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId")
                            .asText());
        }
        assertEquals(
                "readiness/com.acme:payments/", run.at("/automationDetails/id").asText());
        assertEquals("NOT_READY", run.at("/properties/verdict").asText());
    }

    @Test
    void rulesCarryTheirMetadataAndSecurityRulesASecuritySeverity() throws IOException {
        JsonNode rules = sarif(ReportGoldenTest.notReadyCard()).at("/runs/0/tool/driver/rules");
        JsonNode vulnerabilities = byId(rules, "security.vulnerabilities");
        assertEquals("SecurityVulnerabilities", vulnerabilities.get("name").asText());
        assertEquals(
                "No known vulnerable dependencies",
                vulnerabilities.at("/shortDescription/text").asText());
        assertTrue(vulnerabilities.at("/help/text").asText().contains("\nEffort estimate: "));
        assertEquals("9.5", vulnerabilities.at("/properties/security-severity").asText(), "highest finding: CRITICAL");
        assertTrue(ids(vulnerabilities.at("/properties/tags"), null).contains("security"));
        JsonNode line = byId(rules, "coverage.line");
        assertTrue(line.at("/properties/security-severity").isMissingNode(), "not a security rule");
        assertEquals("error", line.at("/defaultConfiguration/level").asText());
    }

    @Test
    void waivedFindingsAreSuppressedResultsWithTheirWaiver() throws IOException {
        Scorecard card = ReportGoldenTest.waivedCard();
        List<JsonNode> suppressed = new ArrayList<>();
        sarif(card).at("/runs/0/results").forEach(r -> {
            if (r.has("suppressions")) {
                suppressed.add(r);
            }
        });
        assertEquals(card.waived().size(), suppressed.size());
        JsonNode cve = suppressed.get(0).at("/suppressions/0");
        assertEquals("external", cve.get("kind").asText());
        assertEquals(
                "not exploitable: no HttpInvoker endpoint (reviewed in SEC-142) (owner payments-team, expires"
                        + " 2027-03-31)",
                cve.get("justification").asText());
    }

    @ParameterizedTest(name = "{0} blocking={1} -> {2}")
    @CsvSource({
        "CRITICAL, false, error,   9.5",
        "HIGH,     false, error,   7.5",
        "MEDIUM,   false, warning, 5.0",
        "MEDIUM,   true,  error,   5.0",
        "LOW,      false, note,    2.0",
        "LOW,      true,  error,   2.0",
        "INFO,     false, note,",
    })
    void levelsAndSecuritySeverities(Severity severity, boolean blocking, String level, String securitySeverity) {
        Finding finding = finding("security.secrets", severity, blocking, null);
        assertEquals(level, SarifLevels.level(finding));
        Double value = SarifLevels.securitySeverity(finding);
        assertEquals(securitySeverity, value == null ? null : SarifLevels.format(value));
    }

    @Test
    void aMeasuredCvssOfAVulnerabilityWinsOverTheSeverity() {
        assertEquals(8.1, SarifLevels.securitySeverity(finding("security.vulnerabilities", Severity.HIGH, true, 8.1)));
        assertEquals(
                7.5,
                SarifLevels.securitySeverity(finding("security.secrets", Severity.HIGH, true, 8.1)),
                "other rules measure other things");
        assertNull(SarifLevels.bySeverity(Severity.INFO));
    }

    /** CVSS runs from 0.0 to 10.0, both ends included; a value outside is not a CVSS and the severity stands. */
    @ParameterizedTest(name = "measured {0} -> {1}")
    @CsvSource({"10.0, 10.0", "0.0, 0.0", "10.1, 9.5", "-0.1, 9.5"})
    void theCvssRangeIsInclusive(double measured, double expected) {
        assertEquals(
                expected,
                SarifLevels.securitySeverity(finding("security.vulnerabilities", Severity.CRITICAL, true, measured)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "src/main/java/A.java          | src/main/java/A.java",
                "docs/my file.md               | docs/my%20file.md",
                "src\\main\\Ä.java             | src/main/%C3%84.java",
                "c:weird/name                  | ./c:weird/name",
                "dir/c:name                    | dir/c:name",
                "100%.txt                      | 100%25.txt",
            })
    void locationsAreRelativeUris(String file, String uri) {
        assertEquals(uri, SarifRenderer.uri(file));
    }

    private static Finding finding(String rule, Severity severity, boolean blocking, Double measured) {
        return new Finding(
                rule, Category.SECURITY, severity, blocking, "k", "m", measured, null, null, "fix", 5, false);
    }

    private static void assertValid(JsonNode sarif) {
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), () -> "not valid SARIF 2.1.0: " + errors);
    }

    private static JsonNode sarif(Scorecard card) throws IOException {
        return MAPPER.readTree(MachineReportGoldenTest.render(SarifRenderer::write, card));
    }

    private static JsonNode byId(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static List<String> ids(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node ->
                values.add(field == null ? node.asText() : node.get(field).asText()));
        return values;
    }
}
