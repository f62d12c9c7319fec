package io.github.readiness.rules.reactor;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.checklist.Checklist;
import io.github.readiness.rules.checklist.ChecklistJudgement;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.RuleSettings;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.coverage.BranchCoverageRule;
import io.github.readiness.rules.rule.coverage.LineCoverageRule;
import io.github.readiness.rules.rule.policy.ChecklistRule;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Measurements;
import io.github.readiness.rules.score.ScoreCalculator;
import io.github.readiness.rules.score.Scorecard;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Modules -> one reactor verdict. Pure (no I/O, no Maven): the front end collects each module's {@link ModuleResult}
 * and, when one was found, the report-aggregate XML ({@link AggregateReport}). The rule, printed in every reactor
 * report, is {@link #SCORE_RULE}.
 */
public final class ReactorAggregator {
    /** The tag of the findings about the reactor as a whole (its aggregated coverage). */
    public static final String AGGREGATE_MODULE = "(aggregate)";

    public static final String SCORE_RULE = "Reactor score = mean of the checked modules' scores weighted by module"
            + " size (executable lines, the JaCoCo LINE counter total; at least 1, so a module without measured code"
            + " weighs 1), rounded half up; modules without a score (N/A), skipped, not checked or not built are left"
            + " out. A category's score is the same weighted mean of the modules' applicable scores of that category."
            + " Aggregated coverage = covered and missed counters summed over the modules, never a mean of ratios;"
            + " a report-aggregate jacoco.xml replaces that sum when present (it already counts cross-module"
            + " coverage). Coverage scope module: each module's own thresholds block; aggregate: only the aggregated"
            + " coverage against the thresholds blocks; both: both. Verdict: NOT_READY if a module is NOT_READY, an"
            + " aggregate finding blocks or the score is below minScore; CONDITIONAL if a module is CONDITIONAL or a"
            + " CRITICAL/HIGH aggregate finding remains; READY otherwise. A non-blocking finding that several modules"
            + " report identically (same rule, severity, key, message and location) is listed once, tagged with"
            + " those modules, with their efforts added.";

    private static final List<Rule> COVERAGE_RULES = List.of(new LineCoverageRule(), new BranchCoverageRule());

    /**
     * The policy a module is judged by in a multi-module build: under coverage scope {@code aggregate} its coverage
     * thresholds report (WARN) instead of blocking; otherwise the policy itself.
     */
    public static Policy modulePolicy(Policy policy) {
        // the checklist is judged once, on the reactor: a module neither repeats it nor gets it back from a level
        Policy result = policy.withChecklist(Checklist.judgedAtReactorRoot());
        if (policy.reactor().coverageScope().judgesModules()) {
            return result;
        }
        for (Rule rule : COVERAGE_RULES) {
            String id = rule.metadata().id();
            if (policy.rule(id).level() == RuleLevel.ERROR) {
                result = result.withLevel(id, RuleLevel.WARN.name());
            }
        }
        return result;
    }

    /**
     * The reactor verdict.
     *
     * @param root the reactor root (the top-level project): the coordinates of the reactor result
     * @param policy the reactor's policy (the root module's): coverage scope, thresholds, minScore
     * @param modules every module of the reactor, in reactor order
     * @param aggregate the report-aggregate XML when one was found, else null
     */
    public ReactorResult aggregate(
            ProjectInfo root, ToolInfo tool, Policy policy, List<ModuleResult> modules, AggregateReport aggregate) {
        return aggregate(root, tool, policy, modules, aggregate, LocalDate.now(ZoneOffset.UTC));
    }

    /** @param buildDate the day attestations are judged on (the build's start, UTC) */
    public ReactorResult aggregate(
            ProjectInfo root,
            ToolInfo tool,
            Policy policy,
            List<ModuleResult> modules,
            AggregateReport aggregate,
            LocalDate buildDate) {
        List<ModuleResult> checked =
                modules.stream().filter(ModuleResult::isChecked).toList();
        ReactorCoverage coverage = ReactorCoverage.of(modules, aggregate);
        List<Finding> aggregateFindings = new ArrayList<>(
                policy.reactor().coverageScope().judgesAggregate() ? coverageFindings(coverage, policy) : List.of());
        ChecklistJudgement checklist = ReactorChecklist.judge(policy, checked, buildDate);
        aggregateFindings.addAll(ReactorChecklist.findings(policy, checklist));
        List<Finding> findings = RepeatedFindings.merge(checked);
        findings.addAll(aggregateFindings);
        findings.sort(ReadinessEngine.REPORT_ORDER); // stable: reactor order among equals
        Integer score = weightedMean(checked, m -> m.card().score());
        List<String> reasons = new ArrayList<>();
        Verdict verdict = verdict(checked, score, aggregateFindings, policy.minScore(), reasons);
        RuleSettings checklistRule = policy.rules().get(ChecklistRule.RULE_ID);
        if (checklistRule != null && checklistRule.level() == RuleLevel.ERROR) {
            ChecklistRule.reason(checklist).ifPresent(reason -> reasons.add("reactor: " + reason));
        }
        List<EvidenceRecord> evidence = new ArrayList<>(coverage.records());
        Scorecard card = Scorecard.builder(tool, root)
                .score(score, policy.minScore())
                .verdict(verdict, reasons)
                .categories(categories(checked, policy, findings))
                .findings(findings)
                .evidence(evidence)
                .rules(rules(checked))
                .measurements(measurements(checked, coverage))
                .rulesOff(rulesOff(checked))
                .checklist(checklist)
                .build();
        return new ReactorResult(card, modules, coverage, policy.reactor());
    }

    /** The aggregated coverage, and each test source's totals summed over the checked modules. */
    private static Measurements measurements(List<ModuleResult> checked, ReactorCoverage coverage) {
        Map<String, TestSummary> tests = new LinkedHashMap<>();
        checked.forEach(m ->
                m.card().measurements().tests().forEach(t -> tests.merge(t.source(), t.summary(), TestSummary::plus)));
        return new Measurements(
                coverage.counters().isEmpty() ? null : coverage.source(),
                coverage.counters(),
                tests.entrySet().stream()
                        .map(e -> new Measurements.TestTotals(e.getKey(), e.getValue()))
                        .toList());
    }

    /** Every rule some module's policy turned OFF, in first-seen order. */
    private static List<String> rulesOff(List<ModuleResult> checked) {
        Set<String> off = new LinkedHashSet<>();
        checked.forEach(m -> off.addAll(m.card().rulesOff()));
        return List.copyOf(off);
    }

    /** Worst of the module verdicts and the aggregate's own (its findings and the reactor score). */
    private static Verdict verdict(
            List<ModuleResult> checked,
            Integer score,
            List<Finding> aggregateFindings,
            int minScore,
            List<String> reasons) {
        Verdict worst = Verdict.READY;
        List<String> conditional = new ArrayList<>();
        for (ModuleResult module : checked) {
            Verdict own = module.card().verdict();
            if (own == Verdict.NOT_READY) {
                reasons.add(module.name() + " is NOT_READY: "
                        + String.join("; ", module.card().verdictReasons()));
            } else if (own == Verdict.CONDITIONAL) {
                conditional.add(module.name() + " is CONDITIONAL: "
                        + String.join("; ", module.card().verdictReasons()));
            }
            worst = worse(worst, own);
        }
        List<String> own = new ArrayList<>();
        Verdict aggregate = ScoreCalculator.verdict(score, aggregateFindings, minScore, own);
        own.replaceAll(reason -> "reactor: " + reason);
        worst = worse(worst, aggregate);
        if (worst == Verdict.NOT_READY) {
            if (aggregate == Verdict.NOT_READY) {
                reasons.addAll(own);
            }
        } else {
            reasons.addAll(conditional);
            reasons.addAll(own);
        }
        return worst;
    }

    private static Verdict worse(Verdict a, Verdict b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The coverage rules run on the aggregated counters, at the reactor policy's levels and thresholds. */
    private static List<Finding> coverageFindings(ReactorCoverage coverage, Policy policy) {
        if (coverage.counters().isEmpty()) {
            return List.of(); // nothing measured anywhere: the modules' coverage.evidence findings say why
        }
        CoverageEvidence evidence = new CoverageEvidence(coverage.source(), coverage.counters(), List.of());
        ProjectEvidence project = new ProjectEvidence(Collected.read(evidence, List.of()), none(), none(), none());
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : COVERAGE_RULES) {
            RuleSettings settings = policy.rule(rule.metadata().id());
            if (settings.level() == RuleLevel.OFF) {
                continue;
            }
            for (Finding f : rule.evaluate(new RuleContext(project, settings, rule.metadata(), policy))
                    .findings()) {
                Finding tagged = new Finding(
                        f.rule(),
                        f.category(),
                        f.severity(),
                        f.blocking(),
                        "reactor " + f.key(),
                        "reactor " + f.message() + " (" + coverage.source() + ")",
                        f.measured(),
                        f.expected(),
                        f.location(),
                        f.remediation(),
                        f.effortMinutes(),
                        false,
                        null,
                        AGGREGATE_MODULE);
                findings.add(settings.level() == RuleLevel.WARN ? tagged.asNonBlocking() : tagged);
            }
        }
        return findings;
    }

    private static <T> Collected<T> none() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected for the reactor", List.of());
    }

    /** Per category, the modules' applicable scores weighted as the reactor score is; counts from the findings. */
    private static List<CategoryScore> categories(List<ModuleResult> checked, Policy policy, List<Finding> findings) {
        TreeSet<Category> shown = new TreeSet<>();
        checked.forEach(m -> m.card().categories().forEach(c -> shown.add(c.category())));
        List<CategoryScore> rows = new ArrayList<>();
        for (Category category : shown) {
            Double mean = weightedMeanRaw(
                    checked,
                    m -> m.card().categories().stream()
                            .filter(c -> c.category() == category)
                            .findFirst()
                            .map(CategoryScore::score)
                            .orElse(null));
            boolean blocked = findings.stream().anyMatch(f -> f.category() == category && f.blocks());
            Integer score = mean == null ? null : ScoreCalculator.categoryScore(mean, blocked);
            rows.add(new CategoryScore(category, policy.weight(category), score, 0, 0, 0, 0));
        }
        return ScoreCalculator.recount(rows, findings);
    }

    /** Mean of the non-null values weighted by module weight, rounded half up; null when no module has a value. */
    static Integer weightedMean(List<ModuleResult> modules, Function<ModuleResult, Integer> value) {
        Double mean = weightedMeanRaw(modules, value);
        return mean == null ? null : (int) Math.round(mean);
    }

    /** Mean of the non-null values weighted by module weight, unrounded; null when no module has a value. */
    private static Double weightedMeanRaw(List<ModuleResult> modules, Function<ModuleResult, Integer> value) {
        double weighted = 0;
        long weights = 0;
        for (ModuleResult module : modules) {
            Integer v = value.apply(module);
            if (v != null) {
                weighted += (double) v * module.weight();
                weights += module.weight();
            }
        }
        return weights == 0 ? null : weighted / weights;
    }

    /** Every rule any module evaluated, in first-seen order. */
    private static List<RuleMetadata> rules(List<ModuleResult> checked) {
        Map<String, RuleMetadata> rules = new LinkedHashMap<>();
        checked.forEach(m -> m.card().rules().forEach(r -> rules.putIfAbsent(r.id(), r)));
        return List.copyOf(rules.values());
    }
}
