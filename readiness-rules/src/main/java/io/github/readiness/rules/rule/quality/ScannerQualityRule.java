package io.github.readiness.rules.rule.quality;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.quality.StaticAnalysisReport;
import io.github.readiness.rules.evidence.security.SarifReport;
import io.github.readiness.rules.evidence.security.SarifResult;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.SeverityDecay;
import io.github.readiness.rules.rule.security.ScannerSecurityRule;
import io.github.readiness.rules.rule.security.ScannerSeverity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code quality.scanners}: SARIF results that are not about security (no security tag, no security-severity) are
 * code quality. They never block: one finding per scanner rule (a SpotBugs run can report thousands of results),
 * with the count, its worst severity (error MEDIUM, warning LOW, note INFO) and the first location. Suppressed
 * results are left out. Results of a tool whose XML report is read too (SpotBugs, PMD, Checkstyle) are left to
 * {@code quality.static-analysis}, never counted twice. Score: {@value SeverityDecay#FORMULA} over the individual
 * results.
 */
public final class ScannerQualityRule extends AbstractRule<SarifReport> {
    static final int MINUTES_PER_RESULT = 10;

    private static final RuleMetadata METADATA = RuleMetadata.builder("quality.scanners", Category.CODE_QUALITY)
            .title("Static analysis results")
            .description("Code quality results of SARIF scanners (SpotBugs, PMD, CodeQL...), grouped per scanner rule.")
            .remediation("Fix the reported code, or tune the scanner's rule set if the rule does not fit the project.")
            .effort(EffortModel.per(MINUTES_PER_RESULT, "per error or warning result")
                    .withNote("notes cost nothing"))
            .build();

    public ScannerQualityRule() {
        super(METADATA, ProjectEvidence::scanners);
    }

    @Override
    protected RuleOutcome judge(SarifReport scanners, RuleContext context) {
        Set<String> readAsXml = toolsReadAsXml(context);
        Map<String, List<SarifResult>> byRule = new LinkedHashMap<>();
        List<Severity> severities = new ArrayList<>();
        for (SarifResult result : scanners.results()) {
            if (!ScannerSeverity.isSecurity(result)
                    && !result.suppressed()
                    && !readAsXml.contains(result.tool().toLowerCase(Locale.ROOT))) {
                byRule.computeIfAbsent(result.tool() + " " + result.ruleId(), k -> new ArrayList<>())
                        .add(result);
                severities.add(ScannerSeverity.quality(result));
            }
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Severity>> severitiesByKey = new LinkedHashMap<>();
        byRule.forEach((key, results) -> {
            findings.add(group(context, key, results));
            severitiesByKey.put(
                    key, results.stream().map(ScannerSeverity::quality).toList());
        });
        // one finding stands for all the results of its scanner rule: a waived finding takes them all out
        return RuleOutcome.scoredByFindings(
                SeverityDecay.score(severities),
                findings,
                counted -> SeverityDecay.score(counted.stream()
                        .flatMap(f -> severitiesByKey.get(f.key()).stream())
                        .toList()));
    }

    private static Set<String> toolsReadAsXml(RuleContext context) {
        Collected<List<StaticAnalysisReport>> analysis = context.evidence().staticAnalysis();
        Set<String> tools = new HashSet<>();
        if (analysis.isRead()) {
            analysis.value()
                    .forEach(report -> tools.add(report.tool().displayName().toLowerCase(Locale.ROOT)));
        }
        return tools;
    }

    private static Finding group(RuleContext context, String key, List<SarifResult> results) {
        SarifResult first = results.get(0);
        Severity worst = results.stream()
                .map(ScannerSeverity::quality)
                .min(Enum::compareTo)
                .orElseThrow();
        long costly = results.stream()
                .filter(r -> ScannerSeverity.quality(r) != Severity.INFO)
                .count();
        String message = key + ScannerSecurityRule.where(first) + ": " + first.message()
                + (results.size() > 1 ? " (" + results.size() + " results; the first is shown)" : "");
        return context.finding(worst, key, message)
                .measured((double) results.size())
                .at(first.location())
                .effort((int) costly * MINUTES_PER_RESULT)
                .notBlocking();
    }
}
