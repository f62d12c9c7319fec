package io.github.readiness.rules.evidence.quality;

import static io.github.readiness.rules.evidence.quality.QualityTally.LABSECUREAPP;
import static io.github.readiness.rules.evidence.quality.QualityTally.VULNADO;
import static io.github.readiness.rules.evidence.quality.QualityTally.VULNADO_PLUGIN_SUMMARY;
import static io.github.readiness.rules.evidence.quality.QualityTally.count;
import static io.github.readiness.rules.evidence.quality.QualityTally.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two real SpotBugs reports (vulnado, SpotBugs 4.9.8; labsecureapp, 4.0.4 with FindSecBugs, whose summary
 * counts one bug more than it holds), the plugin's spotbugs.xml, then hand-written reports for source line choice,
 * source directories, messages and broken files.
 */
class SpotBugsXmlReaderTest {
    private static final Path SHOWN = Path.of("target/spotbugsXml.xml");

    @TempDir
    Path temp;

    /**
     * Counted with python3's ElementTree: BugInstance children of BugCollection, by priority (mapped 1 HIGH, 2
     * MEDIUM, 3 LOW; no rank is 1-4) and category; distinct sourcepaths and the sum of start lines of the source
     * line SpotBugs calls primary (same choice in python), and how many of those have no start line.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # report     | version | issues | severities              | categories                                                                 | files | line sum | no line
        VULNADO      | 4.9.8   | 35     | HIGH=5;LOW=8;MEDIUM=22  | BAD_PRACTICE=14;EXPERIMENTAL=9;I18N=4;SECURITY=1;STYLE=7                   | 7     | 1677     | 0
        LABSECUREAPP | 4.0.4   | 73     | HIGH=4;LOW=49;MEDIUM=20 | BAD_PRACTICE=27;I18N=3;MALICIOUS_CODE=8;PERFORMANCE=3;SECURITY=17;STYLE=15 | 21    | 2372     | 12
        """)
    void readsEveryRealReport(
            String name,
            String version,
            int issues,
            String severities,
            String categories,
            long files,
            long lineSum,
            long withoutLine)
            throws Exception {
        StaticAnalysisReport report =
                QualityTally.readReal(name.equals("VULNADO") ? VULNADO : LABSECUREAPP, ReportedPaths.relativeTo(temp));

        assertAll(
                () -> assertEquals(AnalysisTool.SPOTBUGS, report.tool()),
                () -> assertEquals(version, report.version()),
                () -> assertEquals(issues, report.issues().size()),
                () -> assertEquals(severities, count(report.issues(), StaticAnalysisIssue::severity)),
                () -> assertEquals(categories, count(report.issues(), StaticAnalysisIssue::category)),
                () -> assertEquals(files, QualityTally.distinctFiles(report.issues())),
                () -> assertEquals(lineSum, QualityTally.lineSum(report.issues())),
                () -> assertEquals(
                        withoutLine,
                        report.issues().stream()
                                .filter(i -> i.location().line() == 0)
                                .count()));
    }

    @Test
    void countsTheBugInstancesThatAreThereNotTheSummary() throws Exception {
        String content = Files.readString(resource(LABSECUREAPP), UTF_8);
        assertTrue(content.contains("total_bugs='74'") && content.contains("priority_3='50'"), "the summary's claim");

        StaticAnalysisReport report = QualityTally.readReal(LABSECUREAPP, ReportedPaths.asWritten());

        assertEquals(73, report.issues().size());
        assertEquals(
                49,
                report.issues().stream()
                        .filter(i -> i.toolLevel().startsWith("priority 3,"))
                        .count());
    }

    /** The obligation bug's top-level source lines all have roles: the first with a line is the primary one. */
    @Test
    void readsTheFieldsOfRealIssues() throws Exception {
        List<StaticAnalysisIssue> issues =
                QualityTally.readReal(VULNADO, ReportedPaths.asWritten()).issues();

        assertEquals(
                new StaticAnalysisIssue(
                        AnalysisTool.SPOTBUGS,
                        "OBL_UNSATISFIED_OBLIGATION",
                        "EXPERIMENTAL",
                        Severity.MEDIUM,
                        "priority 2, rank 20",
                        "com.scalesec.vulnado.Comment.commit() may fail to clean up java.sql.Statement",
                        new Location("com/scalesec/vulnado/Comment.java", 80)),
                issues.get(0));
        StaticAnalysisIssue security = issues.stream()
                .filter(i -> "SECURITY".equals(i.category()))
                .findFirst()
                .orElseThrow();
        assertEquals("SQL_NONCONSTANT_STRING_PASSED_TO_EXECUTE", security.ruleId());
        assertEquals(Severity.HIGH, security.severity());
        assertEquals("priority 1, rank 10", security.toolLevel());
        assertEquals(new Location("com/scalesec/vulnado/User.java", 49), security.location());
    }

