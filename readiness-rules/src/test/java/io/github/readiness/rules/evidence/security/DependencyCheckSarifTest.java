package io.github.readiness.rules.evidence.security;

import static io.github.readiness.rules.evidence.security.AuditTally.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * dependency-check's SARIF log of the schemaspy scan against its JSON and XML reports (the only scan of the fixtures
 * with all three; vulnjavaweb has no SARIF), then hand-written logs for what the real one does not show.
 */
class DependencyCheckSarifTest {
    private static final String SCAN = "12.2.2-schemaspy";
    private static final Path SHOWN = Path.of("target/dependency-check-report.sarif");

    /** (vulnerability id, highest CVSS score, first package id): what a gate decides on. */
    record Key(String id, Double highest, String packageId) {}

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void theSarifGivesTheSameActiveVulnerabilitiesAsTheReportOfTheSameScan(String format) throws Exception {
        DependencyAudit report = format.equals("json") ? readJson() : readXml();
        DependencyAudit sarif = readSarif();

        Map<Key, Long> expected = keys(report);
        assertEquals(44, expected.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(expected, keys(sarif));
    }

    /**
     * Beyond the multiset: the same dependencies in the same order, each with the same package, vulnerability ids,
     * scores (v4 vectors too) and severities (SARIF writes them lower case: "medium" for the JSON's "MEDIUM").
     */
    @Test
    void sameDependenciesInTheSameOrderWithTheSameScores() throws Exception {
        DependencyAudit json = readJson();
        DependencyAudit sarif = readSarif();

        assertEquals(json.vulnerable().size(), sarif.vulnerable().size());
        for (int d = 0; d < json.vulnerable().size(); d++) {
            VulnerableDependency expected = json.vulnerable().get(d);
            VulnerableDependency actual = sarif.vulnerable().get(d);
            String where = expected.fileName();
            assertEquals(expected.packageIds().stream().limit(1).toList(), actual.packageIds(), where);
            assertTrue(expected.fileName().endsWith(actual.fileName()), where + " / " + actual.fileName());
            assertEquals(
                    expected.vulnerabilities().size(), actual.vulnerabilities().size(), where);
            for (int v = 0; v < expected.vulnerabilities().size(); v++) {
                Vulnerability e = expected.vulnerabilities().get(v);
                Vulnerability a = actual.vulnerabilities().get(v);
                assertAll(
                        where + " " + e.id(),
                        () -> assertEquals(e.id(), a.id()),
                        () -> assertEquals(e.scores(), a.scores()),
                        () -> assertTrue(
                                e.reportedSeverity().equalsIgnoreCase(a.reportedSeverity()),
                                e.reportedSeverity() + " / " + a.reportedSeverity()),
                        () -> assertFalse(a.suppressed()));
            }
        }
    }

    /** What SARIF does not say: clean dependencies, CWEs, ranges, the project. */
    @Test
    void whatTheSarifDoesNotCarry() throws Exception {
        DependencyAudit json = readJson();
        DependencyAudit sarif = readSarif();

        assertEquals("dependency-check", sarif.tool());
        assertEquals("12.2.2", sarif.engineVersion());
        assertEquals(229, json.dependencyCount());
        assertEquals(12, sarif.dependencyCount(), "only the vulnerable dependencies are in the SARIF");
        assertEquals(ScannedProject.UNKNOWN, sarif.project());
        assertTrue(AuditTally.all(sarif)
                .noneMatch(v -> !v.cwes().isEmpty()
                        || !v.affected().isEmpty()
                        || v.description() != null
                        || v.source() != null));
        assertTrue(sarif.vulnerable().stream()
                .allMatch(d -> d.projectReferences().isEmpty() && d.includedBy().isEmpty()));
    }

    /**
     * dependency-check 12.x marks a KEV rule in its descriptions (CVE-2020-11023, jquery: "... *Known Exploited
     * Vulnerability*", "CISA Known Exploited Vulnerability ... Date Added: 2025-01-23"): the same two
     * vulnerabilities the JSON report flags with knownExploitedVulnerability.
     */
    @Test
    void theKevMarkOfTheRuleDescriptionsIsRead() throws Exception {
        List<String> json = AuditTally.all(readJson())
                .filter(Vulnerability::knownExploited)
                .map(Vulnerability::id)
                .toList();
        List<String> sarif = AuditTally.all(readSarif())
                .filter(Vulnerability::knownExploited)
                .map(Vulnerability::id)
                .toList();

        assertEquals(List.of("CVE-2020-11023", "CVE-2020-11023"), json);
        assertEquals(json, sarif);
    }

    /** Either description alone marks the rule; "known exploited" in other words does not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            medium severity - CVE-1 XSS in pkg:javascript/jquery@2.2.3 *Known Exploited Vulnerability* | text     | true
            medium severity - CVE-1 XSS in pkg:javascript/jquery@2.2.3 | CISA Known Exploited Vulnerability\\nDate Added | true
            medium severity - CVE-1 XSS in pkg:javascript/jquery@2.2.3 | not a Known Exploited Vulnerability    | false
            medium severity - CVE-1 a Known Exploited Vulnerability elsewhere | text                           | false
            """)
    void eitherDescriptionMarksTheRuleAsKnownExploited(String shortText, String fullText, boolean exploited)
            throws Exception {
        String log = """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "dependency-check", "version": "12.2.2",
                  "rules": [{"id": "CVE-1", "shortDescription": {"text": "%s"}, "fullDescription": {"text": "%s"},
                    "properties": {"cvssv3_baseScore": 6.1}}]}},
                  "results": [{"ruleId": "CVE-1", "level": "warning", "message": {"text": "x"}}]}]}
                """.formatted(shortText, fullText);

        Vulnerability vulnerability = AuditTally.all(audit(log)).findFirst().orElseThrow();

        assertEquals(exploited, vulnerability.knownExploited());
    }

    @Test
    void aDependencyIsAFileNamedByItsUri() throws Exception {
        List<VulnerableDependency> vulnerable = readSarif().vulnerable();

        VulnerableDependency first = vulnerable.get(0);
        assertEquals("aircompressor-0.27.jar", first.fileName());
        assertEquals(
                "file:///home/runner/.m2/repository/io/airlift/aircompressor/0.27/aircompressor-0.27.jar",
                first.filePath());
        VulnerableDependency bcprov = vulnerable.get(2);
        assertEquals("bcprov-jdk18on-1.71.jar", bcprov.fileName());
        assertEquals(List.of(), bcprov.packageIds(), "no logical location, as the JSON entry has no package");
        // bootstrap.js and bootstrap.min.js share one purl but stay two dependencies, 8 vulnerabilities each
        assertEquals(
                List.of("bootstrap.js", "bootstrap.min.js"),
                vulnerable.subList(5, 7).stream()
                        .map(VulnerableDependency::fileName)
                        .toList());
        assertEquals(
                List.of(8, 8),
                vulnerable.subList(5, 7).stream()
                        .map(d -> d.vulnerabilities().size())
                        .toList());
    }

    @Test
    void anotherScannersSarifIsNoDependencyAudit() throws Exception {
        for (String log : List.of(SarifReaderTest.SPOTBUGS, SarifReaderTest.CODEQL)) {
            try (InputStream in = Files.newInputStream(SarifReaderTest.realReport(log))) {
                assertEquals(Optional.empty(), DependencyCheckSarif.audit(new SarifReader().read(in, SHOWN)), log);
            }
        }
    }

    @Test
    void onlyDependencyCheckRunsCountAndSarifSuppressionsAreKept() throws Exception {
        SarifReport report = new SarifReader().read(new ByteArrayInputStream("""
                {"runs": [
                  {"tool": {"driver": {"name": "SpotBugs", "version": "4.8.1"}},
                   "results": [{"ruleId": "NP",
                                "locations": [{"physicalLocation": {"artifactLocation": {"uri": "A.java"}}}]}]},
                  {"tool": {"driver": {"name": "dependency-check", "semanticVersion": "12.1.0", "rules": [
                     {"id": "CVE-1", "shortDescription": {"text": "HIGH severity - CVE-1 in pkg:maven/g/a@1"},
                      "properties": {"cvssv3_baseScore": 7.5}},
                     {"id": "X", "shortDescription": {"text": "an unusual description"}}]}},
                   "results": [
                     {"ruleId": "CVE-1", "locations": [{
                        "physicalLocation": {"artifactLocation": {"uri": "file:///C:/m2/g/a/1/a%201.jar"}},
                        "logicalLocations": [{"fullyQualifiedName": "pkg:maven/g/a@1"}]}],
                      "suppressions": [{"kind": "external", "justification": "not reachable"}]},
                     {"ruleId": "X", "locations": [{"logicalLocations": [{"fullyQualifiedName": "pkg:npm/b@2"}]}]},
                     {"ruleId": "CVE-1"},
                     {"ruleId": "X", "locations": [{"logicalLocations": [{"fullyQualifiedName": "pkg:npm/b@2"}]}]}
                   ]}]}
                """.getBytes(UTF_8)), SHOWN);

        DependencyAudit audit = DependencyCheckSarif.audit(report).orElseThrow();

        assertEquals("12.1.0", audit.engineVersion());
        assertEquals(3, audit.dependencyCount());
        VulnerableDependency a = audit.vulnerable().get(0);
        assertEquals("a 1.jar", a.fileName());
        assertEquals(List.of("pkg:maven/g/a@1"), a.packageIds());
        assertEquals(
                new Vulnerability(
                        "CVE-1",
                        null,
                        "HIGH",
                        List.of(new Cvss(3, 7.5, null)),
                        false,
                        true,
                        List.of(),
                        null,
                        "not reachable",
                        List.of()),
                a.vulnerabilities().get(0));
        VulnerableDependency b = audit.vulnerable().get(1);
        assertEquals(List.of("pkg:npm/b@2"), b.packageIds(), "no file: grouped by package");
        assertEquals(
                List.of("X", "X"),
                b.vulnerabilities().stream().map(Vulnerability::id).toList());
        assertNull(b.vulnerabilities().get(0).reportedSeverity());
        VulnerableDependency neither = audit.vulnerable().get(2);
        assertEquals(List.of(), neither.packageIds());
        assertNull(neither.fileName());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        medium severity - CVE-2019-8331 Improper Neutralization ... in pkg:javascript/bootstrap@3.3.7 | medium
        low severity - possible XSS                                                                   | low
        HIGH severity - CVE-1                                                                         | HIGH
        severity - CVE-1                                                                              | -
        very high severity - CVE-1                                                                    | -
        CVE-1 without a severity                                                                      | -
        -                                                                                             | -
        """)
    void theReportedSeverityIsTheWordBeforeSeverity(String description, String severity) {
        assertEquals(severity, DependencyCheckSarif.reportedSeverity(description));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        file:///home/runner/.m2/repository/g/a/1/a-1.jar                  | a-1.jar
        file:///home/x/schemaspy-7.0.2.jar/layout/bower/jquery/jquery.js | jquery.js
        file:///C:/Users/me/My%20Lib/lib-1.jar                           | lib-1.jar
        C:\\Users\\me\\lib 2.jar                                         | lib 2.jar
        relative/dir/                                                    | dir
        a.jar                                                            | a.jar
        -                                                                | -
        """)
    void theFileNameIsTheLastSegmentOfTheUri(String uri, String fileName) {
        assertEquals(fileName, DependencyCheckSarif.fileName(uri));
    }

    private static Map<Key, Long> keys(DependencyAudit audit) {
        return audit.vulnerable().stream()
                .flatMap(d -> d.vulnerabilities().stream()
                        .filter(v -> !v.suppressed())
                        .map(v -> new Key(
                                v.id(),
                                v.scores().stream()
                                        .map(Cvss::baseScore)
                                        .max(Comparator.naturalOrder())
                                        .orElse(null),
                                d.packageIds().isEmpty() ? null : d.packageIds().get(0))))
                .collect(Collectors.groupingBy(k -> k, Collectors.counting()));
    }

    private static DependencyAudit audit(String log) throws Exception {
        return DependencyCheckSarif.audit(new SarifReader().read(new ByteArrayInputStream(log.getBytes(UTF_8)), SHOWN))
                .orElseThrow();
    }

    private static DependencyAudit readSarif() throws Exception {
        Path file = resource("real-reports/sarif-dc-" + SCAN + "/dependency-check-report.sarif");
        try (InputStream in = Files.newInputStream(file)) {
            return DependencyCheckSarif.audit(new SarifReader().read(in, SHOWN)).orElseThrow();
        }
    }

    private static DependencyAudit readJson() throws Exception {
        Path file = resource("real-reports/dc-json-" + SCAN + "/dependency-check-report.json");
        try (InputStream in = Files.newInputStream(file)) {
            return new DependencyCheckJsonReader().read(in, file);
        }
    }

    private static DependencyAudit readXml() throws Exception {
        Path file = resource("real-reports/dc-xml-" + SCAN + "/dependency-check-report.xml");
        try (InputStream in = Files.newInputStream(file)) {
            return new DependencyCheckXmlReader().read(in, file);
        }
    }
}
