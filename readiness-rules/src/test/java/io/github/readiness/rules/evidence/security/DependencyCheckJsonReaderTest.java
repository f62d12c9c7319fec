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
import java.time.Instant;
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
    void readsEveryRealReport(
            String folder,
            String engine,
            int dependencies,
            int vulnerableDependencies,
            int active,
            int suppressed,
            String severities,
            long v4,
            long v3,
            long v2,
            long knownExploited,
            long notes,
            long notCve)
            throws Exception {
        DependencyAudit audit = readReal(folder);

        assertEquals("dependency-check", audit.tool());
        assertEquals(
                new AuditTally(
                        engine,
                        dependencies,
                        vulnerableDependencies,
                        active,
                        suppressed,
                        severities == null ? "" : severities,
                        v4,
                        v3,
                        v2,
                        knownExploited,
                        notes,
                        notCve),
                AuditTally.of(audit));
    }

    /** projectInfo as each engine wrote it: guardrails (4.0.2) and vulnjavaweb give only the name and date. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # scan             | name                   | groupID                     | artifactID             | version             | reportDate
        4.0.2-guardrails   | GuardRailsScan         | -                           | -                      | -                   | 2019-02-04T10:29:31.159Z
        6.0.2-openls       | openls-databinding     | nl.geozet                   | openls-databinding     | 1.1                 | 2020-10-17T13:43:40.288Z
        8.4.3-izgw-hub     | IZ Gateway Hub 2.0     | gov.cdc.izgw                | izgw-hub               | 2.0.1-IZGW-SNAPSHOT | 2024-05-03T21:13:04.982725200Z
        12.1.0-vulnjavaweb | vulnerableapps         | -                           | -                      | -                   | 2025-10-27T15:04:48.332849200Z
        12.2.2-schemaspy   | SchemaSpy Maven Plugin | nl.geodienstencentrum.maven | schemaspy-maven-plugin | 5.4.1-SNAPSHOT      | 2026-08-02T09:05:11.928869272Z
        """)
    void readsTheScannedProject(
            String scan, String name, String groupId, String artifactId, String version, String reportDate)
            throws Exception {
        assertEquals(
                new ScannedProject(name, groupId, artifactId, version, Instant.parse(reportDate)),
                readReal("dc-json-" + scan).project());
    }

    /**
     * Counted with python3 (see {@link RangeTally}). 4.x writes {@code "software": "cpe:/a:..."} strings (65 of them
     * with "allPreviousVersion"), so no ranges; in izgw one matched entry is an exact-version CPE without bounds.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # folder                   | ranges | matched | start incl. | start excl. | end incl. | end excl. | module refs | included by
        dc-json-4.0.2-guardrails   | 0      | 0       | 0           | 0           | 0         | 0         | 0           | 0
        dc-json-6.0.2-openls       | 2      | 2       | 1           | 0           | 1         | 1         | 1           | 0
        dc-json-8.4.3-izgw-hub     | 7      | 5       | 0           | 0           | 0         | 7         | 3           | 3
        dc-json-12.1.0-vulnjavaweb | 153    | 0       | 136         | 0           | 69        | 84        | 0           | 0
        dc-json-12.2.2-schemaspy   | 421    | 5       | 326         | 0           | 187       | 234       | 12          | 3
        """)
    void readsAffectedRangesAndModuleReferences(
            String folder,
            long ranges,
            long matched,
            long startIncluding,
            long startExcluding,
            long endIncluding,
            long endExcluding,
            long projectReferences,
            long includedBy)
            throws Exception {
        assertEquals(
                new RangeTally(
                        ranges,
                        matched,
                        startIncluding,
                        startExcluding,
                        endIncluding,
                        endExcluding,
                        projectReferences,
                        includedBy),
                RangeTally.of(readReal(folder)));
    }

    @Test
    void schemaspyRangesKeepTheMatchedOneAndDropBareCpes() throws Exception {
        DependencyAudit audit = readReal("dc-json-12.2.2-schemaspy");
        VulnerableDependency aircompressor = audit.vulnerable().get(0);

        assertEquals("aircompressor-0.27.jar", aircompressor.fileName());
        assertEquals(List.of("SchemaSpy Maven Plugin:provided"), aircompressor.projectReferences());
        assertEquals(List.of("pkg:maven/org.apache.maven/maven-archiver@3.6.6"), aircompressor.includedBy());
        assertEquals(
                List.of(
                        new AffectedRange(null, null, null, "2.0.3", true),
                        new AffectedRange("3.0", null, null, "3.4", false)),
                find(audit, "aircompressor-0.27.jar", "CVE-2025-67721").affected());
        // the second entry, cpe:2.3:a:jruby:jruby:10.0.0.0, names one version: no bound, no range
        assertEquals(
                List.of(
                        new AffectedRange("9.3.4.0", null, null, "9.4.12.1", true),
                        new AffectedRange("0.12.1", null, null, "0.15.4", false)),
                find(audit, "jruby-9.4.2.0.jar", "CVE-2025-46551").affected());
        VulnerableDependency bootstrap = audit.vulnerable().get(5);
        assertEquals("schemaspy-7.0.2.jar: bootstrap.js", bootstrap.fileName());
        assertEquals(List.of("SchemaSpy Maven Plugin:compile"), bootstrap.projectReferences());
        assertEquals(List.of(), bootstrap.includedBy(), "a file inside a jar has no includedBy");
    }

    @Test
    void izgwExactVersionMatchHasNoRange() throws Exception {
        DependencyAudit audit = readReal("dc-json-8.4.3-izgw-hub");

        assertEquals(
                List.of(),
                find(audit, "bc-fips-1.0.2.4.jar", "CVE-2024-29857").affected(),
                "cpe:2.3:a:org.bouncycastle:bc-fips:1.0.2.4 is matched but has no bound");
        assertEquals(
                List.of(new AffectedRange(null, null, null, "1.73", true)),
                find(audit, "bc-fips-1.0.2.4.jar", "CVE-2023-33202").affected());
        assertEquals(
                List.of("pkg:maven/gov.cdc.izgw/izgw-hub@2.0.1-IZGW-SNAPSHOT"),
                audit.vulnerable().get(0).includedBy());
    }

    @Test
    void readsEveryBoundAndSkipsWhatIsNotARange() throws Exception {
        DependencyAudit audit = readJson("""
                {"reportSchema": "1.1", "scanInfo": {}, "dependencies": [
                  {"fileName": "a.jar", "projectReferences": ["m1:compile", "", null, "m2:test"],
                   "includedBy": [{"reference": "pkg:maven/g/direct@1", "type": "x"}, {"reference": " "}, "odd"],
                   "vulnerabilities": [{"name": "CVE-1", "vulnerableSoftware": [
                     {"software": {"id": "cpe:2.3:a:g:a:*", "vulnerabilityIdMatched": true,
                                   "versionStartExcluding": "1.0", "versionEndIncluding": "1.9", "extra": {"x": 1}}},
                     {"software": {"id": "cpe:2.3:a:g:a:*", "versionStartIncluding": " ", "versionEndExcluding": ""}},
                     {"software": "cpe:/a:g:a:1.0", "allPreviousVersion": "true"},
                     {"software": {"id": "cpe:2.3:a:g:a:*", "vulnerabilityIdMatched": "false",
                                   "versionStartIncluding": "2.0"}},
                     "not an object"]}]}]}
                """);

        VulnerableDependency a = audit.vulnerable().get(0);
        assertEquals(List.of("m1:compile", "m2:test"), a.projectReferences());
        assertEquals(List.of("pkg:maven/g/direct@1"), a.includedBy());
        assertEquals(
                List.of(
                        new AffectedRange(null, "1.0", "1.9", null, true),
                        new AffectedRange("2.0", null, null, null, false)),
                a.vulnerabilities().get(0).affected());
        assertEquals(ScannedProject.UNKNOWN, audit.project(), "no projectInfo");
    }

    /** Offsets as engines write them; anything else is an unknown date, never an error. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        "2026-08-02T09:05:11.928869272Z" | 2026-08-02T09:05:11.928869272Z
        "2019-02-04T10:29:31.159+0000"   | 2019-02-04T10:29:31.159Z
        "2020-10-17T15:43:40+02:00"      | 2020-10-17T13:43:40Z
        "2025-10-27T22:03:17+07"         | 2025-10-27T15:03:17Z
        "2025-10-27T22:03:17"            | -
        "yesterday"                      | -
        ""                               | -
        1549276171159                    | -
        {"epoch": 1}                     | -
        """)
    void aReportDateIsAnInstantOrUnknown(String json, String expected) throws Exception {
        DependencyAudit audit = readJson("""
                {"reportSchema": "1.1", "projectInfo": {"name": "p", "reportDate": %s, "credits": {"NVD": "x"}},
                 "scanInfo": {}, "dependencies": []}
                """.formatted(json));

        assertEquals(
                new ScannedProject("p", null, null, null, expected == null ? null : Instant.parse(expected)),
                audit.project());
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
                .filter(d -> d.fileName().equals("schemaspy-7.0.2.jar: jquery-2.2.3.min.js"))
                .findFirst()
                .orElseThrow();
        Vulnerability issue = find(audit, jquery.fileName(), "jquery issue: 11974");
        Vulnerability kev = find(audit, jquery.fileName(), "CVE-2020-11023");

        assertEquals(List.of("pkg:javascript/jquery@2.2.3.min"), jquery.packageIds());
        assertEquals(
                new Vulnerability(
                        "jquery issue: 11974",
                        "RETIREJS",
                        "medium",
                        List.of(),
                        false,
                        false,
                        List.of(),
                        "parseHTML() executes scripts in event handlers",
                        null,
                        List.of()),
                issue);
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
        assertEquals(
                List.of("CVE-2019-17571", "CVE-2020-9488"),
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
        assertEquals(
                List.of("pkg:maven/org.bouncycastle/bc-fips@1.0.2.4"),
                audit.vulnerable().get(0).packageIds());
    }

    @Test
    void guardrailsReadsTheFlatLayoutOfEngine4() throws Exception {
        DependencyAudit audit = readReal("dc-json-4.0.2-guardrails");
        VulnerableDependency beanutils = audit.vulnerable().get(0);
        Vulnerability cve = beanutils.vulnerabilities().get(0);

        assertEquals("commons-beanutils-core-1.8.3.jar", beanutils.fileName());
        // the cpe identifier ("cpe:/a:apache:commons_beanutils:1.8.3") names a product, not a package
        assertEquals(List.of("commons-beanutils:commons-beanutils-core:1.8.3"), beanutils.packageIds());
        assertEquals(
                new Vulnerability(
                        "CVE-2014-0114",
                        "NVD",
                        "High",
                        List.of(new Cvss(2, 7.5, null)),
                        false,
                        false,
                        List.of("CWE-20 Improper Input Validation"),
                        cve.description(),
                        null,
                        List.of()),
                cve);
        // checked with python: jasper-el-6.0.30.jar carries 50 of the 118
        assertEquals(
                50,
                audit.vulnerable().stream()
                        .filter(d -> d.fileName().equals("jasper-el-6.0.30.jar"))
                        .findFirst()
                        .orElseThrow()
                        .vulnerabilities()
                        .size());
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
        assertTrue(
                e.getMessage()
                        .endsWith("): re-run dependency-check to regenerate it, or use its XML report"
                                + " (dependency-check 12.0.0 and 12.0.1 write invalid JSON)"),
                e.getMessage());
        assertFalse(e.getMessage().contains("Source:"), e.getMessage());
    }

    @Test
    void namesLineColumnAndReasonOfMalformedJson() {
        EvidenceException e = assertThrows(EvidenceException.class, () -> readJson("""
                {"reportSchema": "1.1", "scanInfo": {"engineVersion": "12.0.1"},
                 "dependencies": [{"vulnerabilities": [{"name": "CVE-1", "cvssv4": {"baseScore": 9.3,,}}]}]}
                """));

        assertTrue(
                e.getMessage().startsWith(HAND_WRITTEN + ": is malformed or truncated JSON (line 2, column "),
                e.getMessage());
        assertTrue(e.getMessage().contains("Unexpected character (','"), e.getMessage());
        assertOneLine(e);
    }

    @Test
    void anEmptyFileIsAnError() {
        EvidenceException e = assertThrows(EvidenceException.class, () -> readJson(""));

        assertTrue(
                e.getMessage().startsWith(HAND_WRITTEN + ": is malformed or truncated JSON (the file is empty)"),
                e.getMessage());
    }

    @Test
    void aSarifFileIsNotADependencyCheckReport() throws Exception {
        Path sarif = resource("real-reports/sarif-dc-12.2.2-schemaspy/dependency-check-report.sarif");

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(sarif));

        assertEquals(
                sarif + ": is not an OWASP dependency-check JSON report (no \"reportSchema\", \"scanInfo\","
                        + " \"dependencies\"; it looks like SARIF): point the dependency audit at the"
                        + " dependency-check-report.json that dependency-check writes",
                e.getMessage());
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

        assertEquals(
                HAND_WRITTEN + ": is not an OWASP dependency-check JSON report (" + why + "): point the"
                        + " dependency audit at the dependency-check-report.json that dependency-check writes",
                e.getMessage());
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
        assertEquals(
                List.of(new Cvss(4, 9.3, "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N")),
                cve.scores(),
                "a cvssv3 block without baseScore adds no v3 score");
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

        assertTrue(
                e.getMessage()
                        .startsWith(HAND_WRITTEN + ": has a CVSS v" + version + " score that is not a"
                                + " number from 0 to 10 (line 3: \"" + value + "\")"),
                e.getMessage());
    }

    @Test
    void doesNotCloseTheCallersStream() throws Exception {
        boolean[] closed = {false};
        InputStream in =
                new ByteArrayInputStream(
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
