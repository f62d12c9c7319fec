package io.github.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.security.SecurityCollector;
import io.github.readiness.rules.evidence.security.SecurityRequest;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.score.Scorecard;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One dependency-check scan written in several formats must gate alike: the JSON and XML reports of one scan give
 * the same scorecard, and its SARIF log the same vulnerabilities, short of what SARIF cannot carry.
 */
class SameScanTest {
    private static final ProjectInfo SCHEMASPY = new ProjectInfo(
            "nl.geodienstencentrum.maven", "schemaspy-maven-plugin", "5.4.1-SNAPSHOT", "SchemaSpy Maven Plugin");
    /** vulnjavaweb's report names only the project ("vulnerableapps"), no coordinates. */
    private static final ProjectInfo VULNJAVAWEB = new ProjectInfo("com.example", "vulnerableapps", "1.0", null);

    private static final String VULNERABILITIES = "security.vulnerabilities";

    @TempDir
    Path dir;

    private final ReadinessEngine engine = ReadinessEngine.withBuiltInRules();

    /**
     * schemaspy: 44 vulnerabilities in 12 files are 31 findings (bootstrap and jquery-ui are two files each), the
     * two CVE-2020-11023 of jQuery 2.2.3 and 3.2.1 blocking as known exploited. vulnjavaweb: 11 in 2 files, one KEV.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        12.2.2-schemaspy   | 31 | 2
        12.1.0-vulnjavaweb | 11 | 1
        """)
    void jsonAndXmlOfOneScanGiveTheSameScorecard(String scan, int vulnerabilityFindings, int blockers)
            throws Exception {
        ProjectInfo project = scan.endsWith("schemaspy") ? SCHEMASPY : VULNJAVAWEB;
        Scorecard json = evaluate("json", "dc-json-" + scan + "/dependency-check-report.json", "json", project);
        Scorecard xml = evaluate("xml", "dc-xml-" + scan + "/dependency-check-report.xml", "xml", project);

        assertEquals(
                vulnerabilityFindings,
                json.findings().stream()
                        .filter(f -> f.rule().equals(VULNERABILITIES))
                        .count());
        assertEquals(blockers, json.blockers().size());
        assertTrue(json.blockers().stream()
                .allMatch(f -> f.key().equals("CVE-2020-11023 jquery (javascript)")
                        && f.message().endsWith(", known exploited (CISA KEV)")
                        && f.severity() == Severity.MEDIUM));
        assertEquals(Verdict.NOT_READY, json.verdict());

        assertEquals(json.findings(), xml.findings(), "every field: rule, severity, blocking, key, message, effort");
        assertEquals(json.verdict(), xml.verdict());
        assertEquals(json.verdictReasons(), xml.verdictReasons());
        assertEquals(json.score(), xml.score());
        assertEquals(json.categories(), xml.categories());
    }

    /**
     * schemaspy's SARIF against its JSON: the same vulnerabilities at the same severities, with two differences
     * SARIF imposes. Its KEV mark is in the rule's descriptions, so the two jQuery CVE-2020-11023 findings block
     * from it as from the JSON. It has no clean dependency, so no dependencies score. And it names
     * a file by its URI's last segment, so bcprov inside jruby-stdlib, which has no package id to be named by,
     * is "bcprov-jdk18on-1.71.jar" where the JSON says "jruby-stdlib-9.4.2.0.jar: bcprov-jdk18on-1.71.jar".
     */
    @Test
    void theSarifOfTheScanGivesTheSameVulnerabilitiesAndKev() throws Exception {
        Scorecard json = evaluate("json", "dc-json-12.2.2-schemaspy/dependency-check-report.json", "json", SCHEMASPY);
        Scorecard sarif =
                evaluate("sarif", "sarif-dc-12.2.2-schemaspy/dependency-check-report.sarif", "sarif", SCHEMASPY);

        String jsonBcprov = "CVE-2023-33202 jruby-stdlib-9.4.2.0.jar: bcprov-jdk18on-1.71.jar";
        String sarifBcprov = "CVE-2023-33202 bcprov-jdk18on-1.71.jar";
        Map<String, Long> expected = triples(json);
        Map<String, Long> actual = triples(sarif);
        assertEquals(31, expected.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1L, expected.remove(VULNERABILITIES + " | " + jsonBcprov + " | MEDIUM"));
        assertEquals(1L, actual.remove(VULNERABILITIES + " | " + sarifBcprov + " | MEDIUM"));
        assertEquals(expected, actual);

        assertEquals(
                List.of(
                        "CVE-2020-11023 in jquery (javascript) 2.2.3.min",
                        "CVE-2020-11023 in jquery (javascript)" + " 3.2.1"),
                blockingVulnerabilities(json));
        assertEquals(blockingVulnerabilities(json), blockingVulnerabilities(sarif));
        assertEquals(
                List.of("2 blocking findings to fix or waive", "score 76 is below the minimum 80"),
                json.verdictReasons());
        assertEquals(
                List.of("2 blocking findings to fix or waive", "score 71 is below the minimum 80"),
                sarif.verdictReasons(),
                "no dependencies score from SARIF (it lists no clean dependency), so a lower mean");
    }

    private Scorecard evaluate(String module, String fixture, String format, ProjectInfo project) throws Exception {
        Path base = Files.createDirectories(dir.resolve(module));
        Path report = base.resolve("target/dependency-check-report." + format);
        Files.createDirectories(report.getParent());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("real-reports/" + fixture)) {
            Files.copy(in, report);
        }
        SecurityCollector.Result security = new SecurityCollector()
                .collect(new SecurityRequest(
                        base,
                        base.resolve("target"),
                        List.of(),
                        null,
                        project,
                        null,
                        List.of(),
                        null,
                        false,
                        null,
                        Instant.parse("2026-09-01T00:00:00Z")));
        assertTrue(security.audit().isRead(), security.audit().detail());
        ProjectEvidence evidence = new ProjectEvidence(
                EvidenceFixtures.coverage(90, 10, 8, 2),
                EvidenceFixtures.tests(12, 0, 0, 0),
                security.audit(),
                security.scanners());
        return engine.evaluate(project, evidence, engine.defaultPolicy(), EvidenceFixtures.TOOL);
    }

    /** "rule | key | severity" of the vulnerability findings, counted. */
    private static Map<String, Long> triples(Scorecard card) {
        return card.findings().stream()
                .filter(f -> f.rule().equals(VULNERABILITIES))
                .collect(Collectors.groupingBy(
                        f -> f.rule() + " | " + f.key() + " | " + f.severity(), TreeMap::new, Collectors.counting()));
    }

    private static List<String> blockingVulnerabilities(Scorecard card) {
        return card.findings().stream()
                .filter(f -> f.rule().equals(VULNERABILITIES) && f.blocking())
                .map(Finding::message)
                .map(m -> m.replaceFirst(" \\(used by [^)]*\\)", ""))
                .map(m -> m.substring(0, m.indexOf(": ")))
                .sorted()
                .toList();
    }
}
