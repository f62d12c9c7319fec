package io.github.readiness.rules.evidence.quality;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceFormat;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.PathDisplay;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds and reads one module's static analysis reports: per tool the configured file, else the tool's default
 * ({@code target/spotbugsXml.xml}, {@code target/pmd.xml}, {@code target/checkstyle-result.xml}). Each tool gets one
 * evidence record: READ with its issue count, NOT_APPLICABLE when its default file is absent (the build does not run
 * it), NOT_AVAILABLE when a configured file is absent.
 *
 * <p>The result is READ when any report was read; NOT_AVAILABLE when a configured report is missing (fail closed: the
 * tool was meant to run), or when only spotbugs-maven-plugin's {@code target/spotbugs.xml} is there (SpotBugs ran,
 * but its own report is elsewhere or gone); NOT_APPLICABLE when the build produces none of them.
 */
public final class StaticAnalysisCollector {
    private static final String SPOTBUGS_PLUGIN_SUMMARY = "spotbugs.xml";

    /**
     * @param baseDir the module base directory; evidence paths and issue locations are shown relative to it
     * @param buildDirectory the module's build directory, where the defaults are looked for
     * @param configured per tool the report to read instead of the default (relative to {@code baseDir}, or
     *     absolute); tools not in the map use their default
     * @throws EvidenceException when a report that is present cannot be read: malformed, truncated, another format
     */
    public Collected<List<StaticAnalysisReport>> collect(
            Path baseDir, Path buildDirectory, Map<AnalysisTool, Path> configured) throws EvidenceException {
        Objects.requireNonNull(configured, "configured (empty for the defaults)");
        ReportedPaths paths = ReportedPaths.relativeTo(baseDir);
        List<StaticAnalysisReport> reports = new ArrayList<>();
        List<EvidenceRecord> records = new ArrayList<>();
        List<String> missingConfigured = new ArrayList<>();
        String spotBugsNote = null;
        for (AnalysisTool tool : AnalysisTool.values()) {
            Path configuredPath = configured.get(tool);
            Path file = configuredPath != null
                    ? baseDir.resolve(configuredPath)
                    : buildDirectory.resolve(tool.defaultFileName());
            String shown = PathDisplay.relative(baseDir, file);
            if (Files.isRegularFile(file)) {
                StaticAnalysisReport report = read(tool, file, Path.of(shown), paths);
                reports.add(report);
                records.add(new EvidenceRecord(tool.id(), shown, EvidenceStatus.READ, issues(report)));
            } else if (configuredPath != null) {
                missingConfigured.add(shown);
                records.add(new EvidenceRecord(
                        tool.id(),
                        shown,
                        EvidenceStatus.NOT_AVAILABLE,
                        "configured, not found; " + tool.howToProduce()));
            } else if (tool == AnalysisTool.SPOTBUGS
                    && Files.isRegularFile(buildDirectory.resolve(SPOTBUGS_PLUGIN_SUMMARY))) {
                spotBugsNote = shown + " not found, only "
                        + PathDisplay.relative(baseDir, buildDirectory.resolve(SPOTBUGS_PLUGIN_SUMMARY))
                        + " (spotbugs-maven-plugin's summary for its"
                        + " site report, not read): if spotbugsXmlOutputFilename or spotbugsXmlOutputDirectory is"
                        + " changed, point the SpotBugs report configuration at that file";
                records.add(new EvidenceRecord(tool.id(), shown, EvidenceStatus.NOT_AVAILABLE, spotBugsNote));
            } else {
                records.add(new EvidenceRecord(
                        tool.id(),
                        shown,
                        EvidenceStatus.NOT_APPLICABLE,
                        "not found; to use " + tool.displayName() + ", " + tool.howToProduce()));
            }
        }
        if (!missingConfigured.isEmpty()) {
            return Collected.missing(
                    EvidenceStatus.NOT_AVAILABLE,
                    "configured static analysis report(s) not found: " + String.join(", ", missingConfigured)
                            + "; run the tools before readiness:check",
                    records);
        }
        if (!reports.isEmpty()) {
            return Collected.read(reports, records);
        }
        if (spotBugsNote != null) {
            return Collected.missing(EvidenceStatus.NOT_AVAILABLE, spotBugsNote, records);
        }
        return Collected.missing(
                EvidenceStatus.NOT_APPLICABLE,
                "no SpotBugs, PMD or Checkstyle report (looked for "
                        + String.join(
                                ", ", records.stream().map(EvidenceRecord::path).toList()) + ")",
                records);
    }

    /** Reads one report with its tool's reader, after checking by content that it is that tool's format. */
    static StaticAnalysisReport read(AnalysisTool tool, Path file, Path shown, ReportedPaths paths)
            throws EvidenceException {
        try {
            if (Files.size(file) == 0) {
                throw new EvidenceException(shown, "is empty: regenerate it: " + tool.howToProduce());
            }
            EvidenceFormat format = EvidenceFormat.detect(file);
            if (format != tool.format()) {
                throw QualityXml.wrongFormat(shown, tool, format);
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return switch (tool) {
                    case SPOTBUGS -> new SpotBugsXmlReader().read(in, shown, paths);
                    case PMD -> new PmdXmlReader().read(in, shown, paths);
                    case CHECKSTYLE -> new CheckstyleXmlReader().read(in, shown, paths);
                };
            }
        } catch (IOException e) {
            throw new EvidenceException(
                    shown, "could not be read (" + e.getMessage() + "): check that it is readable", e);
        }
    }

    private static String issues(StaticAnalysisReport report) {
        int count = report.issues().size();
        return count + (count == 1 ? " issue" : " issues");
    }
}
