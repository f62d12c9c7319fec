package io.github.readiness.rules.evidence.quality;

import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.SafeXml;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a PMD XML report ({@code target/pmd.xml}): {@code <pmd version>}, then per {@code <file name>} its
 * {@code <violation beginline rule ruleset priority>message</violation>}. PMD 4 and 5 write no namespace, PMD 6+
 * {@code http://pmd.sourceforge.net/report/2.0.0}; both read alike. Processing errors ({@code <error>}),
 * suppressed violations and configuration errors are skipped. File names are kept as written (Windows paths
 * included) unless they are absolute paths inside the module, see {@link ReportedPaths}.
 */
public final class PmdXmlReader {
    /**
     * @param in the report's content; not closed here
     * @param file the report as messages name it (relative to the project base directory)
     * @param paths how file names in the report are shown
     * @throws EvidenceException when the file is not well-formed XML, is another format, or has a violation without
     *     a rule or with a priority other than 1-5
     */
    public StaticAnalysisReport read(InputStream in, Path file, ReportedPaths paths) throws EvidenceException {
        return QualityXml.read(in, file, AnalysisTool.PMD, xml -> new Parse(xml, file, paths).report());
    }

    /** The state of reading one report. */
    private static final class Parse {
        private final XMLStreamReader xml;
        private final Path file;
        private final ReportedPaths paths;
        private final List<StaticAnalysisIssue> issues = new ArrayList<>();

        Parse(XMLStreamReader xml, Path file, ReportedPaths paths) {
            this.xml = xml;
            this.file = file;
            this.paths = paths;
        }

        StaticAnalysisReport report() throws XMLStreamException, EvidenceException {
            String version = SafeXml.attribute(xml, "version");
            for (String child = SafeXml.nextChild(xml); child != null; child = SafeXml.nextChild(xml)) {
                if (child.equals("file")) {
                    file();
                } else {
                    SafeXml.skipElement(xml); // error, suppressedviolation, configerror
                }
            }
            return new StaticAnalysisReport(AnalysisTool.PMD, version, issues);
        }

        private void file() throws XMLStreamException, EvidenceException {
            String shown = paths.shown(QualityXml.required(xml, "name", file, AnalysisTool.PMD));
            for (String child = SafeXml.nextChild(xml); child != null; child = SafeXml.nextChild(xml)) {
                if (child.equals("violation")) {
                    issues.add(violation(shown));
                } else {
                    SafeXml.skipElement(xml);
                }
            }
        }

        /** Reads the {@code <violation>} the reader stands on, up to its end tag. */
        private StaticAnalysisIssue violation(String shownFile) throws XMLStreamException, EvidenceException {
            String rule = QualityXml.required(xml, "rule", file, AnalysisTool.PMD);
            String ruleset = SafeXml.attribute(xml, "ruleset");
            int line = QualityXml.number(xml, "beginline", 0, file, AnalysisTool.PMD);
            int priority = QualityXml.number(xml, "priority", -1, file, AnalysisTool.PMD);
            Severity severity = QualitySeverity.pmd(priority);
            if (severity == null) {
                throw QualityXml.bad(
                        xml,
                        file,
                        AnalysisTool.PMD,
                        priority < 0
                                ? "has no priority attribute"
                                : "priority=\"" + priority + "\" is not a PMD priority (1-5)");
            }
            String message = xml.getElementText();
            return new StaticAnalysisIssue(
                    AnalysisTool.PMD,
                    rule,
                    QualityXml.blankToNull(ruleset),
                    severity,
                    "priority " + priority,
                    message,
                    new Location(shownFile, line));
        }
    }
}
