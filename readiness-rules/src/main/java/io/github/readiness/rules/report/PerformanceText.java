package io.github.readiness.rules.report;

import io.github.readiness.rules.evidence.performance.BenchmarkResult;
import io.github.readiness.rules.evidence.performance.ScenarioResult;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.rule.performance.Figures;
import io.github.readiness.rules.score.PerformanceMeasurements;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The performance figures as tables: one row per load-test scenario (samples, error rate, p50/p95/p99, throughput)
 * and one per JMH benchmark (score ± error, the baseline's, the change). Shared by the Markdown report and the site
 * page; nothing is written without performance results.
 */
public final class PerformanceText {
    public static final List<String> SCENARIO_HEADER =
            List.of("Scenario", "Tool", "Samples", "Errors", "p50", "p95", "p99", "Throughput");
    /** The site page's scenario table: the figures a budget judges, and its verdict. */
    public static final List<String> BUDGET_HEADER =
            List.of("Scenario", "p50", "p95", "p99", "Error rate", "Throughput", "Budget");

    public static final List<String> BENCHMARK_HEADER = List.of("Benchmark", "Mode", "Score", "Baseline", "Change");

    /** The limits a budget checks, as {@code performance.budgets} names them in a finding's key. */
    private static final Set<String> BUDGET_METRICS = Set.of("p95", "p99", "error rate", "throughput");

    private static final String BUDGETS_RULE = "performance.budgets";

    private PerformanceText() {}

    /**
     * The budget verdict of one scenario, from the findings of {@code performance.budgets} (keyed
     * {@code scenario:metric}): {@code missed p95, error rate (blocking)}, or {@code none missed} (readiness.json
     * does not say which budgets covered a scenario, so a scenario without any budget reads the same).
     */
    public static String budgetVerdict(List<Finding> findings, String scenario) {
        List<Finding> missed = findings.stream()
                .filter(f -> f.rule().equals(BUDGETS_RULE)
                        && f.key().startsWith(scenario + ":")
                        && BUDGET_METRICS.contains(f.key().substring(scenario.length() + 1)))
                .toList();
        if (missed.isEmpty()) {
            return "none missed";
        }
        String metrics = String.join(
                ", ",
                missed.stream()
                        .map(f -> f.key().substring(scenario.length() + 1))
                        .toList());
        boolean blocks = missed.stream().anyMatch(f -> f.blocking() && !f.waived());
        boolean allWaived = missed.stream().allMatch(Finding::waived);
        return "missed " + metrics + (blocks ? " (blocking)" : allWaived ? " (waived)" : "");
    }

    public static List<List<String>> scenarioRows(PerformanceMeasurements performance) {
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioResult s : performance.scenarios()) {
            rows.add(List.of(
                    s.scenario(),
                    s.tool(),
                    String.valueOf(s.samples()),
                    s.samples() == 0 ? "-" : number(s.errorRate() * 100) + " %",
                    millis(s.p50()),
                    millis(s.p95()),
                    millis(s.p99()),
                    s.throughput() == null ? "-" : number(s.throughput()) + "/s"));
        }
        return rows;
    }

    /** One row per scenario under {@link #BUDGET_HEADER}, the verdict from the card's findings. */
    public static List<List<String>> budgetRows(PerformanceMeasurements performance, List<Finding> findings) {
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioResult s : performance.scenarios()) {
            rows.add(List.of(
                    s.scenario(),
                    millis(s.p50()),
                    millis(s.p95()),
                    millis(s.p99()),
                    s.samples() == 0 ? "-" : number(s.errorRate() * 100) + " %",
                    s.throughput() == null ? "-" : number(s.throughput()) + "/s",
                    budgetVerdict(findings, s.scenario())));
        }
        return rows;
    }

    public static List<List<String>> benchmarkRows(PerformanceMeasurements performance) {
        List<List<String>> rows = new ArrayList<>();
        for (PerformanceMeasurements.Benchmark b : performance.benchmarks()) {
            Double change = b.change();
            rows.add(List.of(
                    b.now().id(),
                    b.now().mode(),
                    score(b.now()),
                    b.baseline() == null ? "-" : score(b.baseline()),
                    change == null ? "-" : (change >= 0 ? "+" : "") + number(change * 100) + " %"));
        }
        return rows;
    }

    /** The Markdown section "Performance", or nothing without results. */
    static void markdown(PerformanceMeasurements performance, StringBuilder md) {
        if (performance.isEmpty()) {
            return;
        }
        md.append("## Performance\n\n");
        if (!performance.scenarios().isEmpty()) {
            md.append("Load tests (latencies in ms; p50/p95/p99 nearest rank):\n\n");
            table(SCENARIO_HEADER, scenarioRows(performance), md);
        }
        if (!performance.benchmarks().isEmpty()) {
            md.append("JMH benchmarks (score ± the 99.9 % error JMH reports):\n\n");
            table(BENCHMARK_HEADER, benchmarkRows(performance), md);
        }
    }

    private static void table(List<String> header, List<List<String>> rows, StringBuilder md) {
        md.append("| ").append(String.join(" | ", header)).append(" |\n|---");
        md.append("|--:".repeat(header.size() - 1)).append("|\n");
        for (List<String> row : rows) {
            md.append("| ")
                    .append(String.join(
                            " | ", row.stream().map(MarkdownText::cell).toList()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static String score(BenchmarkResult result) {
        return number(result.score()) + (result.hasError() ? " ± " + number(result.error()) : "") + " " + result.unit();
    }

    private static String millis(Double value) {
        return value == null ? "-" : number(value);
    }

    /** The rules' formatter: the report shows the figures as the findings word them. */
    static String number(double value) {
        return Figures.number(value);
    }
}
