package io.github.readiness.rules.evidence.junit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.FailedTest.Kind;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Surefire reports first (the 34 reports of 4156team-rollercoaster, the Surefire 3 report of vulnado), then
 * small hand-written reports for what no real file shows: failures, errors, reruns, skips, broken files.
 */
class SurefireReportReaderTest {
    static final String ROLLERCOASTER = "real-reports/bundle-4156team-rollercoaster/target/surefire-reports";
    static final String VULNADO = "real-reports/spotbugs-4.9.8-vulnado/target/surefire-reports";
    private static final Path HAND_WRITTEN = Path.of("target/surefire-reports/TEST-com.acme.HandWrittenTest.xml");

    private final SurefireReportReader reader = new SurefireReportReader();

    @Test
    void sumsTheRealRollercoasterReports() throws Exception {
        List<Path> reports = reportsIn(ROLLERCOASTER);
        TestSummary total = TestSummary.EMPTY;
        int files = 0;
        for (Path report : reports) {
            TestEvidence evidence = read(report);
            assertEquals(List.of(), evidence.failedTests(), report.toString());
            total = total.plus(evidence.summary());
            files += evidence.reportFiles();
        }
        // checked with grep: 34 files, 295 <testcase>, every suite tests/failures/errors/skipped = n/0/0/0
        assertEquals(34, files);
        assertEquals(new TestSummary(295, 0, 0, 0, 0, total.timeSeconds()), total);
        assertEquals(295, total.passed());
        // the suites' time attributes add up to 18.998 s
        assertEquals(18.998, total.timeSeconds(), 1e-9);
        assertEquals(19, Math.round(total.timeSeconds()));
    }

    @ParameterizedTest
    @CsvSource({
        "TEST-com.java.rollercoaster.RollercoasterApplicationTests.xml,                     1, 4.114",
        "TEST-com.java.rollercoaster.acceptancetest.ManagerAcceptanceTest.xml,            14, 0.362",
        "TEST-com.java.rollercoaster.controller.AppointmentControllerTest.xml,            20, 0.369",
        "TEST-com.java.rollercoaster.controller.AnnouncementControllerTest.xml,            1, 0.006",
        "TEST-com.java.rollercoaster.service.BalanceServiceTest.xml,                      21, 0.3",
        "TEST-com.java.rollercoaster.service.WeatherServiceTest.xml,                       2, 0.198",
    })
    void readsOneRealRollercoasterReport(String fileName, int tests, double seconds) throws Exception {
        TestEvidence evidence = read(resource(ROLLERCOASTER).resolve(fileName));

        assertEquals(new TestSummary(tests, 0, 0, 0, 0, seconds), evidence.summary());
        assertEquals(1, evidence.reportFiles());
    }

    @Test
    void readsTheRealSurefire3ReportAndSkipsItsProperties() throws Exception {
        // 57 <property> lines (class path, JDK 22 settings) precede the one test case
        TestEvidence evidence =
                read(resource(VULNADO).resolve("TEST-com.scalesec.vulnado.VulnadoApplicationTests.xml"));

        assertEquals(new TestSummary(1, 0, 0, 0, 0, 1.348), evidence.summary());
        assertEquals(List.of(), evidence.failedTests());
    }

