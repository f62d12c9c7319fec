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
 * Reads a Checkstyle XML report ({@code target/checkstyle-result.xml}): {@code <checkstyle version>}, then per
 * {@code <file name>} its {@code <error line severity message source>}. Every checked file is listed, most with no
 * error. Errors of severity {@code ignore} are left out; {@code <exception>} elements (a file Checkstyle could not
 * parse) are skipped. The rule id is the check's module name: the source class's simple name without its
 * {@code Check} suffix ({@code ...checks.sizes.LineLengthCheck} gives {@code LineLength}), or the module id when the
 * configuration set one (Checkstyle then writes the id as the source); the category is the check's package
 * ({@code sizes}), {@code misc} for checks directly in a {@code checks} package.
 */
public final class CheckstyleXmlReader {
    private static final String CHECKS_PACKAGE = ".checks.";

    /**
     * @param in the report's content; not closed here
     * @param file the report as messages name it (relative to the project base directory)
     * @param paths how file names in the report are shown
     * @throws EvidenceException when the file is not well-formed XML, is another format, or has an error without a
     *     source or with an unknown severity
     */
    public StaticAnalysisReport read(InputStream in, Path file, ReportedPaths paths) throws EvidenceException {
        return QualityXml.read(in, file, AnalysisTool.CHECKSTYLE, xml -> {
            String version = SafeXml.attribute(xml, "version");
            List<StaticAnalysisIssue> issues = new ArrayList<>();
            for (String child = SafeXml.nextChild(xml); child != null; child = SafeXml.nextChild(xml)) {
                if (child.equals("file")) {
                    String shown = paths.shown(QualityXml.required(xml, "name", file, AnalysisTool.CHECKSTYLE));
                    errors(xml, file, shown, issues);
                } else {
                    SafeXml.skipElement(xml);
                }
            }
            return new StaticAnalysisReport(AnalysisTool.CHECKSTYLE, version, issues);
        });
    }

    /** Reads the {@code <file>} the reader stands on, up to its end tag. */
    private static void errors(XMLStreamReader xml, Path file, String shownFile, List<StaticAnalysisIssue> into)
            throws XMLStreamException, EvidenceException {
        for (String child = SafeXml.nextChild(xml); child != null; child = SafeXml.nextChild(xml)) {
            if (child.equals("error")) {
                StaticAnalysisIssue issue = error(xml, file, shownFile);
                if (issue != null) {
                    into.add(issue);
                }
            }
            SafeXml.skipElement(xml);
        }
    }

    /** The {@code <error>} the reader stands on as an issue, or null for severity ignore; the reader stays put. */
    private static StaticAnalysisIssue error(XMLStreamReader xml, Path file, String shownFile)
            throws EvidenceException {
        String level = QualityXml.required(xml, "severity", file, AnalysisTool.CHECKSTYLE);
        if (QualitySeverity.isCheckstyleIgnore(level)) {
            return null;
        }
        Severity severity = QualitySeverity.checkstyle(level);
        if (severity == null) {
            throw QualityXml.bad(
                    xml,
                    file,
                    AnalysisTool.CHECKSTYLE,
                    "severity=\"" + level + "\" is not a Checkstyle severity (error, warning, info, ignore)");
        }
        String source = QualityXml.required(xml, "source", file, AnalysisTool.CHECKSTYLE)
                .strip();
        int line = QualityXml.number(xml, "line", 0, file, AnalysisTool.CHECKSTYLE);
        return new StaticAnalysisIssue(
                AnalysisTool.CHECKSTYLE,
                moduleName(source),
                category(source),
                severity,
                level,
                SafeXml.attribute(xml, "message"),
                new Location(shownFile, line));
    }

    /** {@code com.puppycrawl.tools.checkstyle.checks.sizes.LineLengthCheck} gives {@code LineLength}. */
    static String moduleName(String source) {
        String simple = source.substring(source.lastIndexOf('.') + 1);
        return simple.endsWith("Check") && simple.length() > "Check".length() && source.contains(".")
                ? simple.substring(0, simple.length() - "Check".length())
                : simple;
    }

    /** The package after {@code .checks.} ({@code sizes}), {@code misc} directly in it, null for other sources. */
    static String category(String source) {
        int checks = source.lastIndexOf(CHECKS_PACKAGE);
        if (checks < 0) {
            return null;
        }
        String rest = source.substring(checks + CHECKS_PACKAGE.length());
        int dot = rest.lastIndexOf('.');
        return dot < 0 ? "misc" : rest.substring(0, dot);
    }
}
