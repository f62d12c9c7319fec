package io.github.readiness.rules.evidence.security;

import static io.github.readiness.rules.evidence.security.AuditTally.find;
import static io.github.readiness.rules.evidence.security.AuditTally.resource;
import static io.github.readiness.rules.evidence.security.AuditTally.score;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.EvidenceException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every real dependency-check XML report of the fixtures, each compared field by field with the JSON report of the
 * same scan; then hand-written files for namespaces, foreign formats, broken files and XXE.
 */
class DependencyCheckXmlReaderTest {
    private static final String REPORT = "dependency-check-report.xml";
    private static final Path HAND_WRITTEN = Path.of("target/dependency-check-report.xml");

    private final DependencyCheckXmlReader reader = new DependencyCheckXmlReader();

    @TempDir
    Path temp;

    /**
     * Counted with python3's ElementTree over each file: {@code <dependency>} children of {@code <dependencies>},
     * those with a {@code <vulnerability>} or {@code <suppressedVulnerability>}, both counts, {@code <severity>}
     * texts, {@code cvssV4}/{@code cvssV3}/{@code cvssV2} children, {@code knownExploitedVulnerability} children,
     * names not starting with "CVE-". The same numbers as the JSON report of each scan.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # folder                  | engine | deps | vuln. deps | active | suppr. | severities                      | v4 | v3 | v2 | KEV | not CVE
        dc-xml-6.0.2-openls       | 6.0.2  | 1    | 1          | 0      | 2      |                                 | 0  | 2  | 2  | 0   | 0
        dc-xml-12.1.0-vulnjavaweb | 12.1.0 | 2    | 2          | 11     | 0      | MEDIUM=9;low=1;medium=1         | 0  | 9  | 9  | 1   | 1
        dc-xml-12.2.2-schemaspy   | 12.2.2 | 229  | 12         | 44     | 0      | HIGH=1;MEDIUM=35;low=4;medium=4 | 2  | 36 | 29 | 2   | 6
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
                        0,
                        notCve),
                AuditTally.of(audit));
    }

    /** Counted with python3's ElementTree (see {@link RangeTally}): the same numbers as each scan's JSON report. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # folder                  | ranges | matched | start incl. | start excl. | end incl. | end excl. | module refs | included by
        dc-xml-6.0.2-openls       | 2      | 2       | 1           | 0           | 1         | 1         | 1           | 0
        dc-xml-12.1.0-vulnjavaweb | 153    | 0       | 136         | 0           | 69        | 84        | 0           | 0
        dc-xml-12.2.2-schemaspy   | 421    | 5       | 326         | 0           | 187       | 234       | 12          | 3
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

    /** Engine 6.0.2 writes {@code matched="true"} where the JSON of the same scan says "vulnerabilityIdMatched". */
    @Test
    void openlsReadsTheScannedProjectAndThe6xMatchedAttribute() throws Exception {
        DependencyAudit audit = readReal("dc-xml-6.0.2-openls");

        assertEquals(
                new ScannedProject(
                        "openls-databinding",
                        "nl.geozet",
                        "openls-databinding",
                        "1.1",
                        Instant.parse("2020-10-17T13:43:40.288Z")),
                audit.project());
        assertEquals(
                List.of(new AffectedRange("1.2", null, "1.2.17", null, true)),
                find(audit, "log4j-1.2.17.jar", "CVE-2019-17571").affected());
        assertEquals(
                List.of(new AffectedRange(null, null, null, "2.13.2", true)),
                find(audit, "log4j-1.2.17.jar", "CVE-2020-9488").affected());
        assertEquals(
                List.of("openls-databinding:provided"),
                audit.vulnerable().get(0).projectReferences());
    }

