package io.github.readiness.rules.evidence.quality;

import java.util.List;
import java.util.Objects;

/**
 * Everything one static analysis report holds that the rules use.
 *
 * @param version the tool version the report names, null when it names none
 * @param issues every issue in report order (Checkstyle's {@code ignore} severity left out)
 */
public record StaticAnalysisReport(AnalysisTool tool, String version, List<StaticAnalysisIssue> issues) {
    public StaticAnalysisReport {
        Objects.requireNonNull(tool, "tool");
        issues = List.copyOf(issues);
    }
}