    @Test
    void listsFailuresAndErrorsWithTheFirstLineOfTheirMessage() throws Exception {
        String longMessage = "x".repeat(250);
        TestEvidence evidence = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="com.acme.CartTest" time="0.5" tests="4" errors="1" skipped="0" failures="2">
                  <testcase name="adds" classname="com.acme.CartTest" time="0.1"/>
                  <testcase name="totals" classname="com.acme.CartTest" time="0.1">
                    <failure message="&#10;expected: &lt;3&gt;&#10; but was: &lt;2&gt;" type="org.opentest4j.AssertionFailedError">
                      <![CDATA[org.opentest4j.AssertionFailedError: expected: <3> but was: <2>]]>
                    </failure>
                    <system-out><![CDATA[computing total]]></system-out>
                  </testcase>
                  <testcase name="pays" classname="com.acme.CartTest" time="0.2">
                    <error message="%s" type="java.lang.IllegalStateException">stack trace</error>
                  </testcase>
                  <testcase name="empties" classname="com.acme.CartTest" time="0.1">
                    <failure type="java.lang.AssertionError"/>
                  </testcase>
                </testsuite>
                """.formatted(longMessage));

        assertEquals(new TestSummary(4, 2, 1, 0, 0, 0.5), evidence.summary());
        String report = HAND_WRITTEN.toString();
        assertEquals(
                List.of(
                        new FailedTest(
                                "com.acme.CartTest",
                                "totals",
                                Kind.FAILURE,
                                "org.opentest4j.AssertionFailedError",
                                "expected: <3>",
                                report),
                        new FailedTest(
                                "com.acme.CartTest",
                                "pays",
                                Kind.ERROR,
                                "java.lang.IllegalStateException",
                                "x".repeat(200),
                                report),
                        new FailedTest(
                                "com.acme.CartTest",
                                "empties",
                                Kind.FAILURE,
                                "java.lang.AssertionError",
                                null,
                                report)),
                evidence.failedTests());
        assertEquals("com.acme.CartTest#totals", evidence.failedTests().get(0).id());
    }

    @Test
    void countsTestsThatPassedOnARerunAsFlakes() throws Exception {
        // Surefire with rerunFailingTestsCount=2: two flaky tests, one that failed every run, one plain pass
        TestEvidence evidence = read("""
                <testsuite name="com.acme.NetTest" time="3.0" tests="4" errors="0" skipped="0" failures="1">
                  <testcase name="connects" classname="com.acme.NetTest" time="1.0">
                    <flakyFailure message="timeout" type="java.lang.AssertionError"><stackTrace>at a</stackTrace></flakyFailure>
                    <flakyFailure message="timeout" type="java.lang.AssertionError"><stackTrace>at a</stackTrace></flakyFailure>
                  </testcase>
                  <testcase name="reconnects" classname="com.acme.NetTest" time="1.0">
                    <flakyError message="reset" type="java.net.SocketException"><stackTrace>at b</stackTrace></flakyError>
                  </testcase>
                  <testcase name="resolves" classname="com.acme.NetTest" time="0.5">
                    <failure message="no such host" type="java.lang.AssertionError">at c</failure>
                    <rerunFailure message="no such host" type="java.lang.AssertionError"><stackTrace>at c</stackTrace></rerunFailure>
                    <rerunFailure message="no such host" type="java.lang.AssertionError"><stackTrace>at c</stackTrace></rerunFailure>
                  </testcase>
                  <testcase name="closes" classname="com.acme.NetTest" time="0.5"/>
                </testsuite>
                """);

        assertEquals(new TestSummary(4, 1, 0, 0, 2, 3.0), evidence.summary());
        assertEquals(3, evidence.summary().passed());
        assertEquals(List.of("com.acme.NetTest#resolves"), ids(evidence));
    }

    @Test
    void sumsTheSuitesOfATestsuitesRoot() throws Exception {
        TestEvidence evidence = read("""
                <testsuites name="all" tests="5" failures="1" errors="1" time="1.5">
                  <testsuite name="com.acme.ATest" tests="2" failures="1" errors="0" skipped="0" time="0.5">
                    <testcase name="a1" classname="com.acme.ATest"/>
                    <testcase name="a2" classname="com.acme.ATest"><failure message="a2 broke"/></testcase>
                  </testsuite>
                  <testsuite name="com.acme.BTest" tests="3" failures="0" errors="1" skipped="1" time="1.0">
                    <testcase name="b1" classname="com.acme.BTest"><error message="b1 threw" type="java.io.IOException"/></testcase>
                    <testcase name="b2" classname="com.acme.BTest"><skipped/></testcase>
                    <testcase name="b3" classname="com.acme.BTest"/>
                  </testsuite>
                </testsuites>
                """);

        assertEquals(new TestSummary(5, 1, 1, 1, 0, 1.5), evidence.summary());
        assertEquals(List.of("com.acme.ATest#a2", "com.acme.BTest#b1"), ids(evidence));
        assertEquals(1, evidence.reportFiles());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        # tests | skipped | executed
            3   |    1    |    2
            2   |    2    |    0
        """)
    void countsSkippedTestsAsNotExecuted(int tests, int skipped, int executed) throws Exception {
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < tests; i++) {
            String body = i < skipped ? "<skipped message=\"@Disabled\"/>" : "";
            cases.append("<testcase name=\"t")
                    .append(i)
                    .append("\" classname=\"com.acme.SkipTest\">")
                    .append(body)
                    .append("</testcase>\n");
        }
        TestEvidence evidence = read("<testsuite name=\"com.acme.SkipTest\" tests=\"" + tests + "\" failures=\"0\""
                + " errors=\"0\" skipped=\"" + skipped + "\" time=\"0.01\">\n" + cases + "</testsuite>");

