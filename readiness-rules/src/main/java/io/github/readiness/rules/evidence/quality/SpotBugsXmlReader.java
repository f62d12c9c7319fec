package io.github.readiness.rules.evidence.quality;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.SafeXml;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads SpotBugs' own XML report ({@code target/spotbugsXml.xml}, root {@code <BugCollection>}): every
 * {@code <BugInstance type category priority rank>} with its {@code <LongMessage>} (else {@code <ShortMessage>}) and
 * its primary source line ({@link SpotBugsSourceLine}). The issues are the BugInstance elements that are there, never
 * the {@code <FindBugsSummary total_bugs>}: a real report's summary says 74 where it holds 73. A {@code sourcepath}
 * is relative to a source root; it is shown under the report's {@code <Project><SrcDir>} when that directory is in
 * the module and holds the file ({@code src/main/java/com/x/Y.java}), else as written ({@code com/x/Y.java}).
 *
 * <p>spotbugs-maven-plugin also writes {@code target/spotbugs.xml}, a summary for its site report with the same root
 * element but another shape ({@code threshold}/{@code effort} attributes, {@code <file>} children): it is refused with
 * a message pointing at spotbugsXml.xml, never read as a report without bugs.
 */
public final class SpotBugsXmlReader {
    static final String PLUGIN_SUMMARY = "is spotbugs-maven-plugin's summary for its site report (spotbugs.xml), not"
            + " SpotBugs' own XML report: point the SpotBugs report configuration at target/spotbugsXml.xml, which"
            + " the plugin's spotbugs and check goals write";

    /**
     * @param in the report's content; not closed here
     * @param file the report as messages name it (relative to the project base directory)
     * @param paths how source paths in the report are shown
     * @throws EvidenceException when the file is not well-formed XML, is another format (spotbugs.xml included), or
     *     has a BugInstance without a type or with a priority other than 1-5
     */
    public StaticAnalysisReport read(InputStream in, Path file, ReportedPaths paths) throws EvidenceException {
        return QualityXml.read(in, file, AnalysisTool.SPOTBUGS, xml -> new Parse(xml, file, paths).report());
    }

    /** The state of reading one report. */
    private static final class Parse {
        private final XMLStreamReader xml;
        private final Path file;
        private final ReportedPaths paths;
        private final List<String> sourceDirs = new ArrayList<>();
        private final Map<String, String> shownPaths = new HashMap<>();
        private final List<StaticAnalysisIssue> issues = new ArrayList<>();

        Parse(XMLStreamReader xml, Path file, ReportedPaths paths) {
            this.xml = xml;
            this.file = file;
            this.paths = paths;
        }

        StaticAnalysisReport report() throws XMLStreamException, EvidenceException {
            if (SafeXml.attribute(xml, "threshold") != null || SafeXml.attribute(xml, "effort") != null) {
                throw new EvidenceException(file, PLUGIN_SUMMARY);
            }
            String version = QualityXml.blankToNull(SafeXml.attribute(xml, "version"));
            for (String child = SafeXml.nextChild(xml); child != null; child = SafeXml.nextChild(xml)) {
                switch (child) {
                    case "Project" -> project();
                    case "BugInstance" -> issues.add(bugInstance());
                    case "file" -> throw new EvidenceException(file, PLUGIN_SUMMARY);
                    default -> SafeXml.skipElement(xml); // BugPattern, BugCode, Errors, FindBugsSummary...
                }
            }
            return new StaticAnalysisReport(AnalysisTool.SPOTBUGS, version, issues);
        }

        /** {@code <Project><SrcDir>/abs/src/main/java</SrcDir>...}: where sourcepaths are relative to. */
        private void project() throws XMLStreamException {
            for (String child = SafeXml.nextChild(xml); child != null; child = SafeXml.nextChild(xml)) {
                if (child.equals("SrcDir")) {
                    sourceDirs.add(xml.getElementText().strip());
                } else {
                    SafeXml.skipElement(xml);
                }
            }
        }

        /** Reads the {@code <BugInstance>} the reader stands on, up to its end tag. */
        private StaticAnalysisIssue bugInstance() throws XMLStreamException, EvidenceException {
            String type = QualityXml.required(xml, "type", file, AnalysisTool.SPOTBUGS);
            String category = QualityXml.blankToNull(SafeXml.attribute(xml, "category"));
            int priority = QualityXml.number(xml, "priority", -1, file, AnalysisTool.SPOTBUGS);
            int rank = QualityXml.number(xml, "rank", 0, file, AnalysisTool.SPOTBUGS);
            Severity severity = QualitySeverity.spotBugs(priority, rank);
            if (severity == null) {
                throw QualityXml.bad(
                        xml,
                        file,
                        AnalysisTool.SPOTBUGS,
                        priority < 0
                                ? "has no priority attribute"
                                : "priority=\"" + priority + "\" is not a SpotBugs priority (1-5)");
            }
            String longMessage = null;
            String shortMessage = null;
            SpotBugsSourceLine sourceLine = new SpotBugsSourceLine();
            for (String child = SafeXml.nextChild(xml); child != null; child = SafeXml.nextChild(xml)) {
                switch (child) {
                    case "LongMessage" -> longMessage = xml.getElementText();
                    case "ShortMessage" -> shortMessage = xml.getElementText();
                    case "SourceLine" -> {
                        sourceLine.topLevel(xml, file);
                        SafeXml.skipElement(xml);
                    }
                    case "Method", "Field", "Class" -> member(child, sourceLine);
                    default -> SafeXml.skipElement(xml); // Int, String, LocalVariable, Property...
                }
            }
            String message = longMessage != null && !longMessage.isBlank() ? longMessage : shortMessage;
            String level = rank > 0 ? "priority " + priority + ", rank " + rank : "priority " + priority;
            return new StaticAnalysisIssue(
                    AnalysisTool.SPOTBUGS, type, category, severity, level, message, location(sourceLine.chosen()));
        }

        /** A {@code <Method>}, {@code <Field>} or {@code <Class>}: offers its {@code <SourceLine>}. */
        private void member(String name, SpotBugsSourceLine sourceLine) throws XMLStreamException, EvidenceException {
            boolean hasRole = SafeXml.attribute(xml, "role") != null;
            for (String child = SafeXml.nextChild(xml); child != null; child = SafeXml.nextChild(xml)) {
                if (child.equals("SourceLine")) {
                    sourceLine.nested(name, hasRole, xml, file);
                }
                SafeXml.skipElement(xml);
            }
        }

        private Location location(SpotBugsSourceLine.Written written) {
            if (written == null) {
                return null;
            }
            String shown = shownPaths.computeIfAbsent(
                    written.sourcePath(), sourcePath -> paths.underSourceDirs(sourceDirs, sourcePath));
            return new Location(shown, written.line());
        }
    }
}
