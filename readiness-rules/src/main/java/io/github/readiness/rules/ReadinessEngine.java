package io.github.readiness.rules;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.RuleLevel;
import io.github.readiness.rules.policy.RuleSettings;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.Rules;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.ScoreCalculator;
import io.github.readiness.rules.score.Scorecard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The engine's facade: evidence + policy -> findings -> scorecard. Pure (no I/O), so any front end (the Maven
 * plugin today) calls it the same way: collect evidence, build a {@link Policy}, {@link #evaluate}, render.
 */
public final class ReadinessEngine {
    /** The order of findings in every report: blockers first, then by severity, rule, key and message. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator.comparing((Finding f) -> !f.blocks())
            .thenComparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::key)
            .thenComparing(Finding::message);

    private final List<Rule> rules;

    public ReadinessEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static ReadinessEngine withBuiltInRules() {
        return new ReadinessEngine(Rules.builtIn());
    }

    /** The default policy for this engine's rules. */
    public Policy defaultPolicy() {
        return Policy.defaults(Rules.metadata(rules));
    }

    public Scorecard evaluate(ProjectInfo project, ProjectEvidence evidence, Policy policy, ToolInfo tool) {
        List<Finding> findings = new ArrayList<>();
        List<ScoreCalculator.RuleScore> ruleScores = new ArrayList<>();
        List<RuleMetadata> evaluated = new ArrayList<>();
        List<Category> shown = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMetadata metadata = rule.metadata();
            RuleSettings settings = policy.rule(metadata.id());
            if (settings.level() == RuleLevel.OFF) {
                continue;
            }
            evaluated.add(metadata);
            if (!shown.contains(metadata.category())) {
                shown.add(metadata.category());
            }
            RuleOutcome outcome = rule.evaluate(new RuleContext(evidence, settings, metadata, policy));
            for (Finding finding : outcome.findings()) {
                findings.add(settings.level() == RuleLevel.WARN ? finding.asNonBlocking() : finding);
            }
            if (outcome.score() != null) {
                ruleScores.add(new ScoreCalculator.RuleScore(metadata.category(), outcome.score(), settings.weight()));
            }
        }
        findings.sort(REPORT_ORDER);
        shown.sort(Comparator.naturalOrder());
        List<CategoryScore> categories = ScoreCalculator.categories(shown, ruleScores, findings, policy);
        Integer score = ScoreCalculator.overall(categories);
        List<String> reasons = new ArrayList<>();
        Verdict verdict = ScoreCalculator.verdict(score, findings, policy.minScore(), reasons);
        return new Scorecard(tool, project, score, verdict, policy.minScore(), reasons, categories, findings,
                evidence.records(), evaluated);
    }
}
