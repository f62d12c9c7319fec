package io.github.readiness.rules.evidence.security;

import static io.github.readiness.rules.evidence.security.AuditTally.find;
import static io.github.readiness.rules.evidence.security.AuditTally.resource;
import static io.github.readiness.rules.evidence.security.AuditTally.score;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.EvidenceException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every real dependency-check JSON report of the fixtures (engines 4.0.2 to 12.2.2), then hand-written files for
 * what no real report shows: broken JSON, other tools' JSON, the NVD-shaped CVSS v4 block.
 */
class DependencyCheckJsonReaderTest {
    private static final String REPORT = "dependency-check-report.json";
    private static final Path HAND_WRITTEN = Path.of("target/dependency-check-report.json");

    private final DependencyCheckJsonReader reader = new DependencyCheckJsonReader();

    /**
     * Counted with python3's json module over each file: dependencies, those with "vulnerabilities" or
     * "suppressedVulnerabilities", both lengths, "severity" values as written, blocks cvssv4/cvssv3 with a baseScore,
     * cvssv2 with a score or a 4.x "cvssScore", "knownExploitedVulnerability" keys, non-blank "notes", names not
     * starting with "CVE-".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # folder                   | engine | deps | vuln. deps | active | suppr. | severities                         | v4 | v3 | v2  | KEV | notes | not CVE
        dc-json-4.0.2-guardrails   | 4.0.2  | 127  | 15         | 118    | 0      | High=27;Low=5;Medium=86            | 0  | 0  | 118 | 0   | 0     | 0
        dc-json-6.0.2-openls       | 6.0.2  | 1    | 1          | 0      | 2      |                                    | 0  | 2  | 2   | 0   | 0     | 0
        dc-json-8.4.3-izgw-hub     | 8.4.3  | 91   | 3          | 0      | 6      |                                    | 0  | 6  | 2   | 0   | 5     | 0
        dc-json-12.1.0-vulnjavaweb | 12.1.0 | 2    | 2          | 11     | 0      | MEDIUM=9;low=1;medium=1            | 0  | 9  | 9   | 1   | 0     | 1
        dc-json-12.2.2-schemaspy   | 12.2.2 | 229  | 12         | 44     | 0      | HIGH=1;MEDIUM=35;low=4;medium=4    | 2  | 36 | 29  | 2   | 0     | 6
        """)
    void readsEveryRealReport(String folder, String engine, int dependencies, int vulnerableDependencies, int active,
            int suppressed, String severities, long v4, long v3, long v2, long knownExploited, long notes,
            long notCve) throws Exception {
        DependencyAudit audit = readReal(folder);

        assertEquals("dependency-check", audit.tool());
        assertEquals(new AuditTally(engine, dependencies, vulnerableDependencies, active, suppressed,
                severities == null ? "" : severities, v4, v3, v2, knownExploited, notes, notCve),
                AuditTally.of(audit));
    }

    @Test
    void schemaspyKeepsTheReportedSeverityBesideBothScores() throws Exception {
        Vulnerability cve = find(readReal("dc-json-12.2.2-schemaspy"), "aircompressor-0.27.jar", "CVE-2025-67721");

        // v3 7.5 would be HIGH; the report follows v4 6.3 and says MEDIUM: both scores kept, severity as written
        assertAll(
                () -> assertEquals("MEDIUM", cve.reportedSeverity()),
                () -> assertEquals(new Cvss(3, 7.5, null), score(cve, 3)),
                () -> assertEquals(6.3, score(cve, 4).baseScore()),
                () -> assertTrue(score(cve, 4).vector().startsWith("CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:L/")),
                () -> assertNull(score(cve, 2)),
                () -> assertEquals("NVD", cve.source()),
                () -> assertEquals(List.of("CWE-125", "CWE-201"), cve.cwes()),
                () -> assertFalse(cve.suppressed()),
                () -> assertNull(cve.notes()));
    }

    @Test
    void schemaspyKeepsRetireJsEntriesWithoutScoreOrCveId() throws Exception {
        DependencyAudit audit = readReal("dc-json-12.2.2-schemaspy");
        VulnerableDependency jquery = audit.vulnerable().stream()
                .filter(d -> d.fileName().equals("schemaspy-7.0.2.jar: jquery-2.2.3.min.js")).findFirst().orElseThrow();
        Vulnerability issue = find(audit, jquery.fileName(), "jquery issue: 11974");
        Vulnerability kev = find(audit, jquery.fileName(), "CVE-2020-11023");

        assertEquals(List.of("pkg:javascript/jquery@2.2.3.min"), jquery.packageIds());
        assertEquals(new Vulnerability("jquery issue: 11974", "RETIREJS", "medium", List.of(), false, false, List.of(),
                "parseHTML() executes scripts in event handlers", null, List.of()), issue);
        assertTrue(kev.knownExploited());
        assertEquals(List.of(new Cvss(2, 4.3, null), new Cvss(3, 6.1, null)), kev.scores());
    }

    @Test
    void openlsHasOnlySuppressedVulnerabilitiesWithTheirScoresAndNoSeverity() throws Exception {
        DependencyAudit audit = readReal("dc-json-6.0.2-openls");
        VulnerableDependency log4j = audit.vulnerable().get(0);

        assertEquals("log4j-1.2.17.jar", log4j.fileName());
        assertEquals("/var/m2/repository/log4j/log4j/1.2.17/log4j-1.2.17.jar", log4j.filePath());
        assertEquals(List.of("pkg:maven/log4j/log4j@1.2.17"), log4j.packageIds());
        assertEquals(List.of("CVE-2019-17571", "CVE-2020-9488"),
                log4j.vulnerabilities().stream().map(Vulnerability::id).toList());
        Vulnerability critical = log4j.vulnerabilities().get(0);
        assertAll(
                () -> assertTrue(critical.suppressed()),
                () -> assertNull(critical.reportedSeverity()),
                () -> assertEquals(List.of(new Cvss(2, 7.5, null), new Cvss(3, 9.8, null)), critical.scores()),
                () -> assertEquals(List.of("CWE-502"), critical.cwes()),
                () -> assertNull(critical.notes(), "\"notes\": \"\" is no justification"));
    }

    @Test
    void izgwKeepsSuppressionNotesAsWritten() throws Exception {
        DependencyAudit audit = readReal("dc-json-8.4.3-izgw-hub");
        Vulnerability ossIndex = find(audit, "bc-fips-1.0.2.4.jar", "CVE-2024-29857");
        Vulnerability withoutNotes = find(audit, "bcpkix-fips-1.0.7.jar", "CVE-2023-33202");

        assertEquals("IZ Gateway only uses RSA certificates", ossIndex.notes());
        assertEquals("OSSINDEX", ossIndex.source());
        assertEquals(List.of(new Cvss(3, 7.5, null)), ossIndex.scores());
        assertTrue(ossIndex.suppressed());
        assertNull(withoutNotes.notes());
        assertEquals(List.of("pkg:maven/org.bouncycastle/bc-fips@1.0.2.4"), audit.vulnerable().get(0).packageIds());
    }

    @Test
    void guardrailsReadsTheFlatLayoutOfEngine4() throws Exception {
        DependencyAudit audit = readReal("dc-json-4.0.2-guardrails");
        VulnerableDependency beanutils = audit.vulnerable().get(0);
        Vulnerability cve = beanutils.vulnerabilities().get(0);

        assertEquals("commons-beanutils-core-1.8.3.jar", beanutils.fileName());
        // the cpe identifier ("cpe:/a:apache:commons_beanutils:1.8.3") names a product, not a package
        assertEquals(List.of("commons-beanutils:commons-beanutils-core:1.8.3"), beanutils.packageIds());
        assertEquals(new Vulnerability("CVE-2014-0114", "NVD", "High", List.of(new Cvss(2, 7.5, null)), false, false,
                List.of("CWE-20 Improper Input Validation"), cve.description(), null, List.of()), cve);
        // checked with python: jasper-el-6.0.30.jar carries 50 of the 118
        assertEquals(50, audit.vulnerable().stream().filter(d -> d.fileName().equals("jasper-el-6.0.30.jar"))
                .findFirst().orElseThrow().vulnerabilities().size());
    }

    /** Not timed: this only shows the 2.5 MB report streams through; speed is measured by the benchmarks. */
    @Test
    void readsTheLargestRealReport() throws Exception {
        Path file = resource("real-reports/dc-json-12.2.2-schemaspy/" + REPORT);
        assertTrue(Files.size(file) > 2_400_000);

        DependencyAudit audit = readReal("dc-json-12.2.2-schemaspy");

        assertEquals(229, audit.dependencyCount());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0001, 0.1, 0.5, 0.9, 0.9999})
    void aTruncatedReportIsAnErrorNeverAPartialAudit(double keptFraction) throws Exception {
        byte[] whole = Files.readAllBytes(resource("real-reports/dc-json-12.1.0-vulnjavaweb/" + REPORT));
        byte[] truncated = Arrays.copyOf(whole, (int) (whole.length * keptFraction));

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(truncated));

        assertOneLine(e);
        assertTrue(e.getMessage().startsWith(HAND_WRITTEN + ": is malformed or truncated JSON (line "), e.getMessage());
        assertTrue(e.getMessage().endsWith("): re-run dependency-check to regenerate it, or use its XML report"
                + " (dependency-check 12.0.0 and 12.0.1 write invalid JSON)"), e.getMessage());
        assertFalse(e.getMessage().contains("Source:"), e.getMessage());
    }

    @Test
    void namesLineColumnAndReasonOfMalformedJson() {
        EvidenceException e = assertThrows(EvidenceException.class, () -> readJson("""
                {"reportSchema": "1.1", "scanInfo": {"engineVersion": "12.0.1"},
                 "dependencies": [{"vulnerabilities": [{"name": "CVE-1", "cvssv4": {"baseScore": 9.3,,}}]}]}
                """));

        assertTrue(e.getMessage().startsWith(HAND_WRITTEN + ": is malformed or truncated JSON (line 2, column "),
                e.getMessage());
        assertTrue(e.getMessage().contains("Unexpected character (','"), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void anEmptyFileIsAnError() {
        EvidenceException e = assertThrows(EvidenceException.class, () -> readJson(""));

        assertTrue(e.getMessage().startsWith(HAND_WRITTEN + ": is malformed or truncated JSON (the file is empty)"),
                e.getMessage());
    }

    @Test
    void aSarifFileIsNotADependencyCheckReport() throws Exception {
        Path sarif = resource("real-reports/sarif-dc-12.2.2-schemaspy/dependency-check-report.sarif");

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(sarif));

        assertEquals(sarif + ": is not an OWASP dependency-check JSON report (no \"reportSchema\", \"scanInfo\","
                + " \"dependencies\"; it looks like SARIF): point the dependency audit at the"
                + " dependency-check-report.json that dependency-check writes", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        []                                                                   | its top level is not an object
        {"name": "left-pad", "dependencies": {"left-pad": "1.0"}}             | "dependencies" is not an array
        {"reportSchema": "1.1", "scanInfo": [], "dependencies": []}           | "scanInfo" is not an object
        {"reportSchema": "1.1", "scanInfo": {}, "dependencies": ["a.jar"]}    | an entry of "dependencies" is not an object
        {"reportSchema": "1.1", "dependencies": []}                           | no "scanInfo"
        {"$schema": "https://json-schema.org/draft/2020-12/schema"}           | no "reportSchema", "scanInfo", "dependencies"
        """)
    void otherJsonIsNotADependencyCheckReport(String json, String why) {
        EvidenceException e = assertThrows(EvidenceException.class, () -> readJson(json));

        assertEquals(HAND_WRITTEN + ": is not an OWASP dependency-check JSON report (" + why + "): point the"
                + " dependency audit at the dependency-check-report.json that dependency-check writes", e.getMessage());
    }

    @Test
    void findsTheScoreOfAnNvdShapedCvssBlockAndNeverInventsOne() throws Exception {
        DependencyAudit audit = readJson("""
                {"reportSchema": "1.1", "scanInfo": {"engineVersion": "12.0.2"}, "dependencies": [
                  {"fileName": "a.jar", "vulnerabilities": [{"name": "CVE-2", "severity": "CRITICAL",
                    "cvssv3": {"attackVector": "NETWORK", "baseSeverity": "HIGH"},
                    "cvssv4": {"source": "nvd", "cvssData": {"version": "4.0", "baseScore": 9.3,
                                "vectorString": "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}},
                    "knownExploitedVulnerability": null, "futureField": {"nested": [1, 2, {"x": null}]}}]},
                  {"fileName": "b.jar"}]}
                """);

        Vulnerability cve = audit.vulnerable().get(0).vulnerabilities().get(0);
        assertEquals(List.of(new Cvss(4, 9.3, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")),
                cve.scores(), "a cvssv3 block without baseScore adds no v3 score");
        assertFalse(cve.knownExploited());
        assertEquals(2, audit.dependencyCount());
        assertEquals(1, audit.vulnerable().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        "cvssScore": "n/a"                | 2 | n/a
        "cvssv3": {"baseScore": 12.5}     | 3 | 12.5
        """)
    void aScoreThatIsNotACvssScoreIsAnError(String field, int version, String value) {
        EvidenceException e = assertThrows(EvidenceException.class, () -> readJson("""
                {"reportSchema": "1.1", "scanInfo": {"engineVersion": "4.0.2"},
                 "dependencies": [{"vulnerabilities": [
                   {"name": "CVE-3", %s}]}]}
                """.formatted(field)));

        assertTrue(e.getMessage().startsWith(HAND_WRITTEN + ": has a CVSS v" + version + " score that is not a"
                + " number from 0 to 10 (line 3: \"" + value + "\")"), e.getMessage());
    }

    @Test
    void doesNotCloseTheCallersStream() throws Exception {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(
                "{\"reportSchema\":\"1.1\",\"scanInfo\":{},\"dependencies\":[]}".getBytes(UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        DependencyAudit audit = reader.read(in, HAND_WRITTEN);

        assertEquals(new DependencyAudit("dependency-check", null, 0, List.of(), ScannedProject.UNKNOWN), audit);
        assertFalse(closed[0]);
    }

    private static void assertOneLine(EvidenceException e) {
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    private DependencyAudit readReal(String folder) throws Exception {
        return read(resource("real-reports/" + folder + "/" + REPORT));
    }

    private DependencyAudit read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file);
        }
    }

    private DependencyAudit read(byte[] json) throws EvidenceException {
        return reader.read(new ByteArrayInputStream(json), HAND_WRITTEN);
    }

    private DependencyAudit readJson(String json) throws EvidenceException {
        return read(json.getBytes(UTF_8));
    }
}