    /** SrcDir /Users/ahmedkarray/... is not inside the module: the sourcepath stays as written. */
    @Test
    void keepsSourcePathsWhenTheReportsSourceDirectoryIsElsewhere() throws Exception {
        List<StaticAnalysisIssue> issues =
                QualityTally.readReal(VULNADO, ReportedPaths.relativeTo(temp)).issues();

        assertEquals(
                "com/scalesec/vulnado/Comment.java", issues.get(0).location().file());
    }

    @Test
    void showsSourcePathsUnderTheFirstSourceDirectoryOfTheModuleThatHoldsThem() throws Exception {
        Files.createDirectories(temp.resolve("src/main/java/com/x"));
        Files.createDirectories(temp.resolve("src/test/java/com/x"));
        Files.writeString(temp.resolve("src/main/java/com/x/Main.java"), "class Main {}");
        Files.writeString(temp.resolve("src/test/java/com/x/MainTest.java"), "class MainTest {}");
        String project = "<Project><SrcDir>" + temp.resolve("src/main/java") + "</SrcDir><SrcDir>"
                + temp.resolve("src/test/java") + "</SrcDir><SrcDir>/elsewhere/src</SrcDir></Project>";
        String report = "<BugCollection version='4.9.8' sequence='0'>" + project + bug("com/x/Main.java", 3)
                + bug("com/x/MainTest.java", 4) + bug("com/x/Generated.java", 5) + "</BugCollection>";

        List<String> shown = read(report, ReportedPaths.relativeTo(temp)).issues().stream()
                .map(i -> i.location().toString())
                .toList();

        assertEquals(
                List.of(
                        "src/main/java/com/x/Main.java:3",
                        "src/test/java/com/x/MainTest.java:4",
                        "com/x/Generated.java:5"),
                shown);
        assertEquals(
                List.of("com/x/Main.java:3", "com/x/MainTest.java:4", "com/x/Generated.java:5"),
                read(report, ReportedPaths.asWritten()).issues().stream()
                        .map(i -> i.location().toString())
                        .toList());
    }

    /** SpotBugs' own order: top-level default role with a line, any top-level with a line, method, field, class. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        default role wins over an earlier role | <SourceLine role='SOURCE_LINE_ANOTHER_INSTANCE' sourcepath='b/B.java' start='5'/><SourceLine sourcepath='a/A.java' start='9'/> | a/A.java:9
        first with a line when all have roles  | <SourceLine role='R' sourcepath='a/A.java'/><SourceLine role='R' sourcepath='b/B.java' start='7'/> | b/B.java:7
        method before a top level without line | <SourceLine sourcepath='a/A.java'/><Class><SourceLine sourcepath='c/C.java' start='1'/></Class><Method><SourceLine sourcepath='m/M.java' start='12'/></Method> | m/M.java:12
        method without role before role        | <Method role='METHOD_CALLED'><SourceLine sourcepath='x/X.java' start='3'/></Method><Method><SourceLine sourcepath='m/M.java' start='8'/></Method> | m/M.java:8
        field before class                     | <Class><SourceLine sourcepath='c/C.java' start='1'/></Class><Field><SourceLine sourcepath='f/F.java'/></Field> | f/F.java
        class alone                            | <Class><SourceLine sourcepath='c/C.java' start='2' end='40'/><Message>In class C</Message></Class> | c/C.java:2
        top level without a line as last resort| <SourceLine sourcepath='a/A.java'/><Class classname='a.A'/> | a/A.java
        """)
    void picksThePrimarySourceLine(String name, String annotations, String expected) throws Exception {
        StaticAnalysisIssue issue = read(
                        "<BugCollection version='4.9.8'><BugInstance type='T' priority='2'>" + annotations
                                + "</BugInstance></BugCollection>",
                        ReportedPaths.asWritten())
                .issues()
                .get(0);

        assertEquals(expected, issue.location().toString());
    }

    @Test
    void aBugWithoutSourceFileHasNoLocation() throws Exception {
        StaticAnalysisIssue issue = read(
                        "<BugCollection><BugInstance type='T' priority='3'><Class classname='a.A'/>"
                                + "</BugInstance></BugCollection>",
                        ReportedPaths.asWritten())
                .issues()
                .get(0);

        assertNull(issue.location());
        assertNull(read("<BugCollection/>", ReportedPaths.asWritten()).version());
    }

    @Test
    void theMessageIsTheLongMessageElseTheShortElseTheType() throws Exception {
        List<StaticAnalysisIssue> issues = read(
                        "<BugCollection>"
                                + "<BugInstance type='A' priority='1'><ShortMessage>short</ShortMessage><LongMessage>long\n  one"
                                + "</LongMessage></BugInstance>"
                                + "<BugInstance type='B' priority='1'><ShortMessage>short</ShortMessage></BugInstance>"
                                + "<BugInstance type='C' priority='1' rank='3'/></BugCollection>",
                        ReportedPaths.asWritten())
                .issues();

        assertEquals(
                List.of("long one", "short", "C"),
                issues.stream().map(StaticAnalysisIssue::message).toList());
        assertEquals("priority 1", issues.get(1).toolLevel(), "no rank attribute");
    }

    @Test
    void aScariestRankRaisesALowPriorityBugToHigh() throws Exception {
        StaticAnalysisIssue issue = read(
                        "<BugCollection><BugInstance type='T' priority='3' rank='4'/></BugCollection>",
                        ReportedPaths.asWritten())
                .issues()
                .get(0);

        assertEquals(Severity.HIGH, issue.severity());
        assertEquals("priority 3, rank 4", issue.toolLevel());
    }

    @Test
    void refusesThePluginsSiteSummary() throws Exception {
        byte[] summary = Files.readAllBytes(resource(VULNADO_PLUGIN_SUMMARY));

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(summary));

        assertEquals(
                "target/spotbugsXml.xml: is spotbugs-maven-plugin's summary for its site report (spotbugs.xml),"
                        + " not SpotBugs' own XML report: point the SpotBugs report configuration at target/spotbugsXml.xml,"
                        + " which the plugin's spotbugs and check goals write",
                e.getMessage());
    }

    /** The summary's usual shape when it has bugs (as spotbugs-maven-plugin 3.1 wrote it), without its attributes. */
    @Test
    void refusesAPluginSummaryWithFileElements() {
        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> read(
                        "<BugCollection version='3.1.11'>"
                                + "<file classname='A'><BugInstance type='T' priority='Low' category='PERFORMANCE'/></file>"
                                + "</BugCollection>",
                        ReportedPaths.asWritten()));

