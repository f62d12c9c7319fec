package io.github.readiness.rules.policy;

import java.util.List;

/**
 * The {@code performance} section of the policy: load-test budgets and the tolerance of JMH benchmarks against the
 * baseline.
 *
 * @param budgets the budgets, in configuration order; a scenario is judged by every budget that covers it
 * @param maxRegression how much worse a benchmark's score may get against the baseline before it is a regression,
 *     as a ratio (0.10 for 10 %); a change is a regression only when it is also beyond the error intervals
 */
public record PerformancePolicy(List<PerformanceBudget> budgets, double maxRegression) {
    /** No budget; a benchmark may lose 10 % before it counts. */
    public static final PerformancePolicy DEFAULT = new PerformancePolicy(List.of(), 0.10);

    public PerformancePolicy {
        budgets = List.copyOf(budgets);
        if (!(maxRegression >= 0 && maxRegression <= 10)) {
            throw new PolicyException("performance.benchmarks.maxRegression must be 0% or more (10% for 10 %)");
        }
    }

    public PerformancePolicy withBudgets(List<PerformanceBudget> newBudgets) {
        return new PerformancePolicy(newBudgets, maxRegression);
    }

    public PerformancePolicy withMaxRegression(double ratio) {
        return new PerformancePolicy(budgets, ratio);
    }
}
