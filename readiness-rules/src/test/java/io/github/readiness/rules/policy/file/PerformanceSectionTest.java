package io.github.readiness.rules.policy.file;

import static io.github.readiness.rules.policy.file.PolicyFileErrorsTest.apply;
import static io.github.readiness.rules.policy.file.PolicyFileErrorsTest.error;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.policy.PerformanceBudget;
import io.github.readiness.rules.policy.PerformancePolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The performance section of readiness.yaml: values with their units, and every error in one line. */
class PerformanceSectionTest {
    @Test
    void budgetsAndMaxRegressionAreReadWithTheirUnits() {
        TracedPolicy traced = apply("""
                performance:
                  budgets:
                    - scenario: "checkout*"
                      p95: 800ms
                      p99: 2s
                      errorRate: 5%
                      minThroughput: 50/s
                    - scenario: "*"
                      p95: 1.5s
                      minThroughput: 600/min
                  benchmarks:
                    maxRegression: 15%
                """);
        PerformancePolicy performance = traced.policy().performance();
        assertEquals(
                List.of(
                        new PerformanceBudget("checkout*", 800.0, 2000.0, 0.05, 50.0),
                        new PerformanceBudget("*", 1500.0, null, null, 10.0)),
                performance.budgets());
        assertEquals(0.15, performance.maxRegression(), 1e-12);
        assertEquals("readiness.yaml line 2", traced.origin(PerformanceSection.BUDGETS_VALUE));
        assertEquals("readiness.yaml line 12", traced.origin(PerformanceSection.MAX_REGRESSION_VALUE));
    }

    @Test
    void globsCoverScenarioNames() {
        PerformanceBudget budget = new PerformanceBudget("checkout*", 800.0, null, null, null);
        assertEquals(true, budget.covers("checkout"));
        assertEquals(true, budget.covers("checkout / pay"));
        assertEquals(false, budget.covers("browse checkout"));
        assertEquals(true, new PerformanceBudget("GET /api/?", 1.0, null, null, null).covers("GET /api/1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            performance:\\n  budget: []                                        | line 2: unknown key 'budget' under performance; did you mean 'budgets'? Valid keys: budgets, benchmarks
            performance:\\n  budgets:\\n    - {scenario: a, p95: 800}         | line 3: performance budget 'a' p95 is '800' without a unit: write it with one, such as 800ms or 2s
            performance:\\n  budgets:\\n    - {scenario: a, p95: 800mss}      | line 3: performance budget 'a' p95 has the unknown unit 'mss' in '800mss'; did you mean 'ms'? Units: ms, s, min
            performance:\\n  budgets:\\n    - {scenario: a, errorRate: 0.05}  | line 3: performance budget 'a' errorRate is '0.05' without a unit: write it with one, such as 5%
            performance:\\n  budgets:\\n    - {scenario: a, errorRate: 120%}  | line 3: performance budget 'a' errorRate is '120%': use a percentage between 0% and 100%
            performance:\\n  budgets:\\n    - {scenario: a, minThroughput: 50/sec} | line 3: performance budget 'a' minThroughput has the unknown unit '/sec' in '50/sec'; did you mean '/s'? Units: /s, /min
            performance:\\n  budgets:\\n    - {scenario: a, p59: 1s}          | line 3: unknown key 'p59' in a performance budget; did you mean 'p99'? Valid keys: scenario, p95, p99, errorRate, minThroughput
            performance:\\n  budgets:\\n    - {p95: 1s}                       | line 3: a performance budget has no scenario: use a name or a glob, "*" for all
            performance:\\n  budgets:\\n    - {scenario: a}                   | line 3: the performance budget for 'a' sets no limit: give at least one of p95, p99, errorRate, minThroughput
            performance:\\n  benchmarks:\\n    maxRegresion: 10%             | line 3: unknown key 'maxRegresion' under performance.benchmarks; did you mean 'maxRegression'? Valid keys: maxRegression
            performance:\\n  benchmarks:\\n    maxRegression: 10             | line 3: performance.benchmarks.maxRegression is '10' without a unit: write it with one, such as 5%
            """)
    void everyMistakeIsOneLineNamingTheKeyAndTheFix(String yaml, String message) {
        assertEquals("readiness.yaml " + message, error(yaml.replace("\\n", "\n")));
    }
}
