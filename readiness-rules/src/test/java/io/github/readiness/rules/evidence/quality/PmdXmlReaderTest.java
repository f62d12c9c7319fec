package io.github.readiness.rules.evidence.quality;

import static io.github.readiness.rules.evidence.quality.QualityTally.ALUDRATEST;
import static io.github.readiness.rules.evidence.quality.QualityTally.count;
import static io.github.readiness.rules.evidence.quality.QualityTally.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The real PMD 5.0.5 report of aludratest (no namespace, Windows paths), then hand-written PMD 6+ reports (namespace,
 * processing errors, suppressed violations) and broken files.
 */
class PmdXmlReaderTest {
    private static final Path SHOWN = Path.of("target/pmd.xml");
    private static final String PMD6 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<pmd xmlns=\"http://pmd.sourceforge.net/report/2.0.0\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:schemaLocation=\"http://pmd.sourceforge.net/report/2.0.0"
            + " http://pmd.sourceforge.net/report_2_0_0.xsd\" version=\"6.55.0\" timestamp=\"2024-01-02T10:11:12.131\">\n";

    @TempDir
    Path temp;

    /**
     * Counted with python3's ElementTree: 58 {@code <file>} elements, 98 {@code <violation>} (priority 4 x58, 3 x40),
     * rulesets and rules as below, beginline attributes summing to 15075.
     */
    @Test
    void readsTheRealReport() throws Exception {
        StaticAnalysisReport report = QualityTally.readReal(ALUDRATEST, ReportedPaths.relativeTo(temp));
        List<StaticAnalysisIssue> issues = report.issues();

        assertAll(
                () -> assertEquals(AnalysisTool.PMD, report.tool()),
                () -> assertEquals("5.0.5", report.version()),
                () -> assertEquals(98, issues.size()),
                () -> assertEquals("LOW=58;MEDIUM=40", count(issues, StaticAnalysisIssue::severity)),
                () -> assertEquals("priority 3=40;priority 4=58", count(issues, StaticAnalysisIssue::toolLevel)),
                () -> assertEquals(
                        "Basic=5;Braces=5;Empty Code=27;Unnecessary=61", count(issues, StaticAnalysisIssue::category)),
                () -> assertEquals(
                        "AvoidThreadGroup=1;CollapsibleIfStatements=4;EmptyCatchBlock=27;"
                                + "ForLoopsMustUseBraces=1;IfStmtsMustUseBraces=4;UnnecessaryFinalModifier=2;"
                                + "UselessOverridingMethod=1;UselessParentheses=58",
                        count(issues, StaticAnalysisIssue::ruleId)),
                () -> assertEquals(58, QualityTally.distinctFiles(issues)),
                () -> assertEquals(15075, QualityTally.lineSum(issues)));
    }

    /** A Windows path read on Linux is not a path here: kept as written, backslashes and all. */
    @Test
    void keepsWindowsPathsAsWritten() throws Exception {
        List<StaticAnalysisIssue> issues = QualityTally.readReal(ALUDRATEST, ReportedPaths.relativeTo(temp))
                .issues();

        assertEquals(
                new StaticAnalysisIssue(
                        AnalysisTool.PMD,
                        "UselessParentheses",
                        "Unnecessary",
                        Severity.LOW,
                        "priority 4",
                        "Useless parentheses.",
                        new Location(
                                "C:\\DEV\\git\\aludratest\\src\\main\\java\\org\\aludratest\\app\\excelwizard\\TestClassList.java",
                                83)),
                issues.get(0));
        assertEquals(
                new Location(
                        "C:\\DEV\\git\\aludratest\\src\\main\\java\\org\\apache\\commons\\vfs2\\provider"
                                + "\\local\\AludraLocalFile.java",
                        121),
                issues.get(97).location());
        assertEquals(
                "These nested if statements could be combined", issues.get(97).message());
    }

