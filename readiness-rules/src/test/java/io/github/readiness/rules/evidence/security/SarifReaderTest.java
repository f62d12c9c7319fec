package io.github.readiness.rules.evidence.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.model.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SARIF reader on three real scanners' logs and on the odd cases the spec allows. */
class SarifReaderTest {
    static final String SPOTBUGS = "sarif-spotbugs-4.8.1-glasov/spotbugsSarif.json";
    static final String CODEQL = "sarif-codeql-2.11.0-altoroj/java.sarif";
    static final String DEPENDENCY_CHECK = "sarif-dc-12.2.2-schemaspy/dependency-check-report.sarif";
    private static final Path SHOWN = Path.of("target/scan.sarif");

    private final SarifReader reader = new SarifReader();

    static Path realReport(String name) throws URISyntaxException {
        URL resource = SarifReaderTest.class.getResource("/real-reports/" + name);
        return Path.of(Objects.requireNonNull(resource, name).toURI());
    }

    private SarifReport readReal(String name) throws Exception {
        try (InputStream in = Files.newInputStream(realReport(name))) {
            return reader.read(in, SHOWN);
        }
    }

    private SarifReport read(String json) throws EvidenceException {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private SarifReport read(byte[] bytes) throws EvidenceException {
        return reader.read(new ByteArrayInputStream(bytes), SHOWN);
    }

    private static <K> Map<K, Long> count(List<SarifResult> results, Function<SarifResult, K> key) {
        return results.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    // ---- real logs -------------------------------------------------------------------------------------------

    @Test
    void spotbugsLevelsAreCountedExactly() throws Exception {
        SarifReport report = readReal(SPOTBUGS);

        assertEquals(List.of("SpotBugs 4.8.1"), report.tools());
        assertEquals(2502, report.results().size());
        assertEquals(Map.of("error", 73L, "warning", 536L, "note", 1893L), count(report.results(), SarifResult::level));
        assertEquals(
                0,
                report.results().stream().filter(SarifResult::securityTagged).count(),
                "SpotBugs tags rules by category (STYLE, CORRECTNESS...), none is 'security'");
        assertTrue(report.results().stream().allMatch(r -> r.location() != null));
        assertEquals(
                9,
                report.results().stream().filter(r -> r.location().line() == 0).count(),
                "9 results (SE_BAD_FIELD...) have a physical location without a region");
    }

    @Test
    void spotbugsFirstResultKeepsRuleMessageAndLocation() throws Exception {
        SarifResult first = readReal(SPOTBUGS).results().get(0);

        assertEquals(
                new SarifResult(
                        "SpotBugs",
                        "NP_NULL_ON_SOME_PATH_FROM_RETURN_VALUE",
                        "warning",
                        null,
                        false,
                        "Possible null pointer dereference due to return value of called method",
                        new Location(
                                "core/src/main/java/com/gitflic/core/annotation/FeatureModelHeaderAspect.java", 39),
                        "com.gitflic.core.annotation.FeatureModelHeaderAspect.insertHeader()#?",
                        "Possible null pointer dereference due to return value of called method.",
                        List.of(),
                        false,
                        null,
                        false),
                first);
    }

    /** Counted with python3: every SpotBugs result has a logical location, no CodeQL one has; neither has CVSS. */
    @Test
    void logicalLocationsOfSpotbugsAndCodeqlAndNoScores() throws Exception {
        List<SarifResult> spotbugs = readReal(SPOTBUGS).results();
        List<SarifResult> codeql = readReal(CODEQL).results();

        assertTrue(spotbugs.stream().allMatch(r -> r.logicalLocation() != null));
        assertTrue(codeql.stream().allMatch(r -> r.logicalLocation() == null));
        assertTrue(spotbugs.stream().allMatch(r -> r.scores().isEmpty() && !r.suppressed()));
        assertTrue(codeql.stream().allMatch(r -> r.scores().isEmpty() && !r.suppressed()));
    }

    /** CodeQL: rules only in tool.extensions[20] (codeql/java-queries), results without level: all error. */
    @Test
    void codeqlLevelsAndSeveritiesComeFromExtensionRules() throws Exception {
        SarifReport report = readReal(CODEQL);

        assertEquals(List.of("CodeQL 2.11.0"), report.tools());
        assertEquals(10, report.results().size());
        assertEquals(Map.of("error", 10L), count(report.results(), SarifResult::level));
        assertEquals(Map.of(5.0, 2L, 6.1, 1L, 8.8, 7L), count(report.results(), SarifResult::securitySeverity));
        assertTrue(report.results().stream().allMatch(SarifResult::securityTagged));
        assertEquals(
                Map.of(
                        "java/cleartext-storage-in-cookie",
                        1L,
                        "java/insecure-cookie",
                        1L,
                        "java/sql-injection",
                        7L,
                        "java/xss",
                        1L),
                count(report.results(), SarifResult::ruleId));
    }

    @Test
    void codeqlSpotCheckAndFirstLineOfAMultiLineMessage() throws Exception {
        List<SarifResult> results = readReal(CODEQL).results();

        SarifResult xss = results.get(0);
        assertEquals("CodeQL", xss.tool());
        assertEquals("java/xss", xss.ruleId());
        assertEquals("error", xss.level());
        assertEquals(6.1, xss.securitySeverity());
        assertEquals(
                new Location("src/com/ibm/security/appscan/altoromutual/servlet/SurveyServlet.java", 101),
                xss.location());
        assertEquals("Cross-site scripting vulnerability due to [user-provided value](1).", xss.message());
        // the file's text has four lines here: only the first is kept
        assertEquals(
                "This SQL query depends on [a user-provided value](1).",
                results.get(1).message());
        assertEquals(
                new Location("src/com/ibm/security/appscan/altoromutual/util/DBUtil.java", 219),
                results.get(1).location());
    }

    /** dependency-check: every level warning; security-severity on NVD rules, absent on the RetireJS ones. */
    @Test
    void dependencyCheckSeveritiesComeFromRulesExceptRetireJs() throws Exception {
        SarifReport report = readReal(DEPENDENCY_CHECK);
        List<SarifResult> results = report.results();

        assertEquals(List.of("dependency-check 12.2.2"), report.tools());
        assertEquals(44, results.size());
        assertEquals(Map.of("warning", 44L), count(results, SarifResult::level));
        assertEquals(
                36, results.stream().filter(r -> r.securitySeverity() != null).count());
        assertEquals(
                22,
                results.stream()
                        .filter(r -> r.securitySeverity() != null)
                        .map(SarifResult::ruleId)
                        .distinct()
                        .count());
        List<SarifResult> unscored =
                results.stream().filter(r -> r.securitySeverity() == null).toList();
        assertEquals(8, unscored.size());
        assertEquals(
                List.of(
                        "Bootstrap before 4.0.0 is end-of-life and no longer maintained.",
                        "CVE-2024-6485",
                        "jquery issue: 11974",
                        "jquery issue: 162",
                        "possible XSS",
                        "prototype pollution"),
                unscored.stream().map(SarifResult::ruleId).distinct().sorted().toList());
        // no tags in dependency-check's SARIF: without a severity, a RetireJS result is not security-tagged
        assertTrue(unscored.stream().noneMatch(SarifResult::securityTagged));
        assertEquals(
                Map.of(5.3, 1L, 5.5, 2L, 5.7, 1L, 6.1, 30L, 6.3, 1L, 7.3, 1L),
                count(
                        results.stream()
                                .filter(r -> r.securitySeverity() != null)
                                .toList(),
                        SarifResult::securitySeverity));
    }

    /**
     * Counted with python3: 43 of 44 results name a purl (the bcprov jar inside jruby-stdlib has no logical
     * location), 9 distinct; rule descriptions start "medium" 39 times, "low" 4, "high" 1; rule properties give
     * cvssv2_score to 29 results, cvssv3_baseScore to 36, cvssv4_baseScore to 2; no suppressions.
     */
    @Test
    void dependencyCheckLogicalLocationsDescriptionsAndScores() throws Exception {
        List<SarifResult> results = readReal(DEPENDENCY_CHECK).results();

        assertEquals(
                43, results.stream().filter(r -> r.logicalLocation() != null).count());
        assertEquals(
                9,
                results.stream()
                        .map(SarifResult::logicalLocation)
                        .filter(Objects::nonNull)
                        .distinct()
                        .count());
        SarifResult withoutPackage = results.get(2);
        assertEquals("CVE-2023-33202", withoutPackage.ruleId());
        assertNull(withoutPackage.logicalLocation());
        assertTrue(withoutPackage.location().file().endsWith("/bcprov-jdk18on-1.71.jar"));
        assertEquals(
                Map.of("medium", 39L, "low", 4L, "high", 1L),
                count(
                        results,
                        r -> r.ruleDescription()
                                .substring(0, r.ruleDescription().indexOf(' '))));
        assertEquals(
                Map.of(2, 29L, 3, 36L, 4, 2L),
                results.stream()
                        .flatMap(r -> r.scores().stream())
                        .collect(Collectors.groupingBy(Cvss::version, TreeMap::new, Collectors.counting())));
        assertTrue(results.stream().noneMatch(SarifResult::suppressed));

        SarifResult first = results.get(0);
        assertEquals("pkg:maven/io.airlift/aircompressor@0.27", first.logicalLocation());
        assertTrue(first.ruleDescription().startsWith("medium severity - CVE-2025-67721 "), first.ruleDescription());
        assertEquals(new Cvss(3, 7.5, null), first.scores().get(0));
        assertEquals(6.3, first.scores().get(1).baseScore());
        assertTrue(
                first.scores().get(1).vector().startsWith("CVSS:4.0/AV:N/AC:L/AT:P/"),
                first.scores().toString());
        assertEquals(2, first.scores().size());
    }

    @Test
    void dependencyCheckLongMessagesAreCutAndLocationsAreFileUrisWithoutLine() throws Exception {
        List<SarifResult> results = readReal(DEPENDENCY_CHECK).results();

        assertTrue(results.stream().allMatch(r -> r.message().length() <= 300));
        assertEquals(
                13,
                results.stream().filter(r -> r.message().length() == 300).count(),
                "13 messages in the file are longer than 300 characters");
        SarifResult first = results.get(0);
        assertEquals("CVE-2025-67721", first.ruleId());
        assertEquals(6.3, first.securitySeverity());
        assertTrue(first.message().startsWith("CVE-2025-67721 - Aircompressor is a library"));
        assertTrue(first.message().endsWith("..."));
        assertEquals(
                new Location(
                        "file:///home/runner/.m2/repository/io/airlift/aircompressor/0.27/aircompressor-0.27.jar", 0),
                first.location());
    }

    // ---- hand-written cases ------------------------------------------------------------------------------------

    /** Results before tool; ruleIndex and rule.index+toolComponent win over order; ruleId finds extension rules. */
    @Test
    void resolvesRulesWhenResultsComeBeforeTheTool() throws Exception {
        SarifReport report = read("""
                {"runs": [{
                  "results": [
                    {"ruleId": "B", "ruleIndex": 1, "message": {"text": "by index"}},
                    {"ruleId": "X", "message": {"text": "by id, in an extension"}},
                    {"rule": {"id": "Y", "index": 1, "toolComponent": {"index": 1}}, "message": {"text": "by ref"}},
                    {"ruleId": "A", "message": {"text": "by id, in the driver"}},
                    {"ruleId": "unknown", "message": {"text": "no rule"}}
                  ],
                  "tool": {
                    "driver": {"name": "Scanner", "semanticVersion": "1.2.3", "rules": [
                      {"id": "A", "defaultConfiguration": {"level": "note"}},
                      {"id": "B", "defaultConfiguration": {"level": "error"}}]},
                    "extensions": [
                      {"name": "no-rules"},
                      {"name": "pack", "rules": [
                        {"id": "X", "defaultConfiguration": {"level": "error"},
                         "properties": {"security-severity": "9.8"}},
                        {"id": "Y", "defaultConfiguration": {"level": "note"},
                         "properties": {"security-severity": 4}}]}]
                  }
                }]}
                """);

        assertEquals(List.of("Scanner 1.2.3"), report.tools());
        assertEquals(
                List.of("B error null", "X error 9.8", "Y note 4.0", "A note null", "unknown warning null"),
                report.results().stream()
                        .map(r -> r.ruleId() + " " + r.level() + " " + r.securitySeverity())
                        .toList());
        assertTrue(report.results().stream().allMatch(r -> r.tool().equals("Scanner")));
    }

    @Test
    void ruleIndexWinsOverRuleIdAndAnIndexOutOfRangeFallsBackToTheId() throws Exception {
        SarifReport report = read("""
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "S", "rules": [
                    {"id": "R", "defaultConfiguration": {"level": "note"}},
                    {"id": "R/sub", "defaultConfiguration": {"level": "error"}}]}},
                  "results": [
                    {"ruleId": "R/sub", "ruleIndex": 0},
                    {"ruleId": "R/sub"},
                    {"ruleId": "R/sub", "ruleIndex": 7},
                    {"rule": {"id": "R/sub", "index": 0, "toolComponent": {"index": 3}}}
                  ]}]}
                """);

        // a hierarchical ruleId ("R/sub") under ruleIndex 0 is rule "R" (SARIF 3.27.5): the index decides
        assertEquals(
                List.of("note", "error", "error", "error"),
                report.results().stream().map(SarifResult::level).toList());
        assertEquals(
                List.of("R/sub"),
                report.results().stream().map(SarifResult::ruleId).distinct().toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "level": "none"                                       | none
            "level": "ERROR"                                      | error
            "kind": "fail"                                        | error
            """)
    void resultLevelOverridesTheRuleDefault(String resultFields, String expectedLevel) throws Exception {
        SarifReport report = read("""
                {"runs": [{"tool": {"driver": {"name": "S", "rules": [
                    {"id": "R", "defaultConfiguration": {"level": "error"}}]}},
                  "results": [{"ruleId": "R", "ruleIndex": 0, %s}]}]}
                """.formatted(resultFields));

        assertEquals(expectedLevel, report.results().get(0).level());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "properties": {"tags": ["Security", "external/cwe/cwe-079"]}   | {}                                     | true  |
            {}                                                             | "properties": {"tags": ["SECURITY"]}  | true  |
            "properties": {"tags": ["security-ish"]}                       | {}                                     | false |
            "properties": {"security-severity": "high"}                    | {}                                     | false |
            "properties": {"security-severity": "7.5"}                     | "properties": {"security-severity": "high"} | true | 7.5
            "properties": {"security-severity": "9.0"}                     | "properties": {"security-severity": "3.1"}  | true | 3.1
            """)
    void securityTagWithOrWithoutSeverity(String ruleFields, String resultFields, boolean tagged, Double severity)
            throws Exception {
        String rule = ruleFields.equals("{}") ? "{\"id\": \"R\"}" : "{\"id\": \"R\", " + ruleFields + "}";
        String result = resultFields.equals("{}") ? "{\"ruleId\": \"R\"}" : "{\"ruleId\": \"R\", " + resultFields + "}";
        SarifResult only = read("{\"runs\": [{\"tool\": {\"driver\": {\"name\": \"S\", \"rules\": [" + rule
                        + "]}}, \"results\": [" + result + "]}]}")
                .results()
                .get(0);

        assertEquals(tagged, only.securityTagged());
        assertEquals(severity, only.securitySeverity());
    }

    @Test
    void missingLocationsAndMessagesFallBack() throws Exception {
        List<SarifResult> results = read("""
                {"runs": [{"tool": {"driver": {"name": "S", "rules": [
                    {"id": "R", "shortDescription": {"text": "  Rule description\\nsecond line"}}]}},
                  "results": [
                    {"ruleId": "R"},
                    {"ruleId": "Q", "message": {"text": "   "}, "locations": []},
                    {"ruleId": "R", "locations": [{"logicalLocations": [{"name": "m"}]}]},
                    {"ruleId": "R", "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a/B.java"}}},
                                                  {"physicalLocation": {"artifactLocation": {"uri": "c/D.java"},
                                                                        "region": {"startLine": 7}}}]}
                  ]}]}
                """).results();

        assertEquals(
                List.of("Rule description", "Q", "Rule description", "Rule description"),
                results.stream().map(SarifResult::message).toList());
        assertNull(results.get(0).location());
        assertNull(results.get(1).location());
        assertNull(results.get(2).location(), "a logical location alone has no file");
        assertEquals("m", results.get(2).logicalLocation(), "name when there is no fullyQualifiedName");
        assertEquals(
                List.of("Rule description", "-", "Rule description", "Rule description"),
                results.stream()
                        .map(r -> Objects.toString(r.ruleDescription(), "-"))
                        .toList());
        assertEquals(new Location("a/B.java", 0), results.get(3).location(), "only the first location counts");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', nullValues = "-", textBlock = """
            [{"logicalLocations": [{"name": "n", "fullyQualifiedName": "a.b.n"}, {"fullyQualifiedName": "c"}]}] | a.b.n
            [{"logicalLocations": [{"fullyQualifiedName": " ", "name": "n"}]}]                                  | n
            [{"logicalLocations": [{"kind": "function"}, {"name": "second"}]}]                                  | -
            [{"physicalLocation": {}}, {"logicalLocations": [{"name": "of the second location"}]}]           | -
            [{"logicalLocations": {"name": "not an array"}}]                                                  | -
            """)
    void theLogicalLocationIsTheFirstLocationsFirst(String locations, String expected) throws Exception {
        SarifResult result = read("{\"runs\": [{\"results\": [{\"ruleId\": \"R\", \"locations\": " + locations
                        + "}]}]}")
                .results()
                .get(0);

        assertEquals(expected, result.logicalLocation());
    }

    /** SARIF 2.1.0, 3.27.23 and 3.35: status absent or "accepted" suppresses, "underReview"/"rejected" veto it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', nullValues = "-", textBlock = """
            []                                                                          | false | -
            [{"kind": "inSource"}]                                                      | true  | -
            [{"kind": "external", "status": "accepted", "justification": " not used "}] | true  | not used
            [{"status": "Accepted", "justification": "a"}, {"justification": "b"}]      | true  | a
            [{"status": "underReview", "justification": "a"}]                           | false | -
            [{"status": "rejected"}]                                                    | false | -
            [{"justification": "a"}, {"status": "rejected"}]                            | false | -
            [{"status": "pending"}]                                                     | false | -
            ["accepted", null, {"status": 1}]                                           | false | -
            {"status": "accepted"}                                                      | false | -
            """)
    void suppressionsFollowTheirStatus(String suppressions, boolean suppressed, String justification) throws Exception {
        SarifResult result = read("{\"runs\": [{\"tool\": {\"driver\": {\"name\": \"S\"}}, \"results\": ["
                        + "{\"ruleId\": \"R\", \"suppressions\": " + suppressions + "}]}]}")
                .results()
                .get(0);

        assertEquals(suppressed, result.suppressed());
        assertEquals(justification, result.justification());
    }

    /** Scores as numbers or numeric strings, in version order; a value that is no CVSS score is left out. */
    @Test
    void cvssScoresComeFromTheRulePropertiesInVersionOrder() throws Exception {
        List<SarifResult> results = read("""
                {"runs": [{"tool": {"driver": {"name": "dependency-check", "rules": [
                    {"id": "A", "properties": {"cvssv4_baseScore": "9.3", "cvssv4_vector": "CVSS:4.0/AV:N",
                                               "cvssv3_baseScore": 9.8, "cvssv2_score": "7.5"}},
                    {"id": "B", "properties": {"cvssv2_score": 11, "cvssv3_baseScore": "n/a", "cvssv4_baseScore": -1,
                                               "cvssv3_vector": "CVSS:3.1/AV:N"}},
                    {"id": "C", "properties": {"cvssv3_baseScore": {"value": 5}}}]}},
                  "results": [{"ruleId": "A"}, {"ruleId": "B"}, {"ruleId": "C"}, {"ruleId": "none"}]}]}
                """).results();

        assertEquals(
                List.of(new Cvss(2, 7.5, null), new Cvss(3, 9.8, null), new Cvss(4, 9.3, "CVSS:4.0/AV:N")),
                results.get(0).scores());
        assertEquals(
                List.of(List.of(), List.of(), List.of()),
                results.subList(1, 4).stream().map(SarifResult::scores).toList());
    }

    @Test
    void everyRunIsReadInOrder() throws Exception {
        SarifReport report = read("""
                {"runs": [
                  {"tool": {"driver": {"name": "One", "version": "1", "semanticVersion": "1.0.0"}},
                   "results": [{"ruleId": "a", "level": "note"}]},
                  {"tool": {"driver": {}}, "results": [{"ruleId": "b"}]},
                  {"tool": {"driver": {"name": "Three"}}}
                ]}
                """);

        assertEquals(List.of("One 1", "unknown tool", "Three"), report.tools());
        assertEquals(
                List.of("One:a:note", "unknown tool:b:warning"),
                report.results().stream()
                        .map(r -> r.tool() + ":" + r.ruleId() + ":" + r.level())
                        .toList());
        assertFalse(report.results().get(1).securityTagged());
    }

    // ---- bad input --------------------------------------------------------------------------------------------

    @Test
    void truncatedRealFileNamesTheFileAndLine() throws Exception {
        byte[] whole = Files.readAllBytes(realReport(CODEQL));
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        long lines = new String(half, StandardCharsets.UTF_8)
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(half));

        assertTrue(
                e.getMessage().startsWith("target/scan.sarif: is malformed or truncated JSON (line " + lines + ": "),
                e.getMessage());
        assertTrue(
                e.getMessage().endsWith("): re-run CodeQL to regenerate it"), e.getMessage()); // the tool that wrote it
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("Source:"), "no parser source excerpt: " + e.getMessage());
        assertEquals(SHOWN, e.file());
    }

    @Test
    void dependencyCheckJsonReportIsNotSarif() throws Exception {
        byte[] json = Files.readAllBytes(realReport("dc-json-6.0.2-openls/dependency-check-report.json"));

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(json));

        assertEquals(
                "target/scan.sarif: is not a SARIF file (no \"runs\" array; it looks like an OWASP"
                        + " dependency-check JSON report): point the SARIF configuration at a SARIF 2.1.0 log"
                        + " (e.g. target/spotbugsSarif.json)",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            ^^                                      | is empty, not a SARIF file: regenerate it
            ^[{"runs": []}]^                        | is not a SARIF file (the top-level value is not a JSON object)
            ^{"version": "2.1.0", "runs": null}^    | is not a SARIF file (no "runs" array)
            ^{"runs": []} {"runs": []}^             | is malformed or truncated JSON (line 1: unexpected content
            ^<report name="x"/>^                    | is malformed or truncated JSON (line 1: Unexpected character
            ^{"runs": [{"results": [{"ruleId": ^    | is malformed or truncated JSON (line 1: Unexpected end-of-input
            """)
    void badInputIsOneLineNamingTheFile(String content, String expectedStart) {
        EvidenceException e = assertThrows(EvidenceException.class, () -> read(content == null ? "" : content));

        assertTrue(e.getMessage().startsWith("target/scan.sarif: " + expectedStart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void emptyRunsIsAValidLogWithNoResults() throws Exception {
        SarifReport report = read("{\"version\": \"2.1.0\", \"runs\": []}");

        assertEquals(List.of(), report.tools());
        assertEquals(List.of(), report.results());
    }

    @Test
    void theCallersStreamIsLeftOpen() throws Exception {
        boolean[] closed = new boolean[1];
        InputStream in = new ByteArrayInputStream("{\"runs\": []}".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() throws IOException {
                closed[0] = true;
                super.close();
            }
        };

        reader.read(in, SHOWN);

        assertFalse(closed[0]);
    }
}