        assertTrue(e.getMessage().contains("spotbugs-maven-plugin's summary"), e.getMessage());
    }

    @Test
    void aTruncatedReportIsOneLineNamingTheFileAndTheFix() throws Exception {
        byte[] whole = Files.readAllBytes(resource(VULNADO));

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(Arrays.copyOf(whole, whole.length / 2)));

        assertTrue(
                e.getMessage().startsWith("target/spotbugsXml.xml: is malformed or truncated XML (line "),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith("): regenerate it: run spotbugs-maven-plugin's check or spotbugs goal"
                                + " before readiness:check"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anotherToolsReportSaysWhatItIs() throws Exception {
        byte[] pmd = Files.readAllBytes(resource(QualityTally.ALUDRATEST));

        EvidenceException e = assertThrows(EvidenceException.class, () -> read(pmd));

        assertEquals(
                "target/spotbugsXml.xml: is a PMD XML report, not a SpotBugs XML report: point the SpotBugs"
                        + " report configuration at the spotbugsXml.xml that SpotBugs writes",
                e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        <BugInstance priority='2'/>               | line 2: <BugInstance> has no type attribute
        <BugInstance type='T'/>                   | line 2: <BugInstance> has no priority attribute
        <BugInstance type='T' priority='High'/>   | line 2: <BugInstance> priority="High" is not a whole number
        <BugInstance type='T' priority='7'/>      | line 2: <BugInstance> priority="7" is not a SpotBugs priority (1-5)
        <BugInstance type='T' priority='2' rank='x'/> | line 2: <BugInstance> rank="x" is not a whole number
        """)
    void aBadBugInstanceNamesItsLine(String bugInstance, String problem) {
        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> read("<BugCollection>\n" + bugInstance + "\n</BugCollection>", ReportedPaths.asWritten()));

        assertEquals(
                "target/spotbugsXml.xml: " + problem + ": regenerate it: run spotbugs-maven-plugin's check or"
                        + " spotbugs goal before readiness:check",
                e.getMessage());
    }

    private static String bug(String sourcePath, int line) {
        return "<BugInstance type='T' priority='2'><SourceLine sourcepath='" + sourcePath + "' start='" + line
                + "'/></BugInstance>";
    }

    private static StaticAnalysisReport read(String xml, ReportedPaths paths) throws EvidenceException {
        return new SpotBugsXmlReader().read(new ByteArrayInputStream(xml.getBytes(UTF_8)), SHOWN, paths);
    }

    private static StaticAnalysisReport read(byte[] bytes) throws EvidenceException {
        return new SpotBugsXmlReader().read(new ByteArrayInputStream(bytes), SHOWN, ReportedPaths.asWritten());
    }
}