    @Test
    void readsPmd6WithItsNamespaceErrorsAndSuppressedViolations() throws Exception {
        String main = temp.resolve("src/main/java/com/x/A.java").toString();
        String report = PMD6 + "<file name=\"" + main + "\">\n"
                + "<violation beginline=\"5\" endline=\"5\" begincolumn=\"3\" endcolumn=\"20\" rule=\"UnusedPrivateField\""
                + " ruleset=\"Best Practices\" package=\"com.x\" class=\"A\" variable=\"x\""
                + " externalInfoUrl=\"https://pmd.github.io/pmd-6.55.0/pmd_rules_java_bestpractices.html\""
                + " priority=\"3\">\nAvoid unused private fields such as 'x'.\n</violation>\n"
                + "<violation beginline=\"9\" rule=\"AvoidCatchingThrowable\" ruleset=\"Error Prone\" priority=\"1\">"
                + "A catch statement should never catch throwable</violation>\n"
                + "<violation rule=\"CommentRequired\" ruleset=\"Documentation\" priority=\"5\"/>\n"
                + "</file>\n"
                + "<file name=\"/elsewhere/B.java\"><violation beginline=\"2\" rule=\"ShortVariable\""
                + " ruleset=\"Code Style\" priority=\"2\">Avoid variables with short names like i</violation></file>\n"
                + "<error filename=\"/elsewhere/C.java\" msg=\"ParseException\"><![CDATA[stack trace]]></error>\n"
                + "<suppressedviolation filename=\"" + main + "\" suppressiontype=\"nopmd\" msg=\"m\" usermsg=\"\"/>\n"
                + "<configerror rule=\"LoosePackageCoupling\" msg=\"No packages or classes specified\"/>\n"
                + "</pmd>\n";

        StaticAnalysisReport read = read(report, ReportedPaths.relativeTo(temp));

        assertEquals("6.55.0", read.version());
        assertEquals(
                List.of(
                        new StaticAnalysisIssue(
                                AnalysisTool.PMD,
                                "UnusedPrivateField",
                                "Best Practices",
                                Severity.MEDIUM,
                                "priority 3",
                                "Avoid unused private fields such as 'x'.",
                                new Location("src/main/java/com/x/A.java", 5)),
                        new StaticAnalysisIssue(
                                AnalysisTool.PMD,
                                "AvoidCatchingThrowable",
                                "Error Prone",
                                Severity.HIGH,
                                "priority 1",
                                "A catch statement should never catch throwable",
                                new Location("src/main/java/com/x/A.java", 9)),
                        new StaticAnalysisIssue(
                                AnalysisTool.PMD,
                                "CommentRequired",
                                "Documentation",
                                Severity.INFO,
                                "priority 5",
                                "CommentRequired",
                                new Location("src/main/java/com/x/A.java", 0)),
                        new StaticAnalysisIssue(
                                AnalysisTool.PMD,
                                "ShortVariable",
                                "Code Style",
                                Severity.MEDIUM,
                                "priority 2",
                                "Avoid variables with short names like i",
                                new Location("/elsewhere/B.java", 2))),
                read.issues());
    }

    @Test
    void anEmptyReportHasNoIssues() throws Exception {
        StaticAnalysisReport report = read(PMD6 + "</pmd>", ReportedPaths.asWritten());

        assertEquals(List.of(), report.issues());
        assertEquals("6.55.0", report.version());
    }

    @Test
    void aTruncatedReportIsOneLineNamingTheFileAndTheFix() throws Exception {
        byte[] whole = Files.readAllBytes(resource(ALUDRATEST));

        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> new PmdXmlReader()
                        .read(
                                new ByteArrayInputStream(Arrays.copyOf(whole, 20_000)),
                                SHOWN,
                                ReportedPaths.asWritten()));

        assertTrue(e.getMessage().startsWith("target/pmd.xml: is malformed or truncated XML (line "), e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith("): regenerate it: run maven-pmd-plugin's check or pmd goal (format xml,"
                                + " the default) before readiness:check"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anotherToolsReportSaysWhatItIs() throws Exception {
        byte[] checkstyle = Files.readAllBytes(resource(QualityTally.ROLLERCOASTER));

        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> new PmdXmlReader().read(new ByteArrayInputStream(checkstyle), SHOWN, ReportedPaths.asWritten()));

        assertEquals(
                "target/pmd.xml: is a Checkstyle XML report, not a PMD XML report: point the PMD report"
                        + " configuration at the pmd.xml that PMD writes",
                e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        <file name='A.java'><violation ruleset='r' priority='3'>m</violation></file>   | line 3: <violation> has no rule attribute
        <file name='A.java'><violation rule='R'>m</violation></file>                   | line 3: <violation> has no priority attribute
        <file name='A.java'><violation rule='R' priority='0'>m</violation></file>      | line 3: <violation> priority="0" is not a PMD priority (1-5)
        <file name='A.java'><violation rule='R' priority='3' beginline='-1'/></file>   | line 3: <violation> beginline="-1" is not a whole number
        <file><violation rule='R' priority='3'/></file>                                | line 3: <file> has no name attribute
        """)
    void aBadViolationNamesItsLine(String file, String problem) {
        EvidenceException e =
                assertThrows(EvidenceException.class, () -> read(PMD6 + file + "\n</pmd>", ReportedPaths.asWritten()));

        assertEquals(
                "target/pmd.xml: " + problem + ": regenerate it: run maven-pmd-plugin's check or pmd goal"
                        + " (format xml, the default) before readiness:check",
                e.getMessage());
    }

    private static StaticAnalysisReport read(String xml, ReportedPaths paths) throws EvidenceException {
        return new PmdXmlReader().read(new ByteArrayInputStream(xml.getBytes(UTF_8)), SHOWN, paths);
    }
}
