package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.policy.PerformanceBudget;
import io.github.readiness.rules.policy.PerformancePolicy;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.file.PolicyNode.Entry;
import io.github.readiness.rules.policy.file.PolicyNode.MapNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code performance:} section: {@code budgets} (a list that replaces the one below it, as {@code waivers} does)
 * and {@code benchmarks.maxRegression}. Every value needs its unit; unknown keys name the nearest valid one.
 *
 * <pre>
 * performance:
 *   budgets:
 *     - scenario: "checkout*"
 *       p95: 800ms
 *       errorRate: 5%
 *   benchmarks:
 *     maxRegression: 10%
 * </pre>
 */
final class PerformanceSection {
    static final List<String> KEYS = List.of("budgets", "benchmarks");
    static final List<String> BUDGET_KEYS = List.of("scenario", "p95", "p99", "errorRate", "minThroughput");
    static final List<String> BENCHMARK_KEYS = List.of("maxRegression");

    /** The name of the budgets list for the policy listing. */
    static final String BUDGETS_VALUE = "performance budgets";

    static final String MAX_REGRESSION_VALUE = "performance maxRegression";

    private PerformanceSection() {}

    static TracedPolicy apply(FileValues values, Entry entry, TracedPolicy traced) {
        MapNode section = values.map(entry.value(), PolicyKeys.PERFORMANCE, "'budgets: [...]'");
        values.checkKeys(section, KEYS, " under performance");
        TracedPolicy result = traced;
        for (Entry setting : section.entries()) {
            if (setting.key().equals("budgets")) {
                List<PerformanceBudget> budgets = new ArrayList<>();
                for (PolicyNode item : values.list(setting.value(), "performance.budgets", "'- scenario: \"*\"'")
                        .items()) {
                    budgets.add(budget(values, item));
                }
                PerformancePolicy current = result.policy().performance();
                Policy changed = result.policy().withPerformance(current.withBudgets(budgets));
                result = result.with(changed, BUDGETS_VALUE, values.source().origin(setting.line()));
            } else {
                MapNode benchmarks = values.map(setting.value(), "performance.benchmarks", "'maxRegression: 10%'");
                values.checkKeys(benchmarks, BENCHMARK_KEYS, " under performance.benchmarks");
                for (Entry limit : benchmarks.entries()) {
                    String text = values.text(limit.value(), "maxRegression");
                    double ratio = values.at(
                            limit.line(), () -> PerformanceBudget.ratio("performance.benchmarks.maxRegression", text));
                    Policy before = result.policy();
                    Policy changed = values.at(
                            limit.line(),
                            () -> before.withPerformance(before.performance().withMaxRegression(ratio)));
                    result = result.with(
                            changed, MAX_REGRESSION_VALUE, values.source().origin(limit.line()));
                }
            }
        }
        return result;
    }

    /** The section's values as the policy listing shows them, by value name. */
    static java.util.Map<String, String> list(PerformancePolicy performance) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        List<String> budgets =
                performance.budgets().stream().map(PerformanceSection::shown).toList();
        values.put(BUDGETS_VALUE, budgets.isEmpty() ? "none" : String.join("; ", budgets));
        values.put(
                MAX_REGRESSION_VALUE,
                java.math.BigDecimal.valueOf(performance.maxRegression() * 100)
                                .stripTrailingZeros()
                                .toPlainString()
                        + " %");
        return values;
    }

    private static String shown(PerformanceBudget budget) {
        List<String> limits = new ArrayList<>();
        if (budget.p95() != null) {
            limits.add("p95 " + number(budget.p95()) + " ms");
        }
        if (budget.p99() != null) {
            limits.add("p99 " + number(budget.p99()) + " ms");
        }
        if (budget.errorRate() != null) {
            limits.add("errorRate " + number(budget.errorRate() * 100) + " %");
        }
        if (budget.minThroughput() != null) {
            limits.add("minThroughput " + number(budget.minThroughput()) + "/s");
        }
        return "'" + budget.scenario() + "' " + String.join(", ", limits);
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static PerformanceBudget budget(FileValues values, PolicyNode item) {
        MapNode map = values.map(item, "a performance budget", "'{scenario: \"checkout*\", p95: 800ms}'");
        values.checkKeys(map, BUDGET_KEYS, " in a performance budget");
        Entry scenario = map.entry("scenario");
        if (scenario == null) {
            throw values.error(map.line(), "a performance budget has no scenario: use a name or a glob, \"*\" for all");
        }
        String name = values.text(scenario.value(), "scenario");
        String where = "performance budget '" + name + "' ";
        Double p95 = quantity(values, map, "p95", text -> PerformanceBudget.millis(where + "p95", text));
        Double p99 = quantity(values, map, "p99", text -> PerformanceBudget.millis(where + "p99", text));
        Double errors = quantity(values, map, "errorRate", text -> PerformanceBudget.ratio(where + "errorRate", text));
        Double throughput = quantity(
                values, map, "minThroughput", text -> PerformanceBudget.perSecond(where + "minThroughput", text));
        return values.at(map.line(), () -> new PerformanceBudget(name, p95, p99, errors, throughput));
    }

    private static Double quantity(
            FileValues values, MapNode map, String key, java.util.function.Function<String, Double> parse) {
        Entry entry = map.entry(key);
        if (entry == null) {
            return null;
        }
        String text = values.text(entry.value(), key);
        return values.at(entry.line(), () -> parse.apply(text));
    }
}