    @Test
    void readsProjectReferencesIncludedByAndRangesOfHandWrittenXml() throws Exception {
        DependencyAudit audit =
                read("<analysis><projectInfo><name>p</name><version>2</version><reportDate>last week</reportDate>"
                        + "<credits>NVD</credits></projectInfo><dependencies><dependency><fileName>a.jar</fileName>"
                        + "<projectReferences><projectReference>m1:compile</projectReference><projectReference/>"
                        + "<projectReference>m2:test</projectReference></projectReferences>"
                        + "<includedBy><reference>pkg:maven/g/d1@1</reference></includedBy>"
                        + "<includedBy><reference>pkg:maven/g/d2@1</reference><other>x</other></includedBy>"
                        + "<vulnerabilities><vulnerability><name>CVE-1</name><vulnerableSoftware>"
                        + "<software vulnerabilityIdMatched=\"true\" versionStartExcluding=\"1.0\">cpe:2.3:a:g:a:*</software>"
                        + "<software>cpe:2.3:a:g:a:1.5</software>"
                        + "<software versionEndIncluding=\"\" allPreviousVersion=\"true\">cpe:/a:g:a:1.0</software>"
                        + "<software versionEndIncluding=\"1.9\"/></vulnerableSoftware></vulnerability></vulnerabilities>"
                        + "</dependency></dependencies></analysis>");

        assertEquals(new ScannedProject("p", null, null, "2", null), audit.project(), "an unparseable date is unknown");
        VulnerableDependency a = audit.vulnerable().get(0);
        assertEquals(List.of("m1:compile", "m2:test"), a.projectReferences());
        assertEquals(List.of("pkg:maven/g/d1@1", "pkg:maven/g/d2@1"), a.includedBy());
        assertEquals(
                List.of(
                        new AffectedRange(null, "1.0", null, null, true),
                        new AffectedRange(null, null, "1.9", null, false)),
                a.vulnerabilities().get(0).affected());
    }

    /** The same scan written as XML and as JSON gives the same audit, down to descriptions and vectors. */
    @ParameterizedTest
    @ValueSource(strings = {"6.0.2-openls", "12.1.0-vulnjavaweb", "12.2.2-schemaspy"})
    void theXmlAndJsonReportsOfOneScanGiveTheSameAudit(String scan) throws Exception {
        DependencyAudit xml = readReal("dc-xml-" + scan);
        DependencyAudit json = readJsonReport("dc-json-" + scan);

        assertEquals(json.tool(), xml.tool());
        assertEquals(json.engineVersion(), xml.engineVersion());
        assertEquals(json.project(), xml.project());
        assertNotEquals(ScannedProject.UNKNOWN, xml.project());
        assertEquals(json.dependencyCount(), xml.dependencyCount());
        assertEquals(json.vulnerable().size(), xml.vulnerable().size());
        for (int d = 0; d < json.vulnerable().size(); d++) {
            VulnerableDependency expected = json.vulnerable().get(d);
            VulnerableDependency actual = xml.vulnerable().get(d);
            String where = scan + " " + expected.fileName();
            assertEquals(expected.fileName(), actual.fileName(), where);
            assertEquals(expected.filePath(), actual.filePath(), where);
            assertEquals(expected.packageIds(), actual.packageIds(), where);
            assertEquals(expected.projectReferences(), actual.projectReferences(), where);
            assertEquals(expected.includedBy(), actual.includedBy(), where);
            assertEquals(
                    expected.vulnerabilities().size(), actual.vulnerabilities().size(), where);
            for (int v = 0; v < expected.vulnerabilities().size(); v++) {
                assertSameVulnerability(
                        expected.vulnerabilities().get(v),
                        actual.vulnerabilities().get(v),
                        where);
            }
        }
        assertEquals(json, xml, "records equal as a whole too");
    }

    private static void assertSameVulnerability(Vulnerability expected, Vulnerability actual, String dependency) {
        String where = dependency + " " + expected.id();
        assertAll(
                where,
                () -> assertEquals(expected.id(), actual.id(), where),
                () -> assertEquals(expected.suppressed(), actual.suppressed(), where),
                () -> assertEquals(expected.scores(), actual.scores(), where),
                () -> assertEquals(expected.reportedSeverity(), actual.reportedSeverity(), where),
                () -> assertEquals(expected.source(), actual.source(), where),
                () -> assertEquals(expected.knownExploited(), actual.knownExploited(), where),
                () -> assertEquals(expected.cwes(), actual.cwes(), where),
                () -> assertEquals(expected.notes(), actual.notes(), where),
                () -> assertEquals(expected.description(), actual.description(), where),
                () -> assertEquals(expected.affected(), actual.affected(), where));
    }

