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
import io.github.readiness.rules.policy.WaiverApplication;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.rule.PolicyGate;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.Rules;
import io.github.readiness.rules.rule.WaiversRule;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Measurements;
import io.github.readiness.rules.score.ScoreCalculator;
import io.github.readiness.rules.score.WaiverRescoring;
import io.github.readiness.rules.score.Scorecard;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Evaluates on today's date in UTC; use the overload with a date for exact waiver dates (tests, builds). */
    public Scorecard evaluate(ProjectInfo project, ProjectEvidence evidence, Policy policy, ToolInfo tool) {
        return evaluate(project, evidence, policy, tool, LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * Runs every rule not at OFF, rescales its findings' efforts to the policy's effort rate
     * ({@link RuleSettings#effortMinutes}), applies the policy's waivers to their findings (moving the effort of a shared fix to
     * an unwaived finding, {@link WaiverRescoring#efforts}), scores the rules again without the waived findings
     * ({@link WaiverRescoring#score}), adds the findings about the waivers themselves (rule
     * {@value WaiverApplication#RULE_ID}) and computes the scorecard.
     *
     * @param today the build date, against which waiver expiry dates are compared (the plugin passes the Maven
     *     session's start, in UTC)
     */
    public Scorecard evaluate(
            ProjectInfo project, ProjectEvidence evidence, Policy policy, ToolInfo tool, LocalDate today) {
        WaiverApplication waivers = new WaiverApplication(policy.waivers(), today);
        List<Finding> findings = new ArrayList<>();
        List<ScoreCalculator.RuleScore> ruleScores = new ArrayList<>();
        List<RuleMetadata> evaluated = new ArrayList<>();
        Map<String, Category> categories = new LinkedHashMap<>();
        List<Category> shown = new ArrayList<>();
        List<String> rulesOff = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMetadata metadata = rule.metadata();
            RuleSettings settings = policy.rule(metadata.id());
            if (settings.level() == RuleLevel.OFF) {
                rulesOff.add(metadata.id());
                continue;
            }
            evaluated.add(metadata);
            categories.put(metadata.id(), metadata.category());
            if (!shown.contains(metadata.category())) {
                shown.add(metadata.category());
            }
            RuleOutcome outcome = rule.evaluate(new RuleContext(evidence, settings, metadata, policy));
            List<Finding> judged = new ArrayList<>();
            for (Finding finding : outcome.findings()) {
                Finding rated = finding.withEffortMinutes(settings.effortMinutes(finding.effortMinutes()));
                judged.add(waivers.judge(settings.level() == RuleLevel.WARN ? rated.asNonBlocking() : rated));
            }
            judged = WaiverRescoring.efforts(outcome, judged);
            findings.addAll(judged);
            Double score = WaiverRescoring.score(outcome, judged);
            if (score != null) {
                ruleScores.add(new ScoreCalculator.RuleScore(metadata.category(), score, settings.weight()));
            }
        }
        List<WaiverStatus> statuses = waivers.statuses(categories.keySet());
        if (categories.containsKey(WaiverApplication.RULE_ID)) {
            RuleSettings settings = policy.rule(WaiverApplication.RULE_ID);
            for (Finding finding : WaiversRule.findings(statuses, categories)) { // never blocking, at WARN or ERROR
                findings.add(finding.withEffortMinutes(settings.effortMinutes(finding.effortMinutes())));
            }
        }
        List<String> ruleIds = rules.stream().map(r -> r.metadata().id()).toList();
        // whether a category can be scored does not depend on the policy-gate findings (they carry no score)
        Integer unscored = ScoreCalculator.overall(ScoreCalculator.categories(shown, ruleScores, findings, policy));
        List<Finding> gate = PolicyGate.findings(policy, ruleIds, rulesOff, unscored);
        findings.addAll(gate);
        if (!gate.isEmpty() && !shown.contains(Category.BUILD_RELEASE)) {
            shown.add(Category.BUILD_RELEASE);
        }
        findings.sort(REPORT_ORDER);
        shown.sort(Comparator.naturalOrder());
        List<CategoryScore> categoryScores = ScoreCalculator.categories(shown, ruleScores, findings, policy);
        Integer score = ScoreCalculator.overall(categoryScores);
        List<String> reasons = new ArrayList<>();
        Verdict verdict = ScoreCalculator.verdict(score, findings, policy.minScore(), reasons);
        return new Scorecard(tool, project, score, verdict, policy.minScore(), reasons, categoryScores, findings,
                evidence.records(), evaluated, statuses, null, null, Measurements.of(evidence), rulesOff);
    }
}
