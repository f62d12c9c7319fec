package io.github.readiness.rules.evidence.quality;

import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.Severity;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One issue a static analysis tool reported, with its severity mapped to ours by {@link QualitySeverity}.
 *
 * @param ruleId the tool's own rule id: SpotBugs bug type ({@code SQL_INJECTION_JDBC}), PMD rule
 *     ({@code EmptyCatchBlock}), Checkstyle check module ({@code LineLength}, the source class's simple name
 *     without "Check", or the module id when the configuration gave one)
 * @param category SpotBugs category ({@code BAD_PRACTICE}), PMD ruleset ({@code Best Practices}), Checkstyle check
 *     package ({@code whitespace}); null when the report gives none
 * @param toolLevel the tool's own level as the report gives it, for display: {@code priority 2, rank 16}
 *     (SpotBugs), {@code priority 3} (PMD), {@code warning} (Checkstyle)
 * @param message the tool's message, one line; never null (the rule id when the report has no message)
 * @param location the file as the report writes it (relative to the module base directory when it is an absolute
 *     path inside it, see {@link ReportedPaths}) and the first line (0 when unknown); null when no file is named
 */
public record StaticAnalysisIssue(
        AnalysisTool tool,
        String ruleId,
        String category,
        Severity severity,
        String toolLevel,
        String message,
        Location location) {
    public StaticAnalysisIssue {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(toolLevel, "toolLevel");
        message = message == null || message.isBlank() ? ruleId : oneLine(message);
    }

    /** PMD writes its message between line breaks, SpotBugs may wrap a long one: join the lines with spaces. */
    private static String oneLine(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.joining(" "));
    }
}