    @Test
    void schemaspyReadsCvssV4WithItsVector() throws Exception {
        Vulnerability cve = find(readReal("dc-xml-12.2.2-schemaspy"), "aircompressor-0.27.jar", "CVE-2025-67721");

        assertAll(
                () -> assertEquals("MEDIUM", cve.reportedSeverity()),
                () -> assertEquals(new Cvss(3, 7.5, null), score(cve, 3)),
                () -> assertEquals(6.3, score(cve, 4).baseScore()),
                () -> assertTrue(score(cve, 4).vector().startsWith("CVSS:4.0/AV:N/AC:L/AT:P/")),
                () -> assertEquals("NVD", cve.source(), "from the source attribute"));
    }

    @Test
    void openlsReadsSuppressedVulnerabilitiesWithoutSeverity() throws Exception {
        DependencyAudit audit = readReal("dc-xml-6.0.2-openls");
        Vulnerability critical = find(audit, "log4j-1.2.17.jar", "CVE-2019-17571");
        Vulnerability low = find(audit, "log4j-1.2.17.jar", "CVE-2020-9488");

        assertEquals(
                List.of("pkg:maven/log4j/log4j@1.2.17"),
                audit.vulnerable().get(0).packageIds(),
                "the suppressed CPE identifier is not a package");
        assertEquals(List.of(new Cvss(2, 7.5, null), new Cvss(3, 9.8, null)), critical.scores());
        assertEquals(List.of(new Cvss(2, 4.3, null), new Cvss(3, 3.7, null)), low.scores());
        assertTrue(critical.suppressed() && low.suppressed());
        assertNull(critical.reportedSeverity());
    }

    @Test
    void readsVulnerabilitiesAndSuppressedOnesInterleavedInAnyNamespace() throws Exception {
        String body = "<scanInfo><engineVersion>7.4.4</engineVersion></scanInfo><dependencies>"
                + "<dependency><fileName>a.jar</fileName><identifiers><package><id>pkg:maven/g/a@1</id></package>"
                + "<vulnerabilityIds><id>cpe:2.3:a:g:a:1</id></vulnerabilityIds></identifiers><vulnerabilities>"
                + "<vulnerability source=\"NVD\"><name>CVE-1</name><severity>HIGH</severity>"
                + "<cvssV3><baseScore>7.5</baseScore></cvssV3></vulnerability>"
                + "<suppressedVulnerability source=\"NVD\"><name>CVE-2</name><cvssV3><baseSeverity>HIGH</baseSeverity>"
                + "</cvssV3><notes>not reachable</notes></suppressedVulnerability>"
                + "<vulnerability source=\"RETIREJS\"><name>jquery issue: 11974</name><severity>medium</severity>"
                + "</vulnerability></vulnerabilities></dependency><dependency><fileName>b.jar</fileName></dependency>"
                + "</dependencies>";
        List<DependencyAudit> audits = new ArrayList<>();
        for (String namespace : List.of(
                "",
                " xmlns=\"https://jeremylong.github.io/DependencyCheck/dependency-check.2.0.xsd\"",
                " xmlns=\"https://jeremylong.github.io/DependencyCheck/dependency-check.4.1.xsd\"")) {
            audits.add(read("<?xml version=\"1.0\"?><analysis" + namespace + ">" + body + "</analysis>"));
        }

        DependencyAudit audit = audits.get(0);
        assertEquals(List.of(audit, audit), audits.subList(1, 3));
        assertEquals("7.4.4", audit.engineVersion());
        assertEquals(2, audit.dependencyCount());
        VulnerableDependency a = audit.vulnerable().get(0);
        assertEquals(List.of("pkg:maven/g/a@1"), a.packageIds());
        assertEquals(
                List.of("CVE-1", "CVE-2", "jquery issue: 11974"),
                a.vulnerabilities().stream().map(Vulnerability::id).toList());
        assertEquals(
                List.of(false, true, false),
                a.vulnerabilities().stream().map(Vulnerability::suppressed).toList());
        assertEquals(List.of(), a.vulnerabilities().get(1).scores(), "a cvssV3 without baseScore adds no score");
        assertEquals("not reachable", a.vulnerabilities().get(1).notes());
    }

