package io.github.readiness.rules.rule.quality;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.quality.StaticAnalysisIssue;
import io.github.readiness.rules.evidence.quality.StaticAnalysisReport;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code quality.static-analysis}: the issues of SpotBugs, PMD and Checkstyle XML reports, severities mapped by the
 * documented table of {@link io.github.readiness.rules.evidence.quality.QualitySeverity}. Never blocking: one finding
 * per tool and tool rule (a report can hold thousands of issues), with the count, the worst severity and the first
 * location. A report that was configured but is missing is a blocking HIGH finding (the tool was meant to run: fail
 * closed); a leftover {@code spotbugs.xml} without {@code spotbugsXml.xml} is a HIGH finding that does not block.
 *
 * <p>Score, by density: {@value #FORMULA}. Lines of code come from the source scan (non-blank lines of the main
 * source files); a module under 1,000 lines, or of unknown size, counts as one KLOC, so one issue in a tiny module
 * does not sink it.
 */
public final class StaticAnalysisRule implements Rule {
    static final String FORMULA = "100 x 0.5^(d/20), d = (10 x HIGH + 3 x MEDIUM + 1 x LOW issues) per 1,000 lines"
            + " of code (at least 1 KLOC)";
    static final double HALF_SCORE_DENSITY = 20;

    static final int HIGH_MINUTES = 30;
    static final int MEDIUM_MINUTES = 10;
    static final int LOW_MINUTES = 2;
    static final int MISSING_REPORT_MINUTES = 15;

    private static final RuleMetadata METADATA = RuleMetadata.builder("quality.static-analysis", Category.CODE_QUALITY)
            .title("SpotBugs, PMD and Checkstyle issues")
            .description(
                    "Issues in the SpotBugs, PMD and Checkstyle XML reports of the module, scored by weighted issues per"
                            + " thousand lines of code.")
            .remediation("Fix the reported code, or tune the tool's rule set (exclusion filter, ruleset, Checkstyle"
                    + " configuration) when a rule does not fit the project.")
            .effort(EffortModel.per(HIGH_MINUTES, "per HIGH issue")
                    .and(MEDIUM_MINUTES, "per MEDIUM")
                    .and(LOW_MINUTES, "per LOW")
                    .and(MISSING_REPORT_MINUTES, "per configured report that is missing")
                    .withNote("INFO costs nothing"))
            .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        Collected<List<StaticAnalysisReport>> analysis = context.evidence().staticAnalysis();
        if (analysis.status() == EvidenceStatus.NOT_AVAILABLE) {
            return RuleOutcome.unscored(List.of(missing(context, analysis)));
        }
        if (!analysis.isRead()) {
            return RuleOutcome.notApplicable();
        }
        Map<String, List<StaticAnalysisIssue>> byRule = new LinkedHashMap<>();
        double weighted = 0;
        for (StaticAnalysisReport report : analysis.value()) {
            for (StaticAnalysisIssue issue : report.issues()) {
                byRule.computeIfAbsent(issue.tool().displayName() + " " + issue.ruleId(), k -> new ArrayList<>())
                        .add(issue);
                weighted += weight(issue.severity());
            }
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, Double> weightByKey = new LinkedHashMap<>();
        byRule.forEach((key, issues) -> {
            findings.add(group(context, key, issues));
            weightByKey.put(
                    key,
                    issues.stream()
                            .mapToDouble(issue -> weight(issue.severity()))
                            .sum());
        });
        long linesOfCode = linesOfCode(context);
        // one finding stands for all the issues of its tool rule: a waived finding takes them all out
        return RuleOutcome.scoredByFindings(
                score(weighted, linesOfCode),
                findings,
                counted -> score(
                        counted.stream()
                                .mapToDouble(f -> weightByKey.get(f.key()))
                                .sum(),
                        linesOfCode));
    }

    /** The score for a weighted issue count over a module of the given size (unknown: 0). */
    static double score(double weightedIssues, long linesOfCode) {
        double kloc = Math.max(linesOfCode, 1000) / 1000.0;
        return 100 * Math.pow(0.5, weightedIssues / kloc / HALF_SCORE_DENSITY);
    }

    static int weight(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> 10;
            case MEDIUM -> 3;
            case LOW -> 1;
            case INFO -> 0;
        };
    }

    static int effortMinutes(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> HIGH_MINUTES;
            case MEDIUM -> MEDIUM_MINUTES;
            case LOW -> LOW_MINUTES;
            case INFO -> 0;
        };
    }

    private static long linesOfCode(RuleContext context) {
        Collected<SourceScan> sources = context.evidence().sources();
        return sources.isRead() ? sources.value().linesOfCode() : 0;
    }

    private static Finding group(RuleContext context, String key, List<StaticAnalysisIssue> issues) {
        StaticAnalysisIssue first = issues.get(0);
        Severity worst = issues.stream()
                .map(StaticAnalysisIssue::severity)
                .min(Enum::compareTo)
                .orElseThrow();
        int effort = issues.stream()
                .mapToInt(issue -> effortMinutes(issue.severity()))
                .sum();
        String where = first.location() == null ? "" : " at " + first.location();
        String message = key + where + ": " + first.message() + " (" + first.toolLevel() + ")"
                + (issues.size() > 1 ? "; " + issues.size() + " issues, the first is shown" : "");
        return context.finding(worst, key, message)
                .measured((double) issues.size())
                .at(first.location())
                .effort(effort)
                .notBlocking();
    }

    private static Finding missing(RuleContext context, Collected<List<StaticAnalysisReport>> analysis) {
        boolean configured = analysis.records().stream()
                .map(EvidenceRecord::detail)
                .anyMatch(detail -> detail.startsWith("configured"));
        return context.finding(Severity.HIGH, "missing-report", analysis.detail())
                .remediation(
                        "Run the analysis before readiness:check (bind its check goal to verify before this plugin), or"
                                + " remove the report from the configuration.")
                .effort(MISSING_REPORT_MINUTES)
                .blocking(configured);
    }
}
