package io.github.readiness.rules.evidence.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.model.ProjectInfo;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The collector on fake module layouts in a temporary directory, holding real reports copied byte for byte: which
 * report is found, whether it may be trusted for this module, and which SARIF logs count as scanners.
 */
class SecurityCollectorTest {
    private static final String JSON = "dc-json-12.2.2-schemaspy/dependency-check-report.json";
    private static final String XML = "dc-xml-12.2.2-schemaspy/dependency-check-report.xml";
    private static final String SARIF = "sarif-dc-12.2.2-schemaspy/dependency-check-report.sarif";
    private static final String CODEQL = "sarif-codeql-2.11.0-altoroj/java.sarif";
    private static final String SPOTBUGS = "sarif-spotbugs-4.8.1-glasov/spotbugsSarif.json";
    /** What schemaspy's reports say they scanned (projectInfo of the JSON and XML). */
    private static final ProjectInfo SCHEMASPY = new ProjectInfo(
            "nl.geodienstencentrum.maven", "schemaspy-maven-plugin", "5.4.1-SNAPSHOT", "SchemaSpy Maven Plugin");

    private static final ProjectInfo PAYMENTS = new ProjectInfo("com.acme", "payments", "1.4.0", "Payments");
    private static final Instant NOW = Instant.parse("2026-09-02T00:00:00Z");
    private static final List<String> DEFAULT_AUDIT_PLACES = List.of(
            "target/dependency-check-report.json",
            "target/dependency-check-report.xml",
            "target/dependency-check-report.sarif");

    @TempDir
    Path dir;

    private final SecurityCollector collector = new SecurityCollector();

    // ---- which audit report is used

    /** The module's own defaults, first present wins: JSON, then XML, then dependency-check's SARIF. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        json xml sarif | target/dependency-check-report.json  | true  | 229 dependencies, 12 vulnerable
        xml sarif      | target/dependency-check-report.xml   | true  | 229 dependencies, 12 vulnerable
        json sarif     | target/dependency-check-report.json  | true  | 229 dependencies, 12 vulnerable
        sarif          | target/dependency-check-report.sarif | false | 12 dependencies, 12 vulnerable; SARIF names no project: taken as this project's by its place
        """)
    void defaultDiscoveryOrder(String present, String used, boolean complete, String detail) throws Exception {
        for (String format : present.split(" ")) {
            copy(
                    switch (format) {
                        case "json" -> JSON;
                        case "xml" -> XML;
                        default -> SARIF;
                    },
                    "target/dependency-check-report." + format);
        }

        SecurityCollector.Result result = collector.collect(request(SCHEMASPY).build());

        Collected<AuditEvidence> audit = result.audit();
        assertTrue(audit.isRead());
        assertEquals(used, audit.value().path());
        assertEquals(complete, audit.value().complete());
        assertEquals(List.of(), audit.value().doubts());
        assertEquals(
                44,
                audit.value().audit().vulnerable().stream()
                        .mapToLong(d -> d.vulnerabilities().size())
                        .sum());
        assertEquals(
                List.of(new EvidenceRecord("dependency-check", used, EvidenceStatus.READ, detail)), audit.records());
        // dependency-check's own SARIF at the default place is the audit's, never a scanner's
        assertEquals(EvidenceStatus.NOT_APPLICABLE, result.scanners().status());
        assertEquals(List.of(), result.scanners().records());
    }

    /** A JaCoCo report saved as dependency-check-report.xml (gematik): told by content, one line naming the file. */
    @Test
    void aReportIsToldByItsContentNotItsName() throws Exception {
        copy("jacoco-misnamed-as-dc-gematik/dependency-check-report.xml", "target/dependency-check-report.xml");

        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> collector.collect(request(PAYMENTS).build()));

        assertEquals(Path.of("target/dependency-check-report.xml"), e.file());
        assertEquals(
                "target/dependency-check-report.xml: is a JaCoCo XML report, not a security report (formats"
                        + " read: OWASP dependency-check JSON or XML report, SARIF 2.1.0 log): point the configuration at the"
                        + " scanner's report",
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anotherScannersSarifUnderTheAuditsNameIsAnError() throws Exception {
        copy(CODEQL, "target/dependency-check-report.sarif");

        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> collector.collect(request(PAYMENTS).build()));

        assertEquals(
                "target/dependency-check-report.sarif: is a SARIF log of CodeQL 2.11.0, not of dependency-check:"
                        + " list it under sarifReports instead",
                e.getMessage());
    }

