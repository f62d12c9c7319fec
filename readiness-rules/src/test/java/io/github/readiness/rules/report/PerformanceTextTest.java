package io.github.readiness.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The budget verdict of a scenario on the site page, from the findings of performance.budgets. */
class PerformanceTextTest {
    @Test
    void missedLimitsAreNamedAndSayWhetherTheyBlock() {
        List<Finding> findings = List.of(
                budgets("checkout:p95", true, false),
                budgets("checkout:error rate", true, false),
                budgets("checkout:p99:unmeasured", false, false),
                budgets("search:p99", false, false),
                budgets("login:p95", true, true),
                new Finding(
                        "performance.benchmark-regression",
                        Category.PERFORMANCE,
                        Severity.HIGH,
                        true,
                        "browse:p95",
                        "m",
                        null,
                        null,
                        null,
                        "r",
                        5,
                        false));
        assertEquals("missed p95, error rate (blocking)", PerformanceText.budgetVerdict(findings, "checkout"));
        assertEquals("missed p99", PerformanceText.budgetVerdict(findings, "search"));
        assertEquals("missed p95 (waived)", PerformanceText.budgetVerdict(findings, "login"));
        assertEquals("none missed", PerformanceText.budgetVerdict(findings, "browse"));
        assertEquals("none missed", PerformanceText.budgetVerdict(findings, "check"));
    }

    private static Finding budgets(String key, boolean blocking, boolean waived) {
        return new Finding(
                "performance.budgets",
                Category.PERFORMANCE,
                Severity.HIGH,
                blocking,
                key,
                "m",
                null,
                null,
                null,
                "r",
                5,
                waived);
    }
}