    @Test
    void theJacocoReportCommittedAsDependencyCheckReportIsNamedAsJacoco() throws Exception {
        Path file = resource("real-reports/jacoco-misnamed-as-dc-gematik/" + REPORT);

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(file));

        assertEquals(
                file + ": is a JaCoCo XML report, not an OWASP dependency-check XML report (root element"
                        + " <analysis>): point the dependency audit at the dependency-check-report.xml that dependency-check"
                        + " writes",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        <testsuite name="x" tests="0"/>  | a JUnit/Surefire test report
        <BugCollection version="4.9.8"/> | a SpotBugs XML report
        <suppressions/>                  | an XML file of unknown format
        """)
    void otherXmlIsNamedByItsFormat(String xml, String format) {
        EvidenceException e = assertThrows(EvidenceException.class, () -> read(xml));

        assertTrue(
                e.getMessage()
                        .startsWith(HAND_WRITTEN + ": is " + format + ", not an OWASP dependency-check XML"
                                + " report (root element <analysis>)"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0001, 0.1, 0.5, 0.9, 0.9999})
    void aTruncatedReportIsAnErrorNeverAPartialAudit(double keptFraction) throws Exception {
        byte[] whole = Files.readAllBytes(resource("real-reports/dc-xml-12.1.0-vulnjavaweb/" + REPORT));
        byte[] truncated = Arrays.copyOf(whole, (int) (whole.length * keptFraction));

        EvidenceException e = assertThrows(
                EvidenceException.class, () -> reader.read(new ByteArrayInputStream(truncated), HAND_WRITTEN));

        assertTrue(e.getMessage().startsWith(HAND_WRITTEN + ": is malformed or truncated XML (line "), e.getMessage());
        assertTrue(e.getMessage().endsWith("): re-run dependency-check to regenerate it"), e.getMessage());
        assertFalse(e.getMessage().contains("ParseError"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void neverExpandsAnExternalEntity() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "SECRET-FROM-DISK");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE analysis [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<analysis><scanInfo><engineVersion>&xxe;</engineVersion></scanInfo><dependencies/></analysis>";

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(xml));

        assertTrue(e.getMessage().contains("is malformed or truncated XML"), e.getMessage());
        assertTrue(e.getMessage().contains("\"xxe\" was referenced, but not declared"), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET-FROM-DISK"), e.getMessage());
    }

    @Test
    void aScoreThatIsNotANumberIsAnError() {
        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> read("<analysis><dependencies>\n"
                        + "<dependency><vulnerabilities><vulnerability><name>CVE-1</name>\n"
                        + "<cvssV2><score>high</score></cvssV2></vulnerability></vulnerabilities></dependency>"
                        + "</dependencies></analysis>"));

        assertEquals(
                HAND_WRITTEN + ": has a CVSS v2 score that is not a number from 0 to 10 (line 3: \"high\"):"
                        + " re-run dependency-check to regenerate it",
                e.getMessage());
    }

    private DependencyAudit readReal(String folder) throws Exception {
        return read(resource("real-reports/" + folder + "/" + REPORT));
    }

    private static DependencyAudit readJsonReport(String folder) throws Exception {
        Path file = resource("real-reports/" + folder + "/dependency-check-report.json");
        try (InputStream in = Files.newInputStream(file)) {
            return new DependencyCheckJsonReader().read(in, file);
        }
    }

    private DependencyAudit read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file);
        }
    }

    private DependencyAudit read(String xml) throws EvidenceException {
        return reader.read(new ByteArrayInputStream(xml.getBytes(UTF_8)), HAND_WRITTEN);
    }
}
