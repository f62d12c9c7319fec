package io.github.readiness.rules.rule.performance;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.performance.PerformanceEvidence;
import io.github.readiness.rules.evidence.performance.ScenarioResult;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.PerformanceBudget;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code performance.budgets}: every scenario of the load-test results keeps the budgets of the policy that cover it
 * ({@code performance.budgets}), and every Gatling assertion passed.
 *
 * <p>A missed limit is HIGH, naming the scenario, the measured value and the budget. Error rate and p95 block (as the
 * audits treat them: a service that fails requests or is slow for one user in twenty is not ready); p99 and
 * throughput are reported without blocking (a short test measures them with less certainty). A failed Gatling
 * assertion is HIGH and blocks, as it fails Gatling's own run. A limit the tool did not measure (a k6 summary without
 * {@code p(99)}) and a budget that covers no scenario are LOW. Score: the share of checks kept, 0-100. N/A without
 * budgets or without results.
 */
public final class PerformanceBudgetsRule extends AbstractRule<PerformanceEvidence> {
    public static final String ID = "performance.budgets";
    static final int EFFORT_MINUTES = 240;

    private static final RuleMetadata METADATA = RuleMetadata.builder(ID, Category.PERFORMANCE)
            .title("Performance budgets")
            .description("Each load-test scenario keeps the budgets of the policy that cover it: p95 and p99 latency,"
                    + " error rate and minimum throughput (performance.budgets); every Gatling assertion passes.")
            .remediation("Profile the scenario named (a JFR recording under the same load shows where the time"
                    + " goes), fix the cause of the failed requests first; if the budget no longer fits the product's"
                    + " target, change it in readiness.yaml with the team that owns the target.")
            .effort(EffortModel.per(EFFORT_MINUTES, "per scenario over budget"))
            .build();

    public PerformanceBudgetsRule() {
        super(METADATA, ProjectEvidence::performance);
    }

    @Override
    protected RuleOutcome judge(PerformanceEvidence evidence, RuleContext context) {
        List<PerformanceBudget> budgets = context.policy().performance().budgets();
        List<Finding> findings = new ArrayList<>();
        int checks = 0;
        int kept = 0;
        for (String assertion : evidence.failedAssertions()) {
            checks++;
            findings.add(context.finding(
                            Severity.HIGH, "gatling-assertion:" + assertion, "Gatling assertion failed: " + assertion)
                    .blocking());
        }
        for (PerformanceBudget budget : budgets) {
            List<ScenarioResult> covered = evidence.scenarios().stream()
                    .filter(s -> budget.covers(s.scenario()))
                    .toList();
            if (covered.isEmpty() && !evidence.scenarios().isEmpty()) {
                findings.add(uncovered(budget, evidence, context));
            }
            for (ScenarioResult scenario : covered) {
                List<Check> list = checks(budget, scenario);
                for (Check check : list) {
                    if (check.measured() == null) {
                        findings.add(unmeasured(check, scenario, context));
                        continue;
                    }
                    checks++;
                    if (check.kept()) {
                        kept++;
                    } else {
                        findings.add(missed(check, scenario, context));
                    }
                }
            }
        }
        if (checks == 0) {
            return findings.isEmpty() ? RuleOutcome.notApplicable() : RuleOutcome.unscored(findings);
        }
        return RuleOutcome.scored(100.0 * kept / checks, findings);
    }

    /** One limit of a budget against one scenario. */
    record Check(String metric, Double measured, double limit, boolean atMost, boolean blocks, String shown) {
        boolean kept() {
            return atMost ? measured <= limit : measured >= limit;
        }
    }

    static List<Check> checks(PerformanceBudget budget, ScenarioResult scenario) {
        List<Check> checks = new ArrayList<>();
        if (budget.p95() != null) {
            checks.add(new Check("p95", scenario.p95(), budget.p95(), true, true, "ms"));
        }
        if (budget.p99() != null) {
            checks.add(new Check("p99", scenario.p99(), budget.p99(), true, false, "ms"));
        }
        if (budget.errorRate() != null) {
            checks.add(new Check("error rate", scenario.errorRate(), budget.errorRate(), true, true, "%"));
        }
        if (budget.minThroughput() != null) {
            checks.add(new Check("throughput", scenario.throughput(), budget.minThroughput(), false, false, "/s"));
        }
        return checks;
    }

    private static Finding missed(Check check, ScenarioResult scenario, RuleContext context) {
        String message = check.metric() + " of " + scenario.scenario() + " is " + shown(check, check.measured())
                + ", but the budget is " + (check.atMost() ? "at most " : "at least ") + shown(check, check.limit())
                + extra(check, scenario) + " (" + scenario.tool() + ", " + scenario.file() + ")";
        return context.finding(Severity.HIGH, scenario.scenario() + ":" + check.metric(), message)
                .measured(check.measured())
                .expected(check.limit())
                .at(Location.of(scenario.file()))
                .blocking(check.blocks());
    }

    private static Finding unmeasured(Check check, ScenarioResult scenario, RuleContext context) {
        String message = check.metric() + " of " + scenario.scenario() + " has a budget, but " + scenario.tool()
                + " did not report it in " + scenario.file()
                + ("k6".equals(scenario.tool()) && check.metric().equals("p99")
                        ? "; run k6 with --summary-trend-stats=\"med,p(95),p(99)\""
                        : "");
        return context.finding(Severity.LOW, scenario.scenario() + ":" + check.metric() + ":unmeasured", message)
                .at(Location.of(scenario.file()))
                .effort(15)
                .notBlocking();
    }

    private static Finding uncovered(PerformanceBudget budget, PerformanceEvidence evidence, RuleContext context) {
        List<String> names = evidence.scenarios().stream()
                .map(ScenarioResult::scenario)
                .distinct()
                .toList();
        String shown = names.size() > 10 ? String.join(", ", names.subList(0, 10)) + ", ..." : String.join(", ", names);
        return context.finding(
                        Severity.LOW,
                        "budget:" + budget.scenario(),
                        "the budget for '" + budget.scenario() + "' covers no scenario of the results (scenarios: "
                                + shown + "); check its name")
                .effort(5)
                .notBlocking();
    }

    private static String shown(Check check, double value) {
        return switch (check.shown()) {
            case "ms" -> Figures.millis(value);
            case "%" -> Figures.percent(value);
            default -> Figures.number(value) + "/s";
        };
    }

    private static String extra(Check check, ScenarioResult scenario) {
        return check.metric().equals("error rate")
                ? " (" + scenario.errors() + " of " + scenario.samples() + " requests failed)"
                : "";
    }
}
