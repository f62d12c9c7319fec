package io.github.readiness.rules;

import io.github.readiness.rules.baseline.BaselineComparison;
import io.github.readiness.rules.baseline.CoverageRatios;
import io.github.readiness.rules.checklist.ChecklistJudge;
import io.github.readiness.rules.checklist.ChecklistJudgement;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.maturity.MaturityAssessor;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.MaturityAssessment;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.RuleSettings;
import io.github.readiness.rules.policy.WaiverApplication;
import io.github.readiness.rules.policy.WaiverStatus;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.Rules;
import io.github.readiness.rules.rule.ScorecardContext;
import io.github.readiness.rules.rule.ScorecardRule;
import io.github.readiness.rules.rule.policy.ChecklistRule;
import io.github.readiness.rules.rule.policy.PolicyGate;
import io.github.readiness.rules.score.BaselineDelta;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Measurements;
import io.github.readiness.rules.score.ScoreCalculator;
import io.github.readiness.rules.score.Scorecard;
import io.github.readiness.rules.score.WaiverRescoring;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's one entry point: an {@link EvaluationRequest} (evidence, policy, baseline, maturity presets, build
 * date) in, a finished {@link Scorecard} out. Pure (no I/O), so any front end (the Maven plugin today, a CLI or
 * Gradle tomorrow) calls it the same way: collect evidence, build a {@link Policy}, {@link #evaluate}, render.
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

    /**
     * The built-in rules and those that jars on the class loader register ({@link Rules#available}).
     *
     * @throws io.github.readiness.rules.rule.RuleRegistrationException when two rules share an id
     */
    public static ReadinessEngine withAvailableRules(ClassLoader classLoader) {
        return new ReadinessEngine(Rules.available(classLoader));
    }

    /** The rules this engine runs, in order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The default policy for this engine's rules. */
    public Policy defaultPolicy() {
        return Policy.defaults(Rules.metadata(rules));
    }

    /** Evaluates on today's date in UTC; use the overload with a date for exact waiver dates (tests, builds). */
    public Scorecard evaluate(ProjectInfo project, ProjectEvidence evidence, Policy policy, ToolInfo tool) {
        return evaluate(project, evidence, policy, tool, LocalDate.now(ZoneOffset.UTC));
    }

    /** The evaluation without baseline and maturity level: {@link #evaluate(EvaluationRequest)}. */
    public Scorecard evaluate(
            ProjectInfo project, ProjectEvidence evidence, Policy policy, ToolInfo tool, LocalDate today) {
        return evaluate(EvaluationRequest.of(project, tool, evidence, policy, today));
    }

    /**
     * The one evaluation every front end makes, in this order:
     * <ol>
     *   <li>every evidence rule not at OFF; its findings' efforts rescaled to the policy's rate
     *       ({@link RuleSettings#effortMinutes}), downgraded at WARN, judged by the policy's waivers, the effort of a
     *       fix shared with waived findings moved ({@link WaiverRescoring#efforts}) and the rule scored again
     *       without the waived findings ({@link WaiverRescoring#score});
     *   <li>category and overall scores ({@link ScoreCalculator}), and the policy's own check ({@link PolicyGate});
     *   <li>the second stage: the rules that judge that result ({@link ScorecardRule}: the waivers, the ratchet
     *       against the baseline) and the comparison with the baseline ({@link BaselineComparison});
     *   <li>the maturity level, the same evidence judged against each level's preset ({@link MaturityAssessor});
     *   <li>the verdict, decided once ({@link ScoreCalculator#verdict(Integer, List, int, MaturityAssessment, List)}).
     * </ol>
     */
    public Scorecard evaluate(EvaluationRequest original) {
        EvaluationRequest request = BenchmarkBaseline.attach(original); // for performance.benchmark-regression
        Policy policy = request.policy();
        FirstStage first = firstStage(request);
        Integer score = ScoreCalculator.overall(
                ScoreCalculator.categories(first.shown, first.ruleScores, first.findings, policy));
        List<Finding> findings = new ArrayList<>(first.findings);
        List<Finding> gate = PolicyGate.findings(
                policy, rules.stream().map(r -> r.metadata().id()).toList(), first.rulesOff, score);
        if (!gate.isEmpty() && !first.shown.contains(Category.BUILD_RELEASE)) {
            first.shown.add(Category.BUILD_RELEASE);
        }
        first.shown.sort(Comparator.naturalOrder());
        // the second stage judges the scores, it does not change them
        List<CategoryScore> categoryScores =
                ScoreCalculator.categories(first.shown, first.ruleScores, first.findings, policy);
        findings.addAll(gate);
        ChecklistJudgement checklist = ChecklistJudge.judge(
                policy.checklist(),
                first.ruleResults,
                ServiceEvidence.of(request.evidence()).isPresent(),
                request.buildDate(),
                policy.waivers().warnDays());
        findings.addAll(secondStage(request, first, score, checklist));
        findings.sort(REPORT_ORDER);
        BaselineDelta delta = null;
        if (request.baseline() != null) {
            BaselineComparison.Compared compared = BaselineComparison.compare(
                    findings,
                    score,
                    categoryScores,
                    request.evidence(),
                    request.baseline(),
                    request.baselineFile(),
                    policy.baselineSettings());
            findings = new ArrayList<>(compared.findings());
            findings.sort(REPORT_ORDER);
            delta = compared.delta();
        }
        MaturityAssessment maturity = request.maturity() == null
                ? null
                : new MaturityAssessor(request.maturity()).assess(policy, p -> evaluate(request.underPolicy(p)));
        List<String> reasons = new ArrayList<>();
        Verdict verdict = ScoreCalculator.verdict(score, findings, policy.minScore(), maturity, reasons);
        RuleSettings checklistRule = policy.rules().get(ChecklistRule.RULE_ID);
        if (checklistRule != null && checklistRule.level() == RuleLevel.ERROR) {
            ChecklistRule.reason(checklist).ifPresent(reasons::add);
        }
        return Scorecard.builder(request.tool(), request.project())
                .score(score, policy.minScore())
                .verdict(verdict, reasons)
                .categories(ScoreCalculator.recount(categoryScores, findings))
                .findings(findings)
                .evidence(request.evidence().records())
                .rules(first.evaluated)
                .waivers(first.waivers)
                .baseline(delta)
                .maturity(maturity)
                .measurements(Measurements.of(request.evidence()))
                .rulesOff(first.rulesOff)
                .checklist(checklist)
                .build();
    }

    /** What the evidence rules concluded, once waivers judged their findings. */
    private record FirstStage(
            List<Finding> findings,
            List<ScoreCalculator.RuleScore> ruleScores,
            List<RuleMetadata> evaluated,
            Map<String, Category> categories,
            List<Category> shown,
            List<String> rulesOff,
            List<WaiverStatus> waivers,
            Map<String, ChecklistJudge.RuleResult> ruleResults) {}

    private FirstStage firstStage(EvaluationRequest request) {
        Policy policy = request.policy();
        WaiverApplication waivers = new WaiverApplication(policy.waivers(), request.buildDate());
        List<Finding> findings = new ArrayList<>();
        List<ScoreCalculator.RuleScore> ruleScores = new ArrayList<>();
        List<RuleMetadata> evaluated = new ArrayList<>();
        Map<String, Category> categories = new LinkedHashMap<>();
        List<Category> shown = new ArrayList<>();
        List<String> rulesOff = new ArrayList<>();
        Map<String, ChecklistJudge.RuleResult> ruleResults = new LinkedHashMap<>();
        for (Rule rule : rules) {
            RuleMetadata metadata = rule.metadata();
            RuleSettings settings = policy.rule(metadata.id());
            if (settings.level() == RuleLevel.OFF) {
                rulesOff.add(metadata.id());
                ruleResults.put(metadata.id(), ChecklistJudge.RuleResult.off(metadata.category()));
                continue;
            }
            evaluated.add(metadata);
            categories.put(metadata.id(), metadata.category());
            if (!shown.contains(metadata.category())) {
                shown.add(metadata.category());
            }
            if (rule instanceof ScorecardRule) {
                continue; // judged in the second stage
            }
            RuleOutcome outcome = rule.evaluate(new RuleContext(request.evidence(), settings, metadata, policy));
            List<Finding> judged = new ArrayList<>();
            for (Finding finding : outcome.findings()) {
                judged.add(waivers.judge(rated(finding, settings)));
            }
            judged = WaiverRescoring.efforts(outcome, judged);
            findings.addAll(judged);
            Double score = WaiverRescoring.score(outcome, judged);
            ruleResults.put(
                    metadata.id(), ChecklistJudge.RuleResult.of(outcome.score() != null, judged, metadata.category()));
            if (score != null) {
                ruleScores.add(new ScoreCalculator.RuleScore(metadata.category(), score, settings.weight()));
            }
        }
        return new FirstStage(
                findings,
                ruleScores,
                evaluated,
                categories,
                shown,
                rulesOff,
                waivers.statuses(categories.keySet()),
                ruleResults);
    }

    /** The findings of the rules that judge the first stage's result; not judged by waivers, no score. */
    private List<Finding> secondStage(
            EvaluationRequest request, FirstStage first, Integer score, ChecklistJudgement checklist) {
        Policy policy = request.policy();
        ScorecardContext.Committed committed = null;
        if (request.baseline() != null) {
            committed = new ScorecardContext.Committed(
                    request.baseline().score(),
                    request.baseline().coverage().line(),
                    CoverageRatios.of(request.evidence().coverage()).line());
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            RuleSettings settings = policy.rule(rule.metadata().id());
            if (rule instanceof ScorecardRule second && settings.level() != RuleLevel.OFF) {
                RuleContext context = new RuleContext(request.evidence(), settings, rule.metadata(), policy);
                for (Finding finding : second.findings(
                        new ScorecardContext(context, score, first.waivers, first.categories, committed, checklist))) {
                    findings.add(rated(finding, settings));
                }
            }
        }
        return findings;
    }

    /** The finding at the policy's effort rate, and not blocking when its rule is at WARN. */
    private static Finding rated(Finding finding, RuleSettings settings) {
        Finding rated = finding.withEffortMinutes(settings.effortMinutes(finding.effortMinutes()));
        return settings.level() == RuleLevel.WARN ? rated.asNonBlocking() : rated;
    }
}