        assertEquals(new TestSummary(tests, 0, 0, skipped, 0, 0.01), evidence.summary());
        assertEquals(executed, evidence.summary().executed());
        assertEquals(executed, evidence.summary().passed());
    }

    @Test
    void countsTheTestCasesWhenTheSuiteHasNoAttributes() throws Exception {
        TestEvidence evidence = read("""
                <testsuite name="com.acme.BareTest">
                  <properties><property name="k" value="v"/></properties>
                  <testcase name="passes" classname="com.acme.BareTest" time="0.25"/>
                  <testcase name="fails" classname="com.acme.BareTest" time="0.5"><failure message="no"/></testcase>
                  <testcase name="throws" classname="com.acme.BareTest" time="1,000.25"><error/></testcase>
                  <testcase name="waits" classname="com.acme.BareTest"><skipped/></testcase>
                  <testcase name="retries" classname="com.acme.BareTest" time="0"><flakyError/></testcase>
                </testsuite>
                """);

        assertEquals(new TestSummary(5, 1, 1, 1, 1, 1001.0), evidence.summary());
    }

    @Test
    void acceptsTheThousandsSeparatorOfOldSurefireTimes() throws Exception {
        TestEvidence evidence = read(
                "<testsuite name=\"com.acme.SlowTest\" tests=\"1\" failures=\"0\" errors=\"0\""
                        + " skipped=\"0\" time=\"1,234.567\"><testcase name=\"slow\" classname=\"com.acme.SlowTest\"/></testsuite>");

        assertEquals(1234.567, evidence.summary().timeSeconds(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({
        "tests,    abc",
        "failures, -1",
        "errors,   2.5",
        "skipped,  ''",
        "time,     fast",
    })
    void rejectsACountThatIsNotANumber(String attribute, String value) {
        String attributes = Stream.of("tests=1", "failures=0", "errors=0", "skipped=0", "time=0.1")
                .map(pair -> pair.split("="))
                .map(pair -> pair[0] + "=\"" + (pair[0].equals(attribute) ? value : pair[1]) + "\"")
                .collect(Collectors.joining(" "));
        String suite = "<testsuite name=\"com.acme.T\" " + attributes + ">";
        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> read("<?xml version=\"1.0\"?>\n" + suite
                        + "<testcase name=\"t\" classname=\"com.acme.T\"/></testsuite>"));

        assertEquals(
                HAND_WRITTEN + ": <testsuite> attribute " + attribute + "=\"" + value + "\" (line 2) is not a valid"
                        + " number: delete it and re-run the tests (mvn verify)",
                e.getMessage());
        assertEquals(HAND_WRITTEN, e.file());
    }

    @Test
    void rejectsATruncatedRealReportNamingTheFileAndLine() throws Exception {
        byte[] whole = Files.readAllBytes(
                resource(ROLLERCOASTER).resolve("TEST-com.java.rollercoaster.service.UserServiceTest.xml"));
        int cut = new String(whole, UTF_8).indexOf("<testcase ") + 20;
        byte[] truncated = Arrays.copyOf(whole, cut);
        long lines = new String(truncated, UTF_8).lines().count();

        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> reader.read(new ByteArrayInputStream(truncated), HAND_WRITTEN, HAND_WRITTEN.toString()));

        assertTrue(
                e.getMessage().startsWith(HAND_WRITTEN + ": is malformed or truncated XML (line " + lines + ": "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("): delete it and re-run the tests (mvn verify)"), e.getMessage());
        assertFalse(e.getMessage().contains("ParseError"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        ''                                        | line 1: Premature end of file
        <testsuite tests="1"><testcase name="a">  | line 1: XML document structures must start and end within the same entity
        {"tests": 1}                              | line 1: Content is not allowed in prolog
        """)
    void rejectsEmptyTruncatedAndNonXmlFiles(String content, String where) {
        EvidenceException e = assertThrows(EvidenceException.class, () -> read(content));

        assertEquals(
                HAND_WRITTEN + ": is malformed or truncated XML (" + where
                        + "): delete it and re-run the tests (mvn verify)",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({
        "real-reports/jacoco-empty-aggregate-cia/jacoco.xml,                         a JaCoCo XML report",
        "real-reports/spotbugs-4.9.8-vulnado/target/spotbugs.xml,                    a SpotBugs XML report",
        "real-reports/bundle-4156team-rollercoaster/target/checkstyle-result.xml,    a Checkstyle XML report",
    })
    void rejectsAnotherToolsRealReportNamingItsFormat(String resourcePath, String format) throws Exception {
        Path file = resource(resourcePath);
        EvidenceException e = assertThrows(EvidenceException.class, () -> read(file));

        assertEquals(
                file + ": is " + format + ", not a JUnit/Surefire test report (root element <testsuite>):"
                        + " move it out of the test report directories",
                e.getMessage());
    }

    @Test
    void rejectsAFailsafeSummaryAsNotATestReport() {
        EvidenceException e = assertThrows(EvidenceException.class, () -> read("""
                <failsafe-summary result="255" timeout="false">
                  <completed>2</completed><errors>1</errors><failures>0</failures><skipped>0</skipped>
                </failsafe-summary>
                """));

        assertTrue(
                e.getMessage().startsWith(HAND_WRITTEN + ": is a Failsafe summary (not a test report), not a"),
                e.getMessage());
    }

    @Test
    void neverExpandsAnExternalEntity(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE testsuite [<!ENTITY xxe SYSTEM "%s">]>
                <testsuite tests="1" failures="1" errors="0" skipped="0" time="0">
                  <testcase name="t" classname="com.acme.T"><failure message="&xxe;"/></testcase>
                </testsuite>
                """.formatted(secret.toUri());

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(xml));

        assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        assertTrue(
                e.getMessage().contains("(line 4: The entity \"xxe\" was referenced, but not declared)"),
                e.getMessage());
    }

    @Test
    void neverLoadsAnExternalDtd(@TempDir Path dir) throws Exception {
        // a DTD that would break the parse if it were ever loaded
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "this is not a DTD <!ENTITY");
        TestEvidence evidence = read("""
                <?xml version="1.0"?>
                <!DOCTYPE testsuite SYSTEM "%s">
                <testsuite tests="1" failures="0" errors="0" skipped="0" time="0.1">
                  <testcase name="t" classname="com.acme.T"/>
                </testsuite>
                """.formatted(dtd.toUri()));

        assertEquals(new TestSummary(1, 0, 0, 0, 0, 0.1), evidence.summary());
    }

    @Test
    void streamsPastMegabytesOfOutput() throws Exception {
        String output = "log line with <markup> & text\n".repeat(200_000);
        String escaped = output.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        TestEvidence evidence = read("<testsuite tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"1\">"
                + "<testcase name=\"noisy\" classname=\"com.acme.LogTest\"><failure message=\"m\"/>"
                + "<system-out><![CDATA[" + output + "]]></system-out><system-err>" + escaped + "</system-err>"
                + "</testcase><testcase name=\"quiet\" classname=\"com.acme.LogTest\"/>"
                + "<system-out>" + escaped + "</system-out></testsuite>");

        assertEquals(new TestSummary(2, 1, 0, 0, 0, 1), evidence.summary());
        assertEquals(List.of("com.acme.LogTest#noisy"), ids(evidence));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
        NULL                                | NULL
        ''                                  | NULL
        '  \\n  '                           | NULL
        expected: <1>                       | expected: <1>
        '\\n  expected: <1>\\n  but was: <2>' | expected: <1>
        'first\\r\\nsecond'                 | first
        """)
    void keepsTheFirstNonBlankLineOfAMessage(String message, String expected) {
        String unescaped = message == null ? null : message.replace("\\n", "\n").replace("\\r", "\r");

        assertEquals(expected, SurefireReportReader.firstLine(unescaped));
    }

    @Test
    void cutsALongMessageWithoutSplittingACharacter() {
        String emoji = "\uD83D\uDE00";
        assertAll(
                () -> assertEquals(
                        200, SurefireReportReader.firstLine("y".repeat(201)).length()),
                () -> assertEquals("y".repeat(199), SurefireReportReader.firstLine("y".repeat(199) + emoji)),
                () -> assertNull(SurefireReportReader.firstLine(" \t ")));
    }

    private TestEvidence read(String xml) throws EvidenceException {
        return reader.read(new ByteArrayInputStream(xml.getBytes(UTF_8)), HAND_WRITTEN, HAND_WRITTEN.toString());
    }

    private TestEvidence read(Path file) throws IOException, EvidenceException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file, file.getFileName().toString());
        }
    }

    private static List<String> ids(TestEvidence evidence) {
        return evidence.failedTests().stream().map(FailedTest::id).toList();
    }

    static Path resource(String path) throws URISyntaxException {
        return Path.of(SurefireReportReaderTest.class
                .getClassLoader()
                .getResource(path)
                .toURI());
    }

    static List<Path> reportsIn(String resourceDirectory) throws URISyntaxException, IOException {
        try (Stream<Path> files = Files.list(resource(resourceDirectory))) {
            return files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml"))
                    .sorted()
                    .toList();
        }
    }
}