    /** A truncated SARIF log advises the scanner that wrote it (issue 17 item 3), never dependency-check. */
    @Test
    void aTruncatedSarifLogAdvisesTheToolThatWroteIt() throws Exception {
        Path spotbugs = copy(SPOTBUGS, "target/spotbugsSarif.json");
        String text = Files.readString(spotbugs);
        Files.writeString(spotbugs, text.substring(0, text.indexOf("\"results\"") + 40));

        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> collector.collect(request(PAYMENTS).build()));

        assertTrue(
                e.getMessage().startsWith("target/spotbugsSarif.json: is malformed or truncated JSON ("),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("): re-run SpotBugs to regenerate it"), e.getMessage());
    }

    /** Broken before the driver names itself: no tool to name, and still not dependency-check. */
    @Test
    void aSarifLogBrokenBeforeItsToolNameAdvisesTheScannerThatWroteIt() throws Exception {
        Path file = dir.resolve("target/codeql.sarif");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {");

        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> collector.collect(request(PAYMENTS).build()));

        assertTrue(e.getMessage().endsWith("): regenerate it with the scanner that wrote it"), e.getMessage());
    }

    @Test
    void nothingFoundIsNotAvailableNamingEveryPlaceLookedAt() throws Exception {
        Path module = Files.createDirectories(dir.resolve("module-a"));

        Collected<AuditEvidence> audit = collector
                .collect(request(PAYMENTS).in(module).reactor(dir, null).build())
                .audit();

        assertEquals(EvidenceStatus.NOT_AVAILABLE, audit.status());
        assertEquals(
                "no dependency-check report (looked for target/dependency-check-report.json,"
                        + " target/dependency-check-report.xml, target/dependency-check-report.sarif,"
                        + " ../target/dependency-check-report.json, ../target/dependency-check-report.xml,"
                        + " ../target/dependency-check-report.sarif)",
                audit.detail());
        assertEquals(
                List.of(new EvidenceRecord(
                        "dependency-check",
                        "target/dependency-check-report.json",
                        EvidenceStatus.NOT_AVAILABLE,
                        audit.detail())),
                audit.records());
    }

    @Test
    void aPomModuleHasNothingToAudit() throws Exception {
        Collected<AuditEvidence> audit =
                collector.collect(request(PAYMENTS).packagingPom().build()).audit();

        assertEquals(EvidenceStatus.NOT_APPLICABLE, audit.status());
        assertEquals("packaging pom: no dependencies of its own to audit", audit.detail());
        assertEquals(
                List.of(new EvidenceRecord(
                        "dependency-check",
                        DEFAULT_AUDIT_PLACES.get(0),
                        EvidenceStatus.NOT_APPLICABLE,
                        audit.detail())),
                audit.records());
    }

    // ---- the reactor's aggregate

    /** dependency-check:aggregate writes at the reactor root; a module without its own report uses it. */
    @ParameterizedTest(name = "module {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        SchemaSpy Maven Plugin | 12
        Other Module           | 0
        -                      | 0
        """)
    void theReactorAggregateNarrowedByProjectReferences(String moduleName, int vulnerable) throws Exception {
        // every dependency of schemaspy's report is referenced as "SchemaSpy Maven Plugin:<scope>"
        copy(JSON, "target/dependency-check-report.json");
        Path module = Files.createDirectories(dir.resolve("module-a"));
        ProjectInfo moduleInfo = new ProjectInfo("g", "module-a", "1", moduleName);

        Collected<AuditEvidence> audit = collector
                .collect(request(moduleInfo).in(module).reactor(dir, SCHEMASPY).build())
                .audit();

        assertTrue(audit.isRead(), audit::detail);
        assertEquals("../target/dependency-check-report.json", audit.value().path());
        assertFalse(audit.value().complete(), "an aggregate cannot tell a module's clean dependencies");
        assertEquals(vulnerable, audit.value().audit().vulnerable().size());
        assertEquals(229, audit.value().audit().dependencyCount());
        assertEquals(
                List.of(new EvidenceRecord(
                        "dependency-check",
                        "../target/dependency-check-report.json",
                        EvidenceStatus.READ,
                        "reactor aggregate, " + vulnerable + " vulnerable dependencies of this module")),
                audit.records());
    }

    /** Hand-written: no real report of the fixtures is an aggregate of several modules. */
    @Test
    void eachModuleGetsTheDependenciesItUses() throws Exception {
        write("target/dependency-check-report.json", """
                {"reportSchema": "1.1", "scanInfo": {"engineVersion": "12.2.2"},
                 "projectInfo": {"name": "Shop", "groupID": "com.acme", "artifactID": "shop", "version": "1"},
                 "dependencies": [
                   {"fileName": "a.jar", "packages": [{"id": "pkg:maven/g/a@1"}],
                    "projectReferences": ["module-a:compile", "module-b:test"],
                    "vulnerabilities": [{"name": "CVE-1", "severity": "HIGH", "cvssv3": {"baseScore": 7.5}}]},
                   {"fileName": "b.jar", "packages": [{"id": "pkg:maven/g/b@1"}],
                    "projectReferences": ["module-b:runtime"],
                    "vulnerabilities": [{"name": "CVE-2", "severity": "HIGH", "cvssv3": {"baseScore": 7.5}}]},
                   {"fileName": "c.jar", "packages": [{"id": "pkg:maven/g/c@1"}]}]}
                """);
        ProjectInfo shop = new ProjectInfo("com.acme", "shop", "1", "Shop");
        List<List<String>> files = new ArrayList<>();
        for (String module : List.of("module-a", "module-b", "module-c")) {
            Path base = Files.createDirectories(dir.resolve(module));
            AuditEvidence audit = collector
                    .collect(request(new ProjectInfo("com.acme", module, "1", null))
                            .in(base)
                            .reactor(dir, shop)
                            .build())
                    .audit()
                    .value();
            files.add(audit.audit().vulnerable().stream()
                    .map(VulnerableDependency::fileName)
                    .toList());
        }

        assertEquals(List.of(List.of("a.jar"), List.of("a.jar", "b.jar"), List.of()), files);
    }

    @Test
    void theModulesOwnReportWinsOverTheAggregate() throws Exception {
        copy(JSON, "target/dependency-check-report.json");
        Path module = Files.createDirectories(dir.resolve("module-a"));
        write("module-a/target/dependency-check-report.json", """
                {"reportSchema": "1.1", "scanInfo": {"engineVersion": "12.2.2"},
                 "projectInfo": {"name": "Payments", "artifactID": "payments"}, "dependencies": [{"fileName": "x.jar"}]}
                """);

        AuditEvidence audit = collector
                .collect(request(PAYMENTS).in(module).reactor(dir, SCHEMASPY).build())
                .audit()
                .value();

        assertEquals("target/dependency-check-report.json", audit.path());
        assertEquals(1, audit.audit().dependencyCount());
        assertTrue(audit.complete());
    }

    // ---- whether the report may be trusted

    @Test
    void aForeignReportIsInvalidNamingBothProjects() throws Exception {
        copy(JSON, "target/dependency-check-report.json");

        Collected<AuditEvidence> audit =
                collector.collect(request(PAYMENTS).build()).audit();

        assertEquals(EvidenceStatus.INVALID, audit.status());
        assertEquals(
                "target/dependency-check-report.json is the audit of 'schemaspy-maven-plugin', not of payments"
                        + " ('Payments'): re-run dependency-check in this project's build",
                audit.detail());
        assertEquals(
                List.of(new EvidenceRecord(
                        "dependency-check",
                        "target/dependency-check-report.json",
                        EvidenceStatus.INVALID,
                        audit.detail())),
                audit.records());
    }

    /** vulnjavaweb (12.1.0) names only the project ("vulnerableapps"): its name or artifactId must match it. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        vulnerableapps | -              | READ
        webapp         | vulnerableapps | READ
        webapp         | Web App        | INVALID
        """)
    void aReportNamingOnlyTheProjectMatchesNameOrArtifactId(String artifactId, String name, EvidenceStatus status)
            throws Exception {
        copy("dc-json-12.1.0-vulnjavaweb/dependency-check-report.json", "target/dependency-check-report.json");

        Collected<AuditEvidence> audit = collector
                .collect(request(new ProjectInfo("g", artifactId, "1", name)).build())
                .audit();

        assertEquals(status, audit.status(), audit::detail);
    }

    /** dependency-check's JSON and XML always name the project: a report without projectInfo is not adopted silently. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        json | target/dependency-check-report.json | {"reportSchema": "1.1", "scanInfo": {"engineVersion": "12.2.2"}, "dependencies": [{"fileName": "x.jar"}]}
        xml  | target/dependency-check-report.xml  | <analysis xmlns="https://jeremylong.github.io/DependencyCheck/dependency-check.4.1.xsd"><dependencies><dependency><fileName>x.jar</fileName></dependency></dependencies></analysis>
        """)
    void aReportNamingNoProjectIsUsedWithADoubt(String format, String name, String content) throws Exception {
        write(name, content);

        Collected<AuditEvidence> audit =
                collector.collect(request(PAYMENTS).build()).audit();

        assertTrue(audit.isRead(), audit::detail);
        String doubt = "names no project (its projectInfo has no name or artifactId), so it cannot be told to be this"
                + " project's audit";
        assertEquals(List.of(doubt), audit.value().doubts());
        assertEquals(
                List.of(new EvidenceRecord(
                        "dependency-check", name, EvidenceStatus.STALE, "1 dependencies, 0 vulnerable; " + doubt)),
                audit.records());
    }

    /** SARIF cannot name the project: no doubt, but the evidence says it was taken by its place. */
    @Test
    void aSarifAuditNamesNoProjectInItsEvidence() throws Exception {
        copy(SARIF, "target/dependency-check-report.sarif");

        Collected<AuditEvidence> audit =
                collector.collect(request(PAYMENTS).build()).audit();

        assertEquals(List.of(), audit.value().doubts());
        assertEquals(
                "12 dependencies, 12 vulnerable; SARIF names no project: taken as this project's by its place",
                audit.records().get(0).detail());
    }

    /** A SARIF run's invocation start time is its scan date, whatever the file's time. */
    @Test
    void aSarifAuditIsAgedByItsInvocationTime() throws Exception {
        write("target/dependency-check-report.sarif", """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "dependency-check", "version": "12.2.2"}},
                  "invocations": [{"executionSuccessful": true, "startTimeUtc": "2026-06-01T10:00:00Z",
                                   "endTimeUtc": "2026-06-01T10:05:00Z"}],
                  "results": []}]}
                """);

        AuditEvidence audit = collector
                .collect(request(PAYMENTS).maxAgeDays(30).build())
                .audit()
                .value();

        assertEquals(List.of("is 92 days old (scanned 2026-06-01 10:00 UTC; the policy allows 30)"), audit.doubts());
    }

    /** A report older than the POM is still used (its vulnerabilities are real), with the doubt as a STALE record. */
    @Test
    void aReportOlderThanThePomIsStale() throws Exception {
        Path report = copy(JSON, "target/dependency-check-report.json");
        Path pom = write("pom.xml", "<project/>");
        Files.setLastModifiedTime(report, FileTime.from(Instant.parse("2026-08-02T10:00:00Z")));
        Files.setLastModifiedTime(pom, FileTime.from(Instant.parse("2026-08-03T12:30:59Z")));

        Collected<AuditEvidence> audit =
                collector.collect(request(SCHEMASPY).pom(pom).build()).audit();

        assertTrue(audit.isRead());
        String doubt = "is older than pom.xml (report 2026-08-02 10:00 UTC, POM 2026-08-03 12:30 UTC)";
        assertEquals(List.of(doubt), audit.value().doubts());
        assertEquals(
                List.of(new EvidenceRecord(
                        "dependency-check",
                        "target/dependency-check-report.json",
                        EvidenceStatus.STALE,
                        "229 dependencies, 12 vulnerable; " + doubt)),
                audit.records());
    }

    @Test
    void aReportNewerThanThePomIsCurrent() throws Exception {
        Path report = copy(JSON, "target/dependency-check-report.json");
        Path pom = write("pom.xml", "<project/>");
        Files.setLastModifiedTime(pom, FileTime.from(Instant.parse("2026-08-02T10:00:00Z")));
        Files.setLastModifiedTime(report, FileTime.from(Instant.parse("2026-08-02T10:00:01Z")));

        Collected<AuditEvidence> audit =
                collector.collect(request(SCHEMASPY).pom(pom).build()).audit();

        assertEquals(List.of(), audit.value().doubts());
        assertEquals(EvidenceStatus.READ, audit.records().get(0).status());
    }

    /** schemaspy says it scanned on 2026-08-02T09:05:11Z; the build runs on 2026-09-02T00:00Z: 30 whole days. */
    @ParameterizedTest(name = "max {0} days")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        7  | is 30 days old (scanned 2026-08-02 09:05 UTC; the policy allows 7)
        29 | is 30 days old (scanned 2026-08-02 09:05 UTC; the policy allows 29)
        30 | -
        -  | -
        """)
    void aReportOlderThanTheMaximumAgeIsStale(Integer maxAgeDays, String doubt) throws Exception {
        copy(JSON, "target/dependency-check-report.json");

        AuditEvidence audit = collector
                .collect(request(SCHEMASPY).maxAgeDays(maxAgeDays).build())
                .audit()
                .value();

        assertEquals(doubt == null ? List.of() : List.of(doubt), audit.doubts());
    }

    /** SARIF says nothing about when it scanned: the file's time counts. */
    @Test
    void aSarifAuditIsAgedByItsFileTime() throws Exception {
        Path report = copy(SARIF, "target/dependency-check-report.sarif");
        Files.setLastModifiedTime(report, FileTime.from(Instant.parse("2026-08-20T08:15:00Z")));

        AuditEvidence audit = collector
                .collect(request(PAYMENTS).maxAgeDays(7).build())
                .audit()
                .value();

        assertEquals(List.of("is 12 days old (scanned 2026-08-20 08:15 UTC; the policy allows 7)"), audit.doubts());
    }

    // ---- configured audit reports

    @Test
    void configuredReportsAreReadWhereverTheyAre() throws Exception {
        copy(XML, "build/reports/dc.xml");

        Collected<AuditEvidence> audit = collector
                .collect(request(SCHEMASPY).audit("build/reports/dc.xml").build())
                .audit();

        assertEquals("build/reports/dc.xml", audit.value().path());
        assertEquals(229, audit.value().audit().dependencyCount());
    }

    @Test
    void aConfiguredReportThatIsMissingIsNotAvailable() throws Exception {
        copy(JSON, "target/dependency-check-report.json"); // the default place is not looked at

        Collected<AuditEvidence> audit = collector
                .collect(request(SCHEMASPY).audit("build/reports/dc.json").build())
                .audit();

        assertEquals(EvidenceStatus.NOT_AVAILABLE, audit.status());
        assertEquals(
                "configured report(s) not found: build/reports/dc.json; run dependency-check before"
                        + " readiness:check (both at verify: declare dependency-check-maven first)",
                audit.detail());
        assertEquals(
                List.of(new EvidenceRecord(
                        "dependency-check",
                        "build/reports/dc.json",
                        EvidenceStatus.NOT_AVAILABLE,
                        "configured, not found")),
                audit.records());
    }

    // ---- SARIF scanners

    @Test
    void theDefaultSarifPlacesOfTheModule() throws Exception {
        copy(SPOTBUGS, "target/spotbugsSarif.json");
        copy(CODEQL, "target/codeql/java.sarif"); // not at a default place

        Collected<SarifReport> scanners =
                collector.collect(request(PAYMENTS).build()).scanners();

        assertTrue(scanners.isRead());
        assertEquals(List.of("SpotBugs 4.8.1"), scanners.value().tools());
        assertEquals(2502, scanners.value().results().size());
        assertEquals(
                List.of(new EvidenceRecord(
                        "sarif", "target/spotbugsSarif.json", EvidenceStatus.READ, "SpotBugs 4.8.1: 2502 result(s)")),
                scanners.records());
    }

    @Test
    void aSingleStarGlobStaysInItsDirectory() throws Exception {
        copy(CODEQL, "target/java.sarif");
        copy(CODEQL, "target/sub/ignored.sarif");

        Collected<SarifReport> scanners = collector
                .collect(request(PAYMENTS).sarif("target/*.sarif").build())
                .scanners();

        assertEquals(List.of("target/java.sarif"), paths(scanners));
        assertEquals(10, scanners.value().results().size());
        assertEquals("CodeQL 2.11.0: 10 result(s)", scanners.records().get(0).detail());
    }

    /** {@code **}/ is any number of directories, none included, as in Maven and Ant patterns. */
    @Test
    void aDoubleStarGlobReachesEveryDepth() throws Exception {
        copy(CODEQL, "reports/top.sarif");
        copy(CODEQL, "reports/codeql/java.sarif");
        copy(SPOTBUGS, "reports/a/b/spotbugs.sarif");
        copy(CODEQL, "reports/a/not-sarif.json");
        copy(CODEQL, "elsewhere/x.sarif");

        Collected<SarifReport> scanners = collector
                .collect(request(PAYMENTS).sarif("reports/**/*.sarif").build())
                .scanners();

        assertEquals(
                List.of("reports/a/b/spotbugs.sarif", "reports/codeql/java.sarif", "reports/top.sarif"),
                paths(scanners));
        assertEquals(2502 + 10 + 10, scanners.value().results().size());
    }

    /** readiness.sarif under a wide glob (or with outputDirectory=target): never read back as a scanner's log. */
    @Test
    void theReadinessReportsOwnSarifIsNotAScanner() throws Exception {
        copy(CODEQL, "target/java.sarif");
        Path own = dir.resolve("target/readiness.sarif");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("golden/readiness.sarif")) {
            Files.copy(in, own);
        }

        Collected<SarifReport> scanners = collector
                .collect(request(PAYMENTS).sarif("target/*.sarif").build())
                .scanners();

        assertEquals(List.of("CodeQL 2.11.0"), scanners.value().tools());
        assertEquals(10, scanners.value().results().size());
        assertEquals(
                new EvidenceRecord(
                        "sarif",
                        "target/readiness.sarif",
                        EvidenceStatus.NOT_APPLICABLE,
                        "the readiness report's own SARIF output, not a scanner's: ignored"),
                scanners.records().get(1));
    }

    @Test
    void aConfiguredSarifThatMatchesNothingIsNotAvailable() throws Exception {
        copy(CODEQL, "target/java.sarif");

        Collected<SarifReport> scanners = collector
                .collect(request(PAYMENTS)
                        .sarif("target/*.sarif", "reports/*.sarif")
                        .build())
                .scanners();

        assertEquals(EvidenceStatus.NOT_AVAILABLE, scanners.status(), "fail closed: a configured scanner did not run");
        assertEquals(
                "configured SARIF report(s) not found: reports/*.sarif; run the scanner before readiness:check",
                scanners.detail());
        assertEquals(
                List.of(
                        new EvidenceRecord(
                                "sarif", "target/java.sarif", EvidenceStatus.READ, "CodeQL 2.11.0: 10 result(s)"),
                        new EvidenceRecord(
                                "sarif",
                                "reports/*.sarif",
                                EvidenceStatus.NOT_AVAILABLE,
                                "configured, no file matches")),
                scanners.records());
    }

    @Test
    void aConfiguredFileThatIsNoSarifIsAnError() throws Exception {
        copy(JSON, "reports/dependency-check.sarif");

        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> collector.collect(
                        request(SCHEMASPY).sarif("reports/*.sarif").build()));

        assertTrue(e.getMessage().startsWith("reports/dependency-check.sarif: is "), e.getMessage());
        assertTrue(
                e.getMessage().endsWith(", not a SARIF log: list only SARIF files under sarifReports"), e.getMessage());
    }

    /** dependency-check's SARIF among configured logs: the audit when there is no JSON or XML, never a scanner. */
    @ParameterizedTest(name = "JSON report present: {0}")
    @CsvSource({"false, reports/dependency-check-report.sarif, false", "true, target/dependency-check-report.json, true"
    })
    void dependencyChecksSarifIsTheAuditOnlyWithoutJsonOrXml(boolean json, String auditPath, boolean complete)
            throws Exception {
        if (json) {
            copy(JSON, "target/dependency-check-report.json");
        }
        copy(SARIF, "reports/dependency-check-report.sarif");
        copy(CODEQL, "reports/java.sarif");

        SecurityCollector.Result result =
                collector.collect(request(SCHEMASPY).sarif("reports/*.sarif").build());

        assertEquals(auditPath, result.audit().value().path());
        assertEquals(complete, result.audit().value().complete());
        SarifReport scanners = result.scanners().value();
        assertAll(
                () -> assertEquals(List.of("CodeQL 2.11.0"), scanners.tools()),
                () -> assertEquals(10, scanners.results().size()),
                () -> assertTrue(
                        scanners.results().stream().allMatch(r -> r.tool().startsWith("CodeQL"))));
        assertEquals(
                List.of(
                        "dependency-check 12.2.2: 0 result(s), 44 dependency-check result(s) judged as the"
                                + " dependency audit",
                        "CodeQL 2.11.0: 10 result(s)"),
                result.scanners().records().stream().map(EvidenceRecord::detail).toList());
    }

    @Test
    void onlyDependencyChecksSarifLeavesNoScanner() throws Exception {
        copy(SARIF, "target/dependency-check-report.sarif");

        SecurityCollector.Result result = collector.collect(request(PAYMENTS).build());

        assertEquals(
                "target/dependency-check-report.sarif", result.audit().value().path());
        assertEquals(EvidenceStatus.NOT_APPLICABLE, result.scanners().status());
        assertNull(result.scanners().value());
    }

    // ---- helpers

    private Path copy(String fixture, String target) throws Exception {
        Path file = dir.resolve(target);
        Files.createDirectories(file.getParent());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("real-reports/" + fixture)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path write(String target, String content) throws Exception {
        Path file = dir.resolve(target);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, UTF_8);
    }

    private static List<String> paths(Collected<SarifReport> scanners) {
        return scanners.records().stream().map(EvidenceRecord::path).toList();
    }

    private RequestBuilder request(ProjectInfo project) {
        return new RequestBuilder(dir, project);
    }

    /** A SecurityRequest with the defaults of a module at {@code base}, changed one setting at a time. */
    private static final class RequestBuilder {
        private Path base;
        private final ProjectInfo project;
        private final List<Path> audits = new ArrayList<>();
        private final List<String> sarif = new ArrayList<>();
        private Path reactorBuild;
        private ProjectInfo reactorProject;
        private Path pom;
        private boolean packagingPom;
        private Integer maxAgeDays;

        RequestBuilder(Path base, ProjectInfo project) {
            this.base = base;
            this.project = project;
        }

        RequestBuilder in(Path moduleBase) {
            base = moduleBase;
            return this;
        }

        RequestBuilder reactor(Path reactorBase, ProjectInfo reactorInfo) {
            reactorBuild = reactorBase.resolve("target");
            reactorProject = reactorInfo;
            return this;
        }

        RequestBuilder audit(String path) {
            audits.add(Path.of(path));
            return this;
        }

        RequestBuilder sarif(String... patterns) {
            sarif.addAll(List.of(patterns));
            return this;
        }

        RequestBuilder pom(Path file) {
            pom = file;
            return this;
        }

        RequestBuilder packagingPom() {
            packagingPom = true;
            return this;
        }

        RequestBuilder maxAgeDays(Integer days) {
            maxAgeDays = days;
            return this;
        }

        SecurityRequest build() {
            return new SecurityRequest(
                    base,
                    base.resolve("target"),
                    audits,
                    reactorBuild,
                    project,
                    reactorProject,
                    sarif,
                    pom,
                    packagingPom,
                    maxAgeDays,
                    NOW);
        }
    }
}
