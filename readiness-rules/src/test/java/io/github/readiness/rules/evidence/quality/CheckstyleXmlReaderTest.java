package io.github.readiness.rules.evidence.quality;

import static io.github.readiness.rules.evidence.quality.QualityTally.ROLLERCOASTER;
import static io.github.readiness.rules.evidence.quality.QualityTally.count;
import static io.github.readiness.rules.evidence.quality.QualityTally.resource;
import static java.nio.charset.StandardCharsets.UTF_8;
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
 * The real Checkstyle 6.18 report of 4156team-rollercoaster (27 files, no error), then hand-written reports with
 * errors of each severity, module ids, exceptions and broken files.
 */
class CheckstyleXmlReaderTest {
    private static final Path SHOWN = Path.of("target/checkstyle-result.xml");
    private static final String FIX =
            ": regenerate it: run maven-checkstyle-plugin's check or checkstyle goal before" + " readiness:check";

    @TempDir
    Path temp;

    /** Checked with python3's ElementTree: 27 {@code <file>} children, none with an {@code <error>}. */
    @Test
    void readsTheRealReportWithoutErrors() throws Exception {
        StaticAnalysisReport report = QualityTally.readReal(ROLLERCOASTER, ReportedPaths.relativeTo(temp));

        assertEquals(new StaticAnalysisReport(AnalysisTool.CHECKSTYLE, "6.18", List.of()), report);
    }

    @Test
    void readsErrorsOfEachSeverityAndLeavesIgnoreOut() throws Exception {
        String inside = temp.resolve("src/main/java/com/x/A.java").toString();
        String report = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"10.12.4\">\n"
                + "<file name=\"" + inside + "\">\n"
                + "<error line=\"12\" column=\"5\" severity=\"error\" message=\"Line is longer than 120 characters (found"
                + " 131).\" source=\"com.puppycrawl.tools.checkstyle.checks.sizes.LineLengthCheck\"/>\n"
                + "<error line=\"3\" severity=\"warning\" message=\"Unused import - java.util.List.\""
                + " source=\"com.puppycrawl.tools.checkstyle.checks.imports.UnusedImportsCheck\"/>\n"
                + "<error line=\"7\" severity=\"info\" message=\"Comment matches to-do format 'TODO:'.\""
                + " source=\"com.puppycrawl.tools.checkstyle.checks.TodoCommentCheck\"/>\n"
                + "<error line=\"8\" severity=\"ignore\" message=\"ignored\""
                + " source=\"com.puppycrawl.tools.checkstyle.checks.UpperEllCheck\"/>\n"
                + "</file>\n"
                + "<file name=\"/elsewhere/B.java\">\n"
                + "<error severity=\"error\" message=\"File does not end with a newline.\" source=\"noNewline\"/>\n"
                + "<exception><![CDATA[com.puppycrawl.tools.checkstyle.api.CheckstyleException: parse error]]>"
                + "</exception>\n</file>\n<file name=\"src/main/java/C.java\"/>\n</checkstyle>\n";

        List<StaticAnalysisIssue> issues =
                read(report, ReportedPaths.relativeTo(temp)).issues();

        assertEquals(
                List.of(
                        new StaticAnalysisIssue(
                                AnalysisTool.CHECKSTYLE,
                                "LineLength",
                                "sizes",
                                Severity.MEDIUM,
                                "error",
                                "Line is longer than 120 characters (found 131).",
                                new Location("src/main/java/com/x/A.java", 12)),
                        new StaticAnalysisIssue(
                                AnalysisTool.CHECKSTYLE,
                                "UnusedImports",
                                "imports",
                                Severity.LOW,
                                "warning",
                                "Unused import - java.util.List.",
                                new Location("src/main/java/com/x/A.java", 3)),
                        new StaticAnalysisIssue(
                                AnalysisTool.CHECKSTYLE,
                                "TodoComment",
                                "misc",
                                Severity.INFO,
                                "info",
                                "Comment matches to-do format 'TODO:'.",
                                new Location("src/main/java/com/x/A.java", 7)),
                        new StaticAnalysisIssue(
                                AnalysisTool.CHECKSTYLE,
                                "noNewline",
                                null,
                                Severity.MEDIUM,
                                "error",
                                "File does not end with a newline.",
                                new Location("/elsewhere/B.java", 0))),
                issues);
        assertEquals("INFO=1;LOW=1;MEDIUM=2", count(issues, StaticAnalysisIssue::severity));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
        com.puppycrawl.tools.checkstyle.checks.whitespace.WhitespaceAroundCheck, WhitespaceAround, whitespace
        com.puppycrawl.tools.checkstyle.checks.NewlineAtEndOfFileCheck,          NewlineAtEndOfFile, misc
        com.github.sevntu.checkstyle.checks.coding.ForbidCCommentsInMethodsCheck, ForbidCCommentsInMethods, coding
        com.puppycrawl.tools.checkstyle.TreeWalker,                              TreeWalker,
        myLineLength,                                                            myLineLength,
        Check,                                                                   Check,
        """)
    void namesTheModuleAndItsPackage(String source, String module, String category) {
        assertEquals(module, CheckstyleXmlReader.moduleName(source));
        assertEquals(category, CheckstyleXmlReader.category(source));
    }

    @Test
    void aTruncatedReportIsOneLineNamingTheFileAndTheFix() throws Exception {
        byte[] whole = Files.readAllBytes(resource(ROLLERCOASTER));

        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> new CheckstyleXmlReader()
                        .read(new ByteArrayInputStream(Arrays.copyOf(whole, 1000)), SHOWN, ReportedPaths.asWritten()));

        assertTrue(
                e.getMessage().startsWith("target/checkstyle-result.xml: is malformed or truncated XML (line "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(")" + FIX), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anotherToolsReportSaysWhatItIs() throws Exception {
        byte[] spotbugs = Files.readAllBytes(resource(QualityTally.VULNADO_PLUGIN_SUMMARY));

        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> new CheckstyleXmlReader()
                        .read(new ByteArrayInputStream(spotbugs), SHOWN, ReportedPaths.asWritten()));

        assertEquals(
                "target/checkstyle-result.xml: is a SpotBugs XML report, not a Checkstyle XML report: point the"
                        + " Checkstyle report configuration at the checkstyle-result.xml that Checkstyle writes",
                e.getMessage());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        <error line='1' severity='fatal' message='m' source='S'/> | line 2: <error> severity="fatal" is not a Checkstyle severity (error, warning, info, ignore)
        <error line='1' message='m' source='S'/>                  | line 2: <error> has no severity attribute
        <error line='1' severity='error' message='m'/>            | line 2: <error> has no source attribute
        <error line='one' severity='error' source='S'/>           | line 2: <error> line="one" is not a whole number
        """)
    void aBadErrorNamesItsLine(String error, String problem) {
        EvidenceException e = assertThrows(
                EvidenceException.class,
                () -> read(
                        "<checkstyle version='8'><file name='A.java'>\n" + error + "\n</file></checkstyle>",
                        ReportedPaths.asWritten()));

        assertEquals("target/checkstyle-result.xml: " + problem + FIX, e.getMessage());
    }

    @Test
    void aReportWithoutVersionHasNone() throws Exception {
        assertNull(read("<checkstyle/>", ReportedPaths.asWritten()).version());
    }

    private static StaticAnalysisReport read(String xml, ReportedPaths paths) throws EvidenceException {
        return new CheckstyleXmlReader().read(new ByteArrayInputStream(xml.getBytes(UTF_8)), SHOWN, paths);
    }
}
