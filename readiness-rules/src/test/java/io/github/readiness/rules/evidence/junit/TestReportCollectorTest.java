package io.github.readiness.rules.evidence.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way a module can have (or lack) test reports, laid out in a temporary project directory. */
class TestReportCollectorTest {
    private static final FileTime COMPILED = FileTime.from(Instant.parse("2026-11-20T10:00:00Z"));
    private static final FileTime TESTED = FileTime.from(Instant.parse("2026-11-20T10:01:00Z"));
    private static final String SUREFIRE = "target/surefire-reports";
    private static final String FAILSAFE = "target/failsafe-reports";

    @TempDir
    Path base;

    private final TestReportCollector collector = new TestReportCollector();

    /** Lays out part of a project under the temporary base directory. */
    @FunctionalInterface
    interface Layout {
        void apply(Project project) throws Exception;
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of(
                        "tests skipped, reports left over",
                        (Layout) p -> {
                            p.mainClass();
                            p.testClass("com/acme/CartTest.class", COMPILED);
                            p.realReports(TESTED);
                        },
                        "skipTests",
                        EvidenceStatus.NOT_RUN,
                        "this build skipped the tests (skipTests=true): reports in target/surefire-reports are from an"
                                + " earlier run; run the build without -DskipTests"),
                Arguments.of(
                        "tests skipped, no reports",
                        (Layout) Project::mainClass,
                        "maven.test.skip",
                        EvidenceStatus.NOT_RUN,
                        "this build skipped the tests (maven.test.skip=true): run the build without -Dmaven.test.skip"),
                Arguments.of(
                        "nothing compiled",
                        (Layout) p -> {},
                        null,
                        EvidenceStatus.NOT_APPLICABLE,
                        "no code and no tests (no .class files in target/classes or target/test-classes)"),
                Arguments.of(
                        "test classes, no report directories",
                        (Layout) p -> {
                            p.mainClass();
                            p.testClass("com/acme/CartTest.class", COMPILED);
                        },
                        null,
                        EvidenceStatus.NOT_AVAILABLE,
                        notAvailable()),
                Arguments.of(
                        "test classes, only a failsafe-summary.xml",
                        (Layout) p -> {
                            p.testClass("com/acme/CartIT.class", COMPILED);
                            p.failsafeSummary();
                            p.file(SUREFIRE + "/com.acme.CartTest.txt", "Tests run: 1", TESTED);
                        },
                        null,
                        EvidenceStatus.NOT_AVAILABLE,
                        notAvailable()),
                Arguments.of(
                        "reports older than the test classes",
                        (Layout) p -> {
                            p.mainClass();
                            p.testClass("com/acme/CartTest.class", TESTED);
                            p.realReports(COMPILED);
                        },
                        null,
                        EvidenceStatus.STALE,
                        stale()),
                Arguments.of(
                        "a test class in a sub-package is newer than the reports",
                        (Layout) p -> {
                            p.testClass("com/acme/CartTest.class", COMPILED);
                            p.testClass("com/acme/deep/er/TaxTest.class", FileTime.fromMillis(TESTED.toMillis() + 1));
                            p.realReports(TESTED);
                        },
                        null,
                        EvidenceStatus.STALE,
                        stale()),
                Arguments.of(
                        "one report newer than the test classes is enough",
                        (Layout) p -> {
                            p.testClass("com/acme/CartTest.class", TESTED);
                            p.report(SUREFIRE, "TEST-com.acme.ATest.xml", suite("com.acme.ATest", 1, 0, 0), COMPILED);
                            p.report(FAILSAFE, "TEST-com.acme.BIT.xml", suite("com.acme.BIT", 1, 0, 0), TESTED);
                        },
                        null,
                        EvidenceStatus.READ,
                        ""),
                Arguments.of(
                        "main code without test classes", (Layout) Project::mainClass, null, EvidenceStatus.READ, ""),
                Arguments.of(
                        "reports newer than the test classes",
                        (Layout) p -> {
                            p.mainClass();
                            p.testClass("com/acme/CartTest.class", COMPILED);
                            p.realReports(TESTED);
                        },
                        null,
                        EvidenceStatus.READ,
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void tellsWhyThereAreNoUsableReports(
            String scenario, Layout layout, String skippedBy, EvidenceStatus status, String detail) throws Exception {
        layout.apply(new Project(base));

        Collected<TestEvidence> collected = collector.collect(TestReportRequest.defaults(base, skippedBy));

        assertEquals(status, collected.status());
        assertEquals(detail, collected.detail());
        assertEquals(status == EvidenceStatus.READ, collected.value() != null);
        assertEquals(
                List.of(SUREFIRE, FAILSAFE),
                collected.records().stream().map(EvidenceRecord::path).toList());
        assertEquals(
                List.of("surefire", "failsafe"),
                collected.records().stream().map(EvidenceRecord::source).toList());
        // a directory without reports beside one with reports says so instead of "READ, 0 reports"
        collected
                .records()
                .forEach(r -> assertEquals(
                        status == EvidenceStatus.READ && r.detail().equals("no TEST-*.xml reports here")
                                ? EvidenceStatus.NOT_AVAILABLE
                                : status,
                        r.status(),
                        r.toString()));
    }

    @Test
    void readsTheRealRollercoasterReports() throws Exception {
        Project project = new Project(base);
        project.mainClass();
        project.testClass("com/java/rollercoaster/service/UserServiceTest.class", COMPILED);
        project.realReports(TESTED);

        Collected<TestEvidence> collected = collector.collect(TestReportRequest.defaults(base, null));

        TestEvidence evidence = collected.value();
        assertEquals(34, evidence.reportFiles());
        assertEquals(new TestSummary(295, 0, 0, 0, 0, evidence.summary().timeSeconds()), evidence.summary());
        assertEquals(18.998, evidence.summary().timeSeconds(), 1e-9);
        assertEquals(List.of(), evidence.failedTests());
        assertEquals(
                List.of(
                        new EvidenceRecord("surefire", SUREFIRE, EvidenceStatus.READ, "34 reports"),
                        new EvidenceRecord(
                                "failsafe", FAILSAFE, EvidenceStatus.NOT_AVAILABLE, "no TEST-*.xml reports here")),
                collected.records());
    }

    @Test
    void sumsSurefireAndFailsafeAndIgnoresTheFailsafeSummary() throws Exception {
        Project project = new Project(base);
        project.testClass("com/acme/CartTest.class", COMPILED);
        project.report(SUREFIRE, "TEST-com.acme.CartTest.xml", suite("com.acme.CartTest", 3, 1, 0), TESTED);
        project.report(FAILSAFE, "TEST-com.acme.CartIT.xml", suite("com.acme.CartIT", 2, 0, 1), TESTED);
        project.failsafeSummary();

        Collected<TestEvidence> collected = collector.collect(TestReportRequest.defaults(base, null));

        TestEvidence evidence = collected.value();
        assertEquals(new TestSummary(5, 1, 1, 0, 0, 0.5), evidence.summary());
        assertEquals(2, evidence.reportFiles());
        assertEquals(
                List.of(
                        new FailedTest(
                                "com.acme.CartTest",
                                "t0",
                                FailedTest.Kind.FAILURE,
                                "java.lang.AssertionError",
                                "t0 failed",
                                SUREFIRE + "/TEST-com.acme.CartTest.xml"),
                        new FailedTest(
                                "com.acme.CartIT",
                                "t0",
                                FailedTest.Kind.ERROR,
                                "java.lang.IllegalStateException",
                                "t0 threw",
                                FAILSAFE + "/TEST-com.acme.CartIT.xml")),
                evidence.failedTests());
        assertEquals(
                List.of(
                        new EvidenceRecord("surefire", SUREFIRE, EvidenceStatus.READ, "1 report"),
                        new EvidenceRecord("failsafe", FAILSAFE, EvidenceStatus.READ, "1 report")),
                collected.records());
    }

    @Test
    void readsOnlyTestReportsDirectlyInTheDirectoryByFileName() throws Exception {
        Project project = new Project(base);
        project.testClass("com/acme/ATest.class", COMPILED);
        project.report(SUREFIRE, "TEST-com.acme.BTest.xml", suite("com.acme.BTest", 1, 1, 0), TESTED);
        project.report(SUREFIRE, "TEST-com.acme.ATest.xml", suite("com.acme.ATest", 1, 1, 0), TESTED);
        project.report(SUREFIRE, "TEST-com.acme.CTest.xml", suite("com.acme.CTest", 1, 1, 0), TESTED);
        project.report(SUREFIRE + "/old", "TEST-com.acme.OldTest.xml", suite("com.acme.OldTest", 9, 9, 0), TESTED);
        project.file(SUREFIRE + "/com.acme.ATest.txt", "Tests run: 1, Failures: 1", TESTED);
        project.file(SUREFIRE + "/TEST-com.acme.DTest.xml.bak", "not read", TESTED);
        Files.createDirectories(base.resolve(SUREFIRE + "/TEST-a-directory.xml"));

        TestEvidence evidence =
                collector.collect(TestReportRequest.defaults(base, null)).value();

        assertEquals(3, evidence.reportFiles());
        assertEquals(
                List.of("com.acme.ATest#t0", "com.acme.BTest#t0", "com.acme.CTest#t0"),
                evidence.failedTests().stream().map(FailedTest::id).toList());
    }

    @Test
    void readsAnEmptyEvidenceWhenTheProjectHasNoTests() throws Exception {
        new Project(base).mainClass();

        Collected<TestEvidence> collected = collector.collect(TestReportRequest.defaults(base, null));

        assertEquals(
                new TestEvidence(
                        TestSummary.EMPTY,
                        List.of(),
                        0,
                        new java.util.LinkedHashMap<>(
                                java.util.Map.of("surefire", TestSummary.EMPTY, "failsafe", TestSummary.EMPTY))),
                collected.value());
        assertEquals(
                List.of(
                        new EvidenceRecord(
                                "surefire",
                                SUREFIRE,
                                EvidenceStatus.READ,
                                "0 reports: no test classes in target/test-classes"),
                        new EvidenceRecord(
                                "failsafe",
                                FAILSAFE,
                                EvidenceStatus.READ,
                                "0 reports: no test classes in target/test-classes")),
                collected.records());
    }

    @Test
    void namesTheLeftOverReportsOfEachDirectoryWhenTestsWereSkipped() throws Exception {
        Project project = new Project(base);
        project.testClass("com/acme/CartTest.class", COMPILED);
        project.report(FAILSAFE, "TEST-com.acme.CartIT.xml", suite("com.acme.CartIT", 2, 0, 0), TESTED);

        Collected<TestEvidence> collected = collector.collect(TestReportRequest.defaults(base, "skipITs"));

        assertNull(collected.value());
        assertEquals(
                List.of(
                        new EvidenceRecord(
                                "surefire",
                                SUREFIRE,
                                EvidenceStatus.NOT_RUN,
                                "this build skipped the tests (skipITs=true): run the build without -DskipITs"),
                        new EvidenceRecord(
                                "failsafe",
                                FAILSAFE,
                                EvidenceStatus.NOT_RUN,
                                "this build skipped the tests (skipITs=true): reports in target/failsafe-reports are"
                                        + " from an earlier run; run the build without -DskipITs")),
                collected.records());
    }

    @Test
    void keepsTheOrderAndSourcesOfConfiguredDirectories() throws Exception {
        Project project = new Project(base);
        project.mainClass();
        project.report("build/it-failsafe-results", "TEST-com.acme.XIT.xml", suite("com.acme.XIT", 2, 0, 0), TESTED);
        project.report("build/unit-results", "TEST-com.acme.XTest.xml", suite("com.acme.XTest", 3, 0, 0), TESTED);
        TestReportRequest request = new TestReportRequest(
                base,
                List.of(base.resolve("build/it-failsafe-results"), base.resolve("build/unit-results")),
                base.resolve("build/classes"),
                base.resolve("build/test-classes"),
                null);

        Collected<TestEvidence> collected = collector.collect(request);

        assertEquals(new TestSummary(5, 0, 0, 0, 0, 0.5), collected.value().summary());
        assertEquals(
                List.of(
                        new EvidenceRecord("failsafe", "build/it-failsafe-results", EvidenceStatus.READ, "1 report"),
                        new EvidenceRecord("surefire", "build/unit-results", EvidenceStatus.READ, "1 report")),
                collected.records());
    }

    @Test
    void namesTheBrokenReportRelativeToTheProject() throws Exception {
        Project project = new Project(base);
        project.testClass("com/acme/CartTest.class", COMPILED);
        project.report(SUREFIRE, "TEST-com.acme.CartTest.xml", "<testsuite tests=\"1\"><testcase name=\"a\"", TESTED);

        EvidenceException e =
                assertThrows(EvidenceException.class, () -> collector.collect(TestReportRequest.defaults(base, null)));

        assertEquals(
                SUREFIRE + "/TEST-com.acme.CartTest.xml: is malformed or truncated XML (line 1: XML document"
                        + " structures must start and end within the same entity): delete it and re-run the tests"
                        + " (mvn verify)",
                e.getMessage());
    }

    @Test
    void defaultsToMavensLayout() {
        TestReportRequest request = TestReportRequest.defaults(base, null);

        assertEquals(List.of(base.resolve(SUREFIRE), base.resolve(FAILSAFE)), request.reportDirectories());
        assertEquals(base.resolve("target/classes"), request.classesDirectory());
        assertEquals(base.resolve("target/test-classes"), request.testClassesDirectory());
        assertNull(request.provenance().testSkip());
    }

    private static String notAvailable() {
        return "test classes exist in target/test-classes but there are no TEST-*.xml reports in"
                + " target/surefire-reports or target/failsafe-reports: run the tests with maven-surefire-plugin"
                + " (mvn verify)";
    }

    private static String stale() {
        return "test reports in target/surefire-reports are older than the test classes: the tests did not run after"
                + " the last compile; run mvn verify";
    }

    /** A Surefire report: the first tests fail, the next ones throw, the rest pass; 0.25 s per suite. */
    static String suite(String className, int tests, int failures, int errors) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\""
                + className + "\" time=\"0.25\" tests=\"" + tests + "\" errors=\"" + errors + "\" skipped=\"0\""
                + " failures=\"" + failures + "\">\n");
        for (int i = 0; i < tests; i++) {
            xml.append("  <testcase name=\"t")
                    .append(i)
                    .append("\" classname=\"")
                    .append(className)
                    .append("\">");
            if (i < failures) {
                xml.append("<failure message=\"t").append(i).append(" failed\" type=\"java.lang.AssertionError\"/>");
            } else if (i < failures + errors) {
                xml.append("<error message=\"t")
                        .append(i)
                        .append(" threw\" type=\"java.lang.IllegalStateException\"/>");
            }
            xml.append("</testcase>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    /** A project directory with Maven's default layout. */
    record Project(Path base) {
        void mainClass() throws IOException {
            file("target/classes/com/acme/Cart.class", "\u00ca\u00fe", COMPILED);
        }

        void testClass(String path, FileTime modified) throws IOException {
            file("target/test-classes/" + path, "\u00ca\u00fe", modified);
        }

        void report(String directory, String name, String xml, FileTime modified) throws IOException {
            file(directory + "/" + name, xml, modified);
        }

        /** The 34 real reports of 4156team-rollercoaster, copied into target/surefire-reports. */
        void realReports(FileTime modified) throws Exception {
            Path directory = Files.createDirectories(base.resolve(SUREFIRE));
            for (Path report : SurefireReportReaderTest.reportsIn(SurefireReportReaderTest.ROLLERCOASTER)) {
                Path copy = Files.copy(
                        report, directory.resolve(report.getFileName().toString()));
                Files.setLastModifiedTime(copy, modified);
            }
        }

        /** What Failsafe writes next to its reports; not a test report. */
        void failsafeSummary() throws IOException {
            file(
                    FAILSAFE + "/failsafe-summary.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<failsafe-summary result=\"255\" timeout=\"false\"><completed>2</completed><errors>1</errors>"
                            + "<failures>0</failures><skipped>0</skipped></failsafe-summary>\n",
                    TESTED);
        }

        void file(String path, String content, FileTime modified) throws IOException {
            Path file = base.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            Files.setLastModifiedTime(file, modified);
        }
    }
}
