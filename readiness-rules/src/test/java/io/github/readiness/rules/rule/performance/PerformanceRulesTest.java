package io.github.readiness.rules.rule.performance;

import static io.github.readiness.rules.evidence.service.ServiceFixtures.classpath;
import static io.github.readiness.rules.evidence.service.ServiceFixtures.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.performance.BenchmarkResult;
import io.github.readiness.rules.evidence.performance.PerformanceEvidence;
import io.github.readiness.rules.evidence.performance.ScenarioResult;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.policy.PerformanceBudget;
import io.github.readiness.rules.policy.PerformancePolicy;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three performance rules as the engine calls them: severity, blocking, message, score. */
class PerformanceRulesTest {
    private static final ScenarioResult CHECKOUT = new ScenarioResult(
            "jmeter", "checkout", 200, 12, 300.0, 950.0, 1800.0, 40.0, "target/jmeter/results/a.csv");
    private static final ScenarioResult BROWSE =
            new ScenarioResult("jmeter", "browse", 800, 0, 50.0, 120.0, 200.0, 160.0, "target/jmeter/results/a.csv");

    @Test
    void aMissedP95AndErrorRateBlockP99AndThroughputDoNot() {
        PerformanceBudget budget = new PerformanceBudget("check*", 800.0, 1500.0, 0.05, 50.0);
        RuleOutcome outcome = run(new PerformanceBudgetsRule(), evidence(List.of(CHECKOUT, BROWSE), List.of()), budget);
        assertEquals(
                List.of(
                        "HIGH blocking checkout:p95: p95 of checkout is 950 ms, but the budget is at most 800 ms"
                                + " (jmeter, target/jmeter/results/a.csv)",
                        "HIGH not blocking checkout:p99: p99 of checkout is 1800 ms, but the budget is at most 1500 ms"
                                + " (jmeter, target/jmeter/results/a.csv)",
                        "HIGH blocking checkout:error rate: error rate of checkout is 6 %, but the budget is at most"
                                + " 5 % (12 of 200 requests failed) (jmeter, target/jmeter/results/a.csv)",
                        "HIGH not blocking checkout:throughput: throughput of checkout is 40/s, but the budget is at"
                                + " least 50/s (jmeter, target/jmeter/results/a.csv)"),
                lines(outcome));
        assertEquals(0.0, outcome.score()); // browse is not covered by "check*"
        Finding p95 = outcome.findings().get(0);
        assertEquals(950.0, p95.measured());
        assertEquals(800.0, p95.expected());
    }

    @Test
    void keptBudgetsScoreAndAnUnmatchedBudgetIsLow() {
        RuleOutcome outcome = run(
                new PerformanceBudgetsRule(),
                evidence(List.of(CHECKOUT, BROWSE), List.of()),
                new PerformanceBudget("*", 1000.0, null, 0.10, null),
                new PerformanceBudget("chekout", 800.0, null, null, null));
        assertEquals(100.0, outcome.score()); // 4 checks of "*" kept
        assertEquals(
                List.of("LOW not blocking budget:chekout: the budget for 'chekout' covers no scenario of the results"
                        + " (scenarios: checkout, browse); check its name"),
                lines(outcome));
    }

    @Test
    void withoutBudgetsOrResultsTheRuleIsNotApplicable() {
        assertEquals(
                RuleOutcome.notApplicable(), run(new PerformanceBudgetsRule(), evidence(List.of(CHECKOUT), List.of())));
        ProjectEvidence none = base();
        assertEquals(
                RuleOutcome.notApplicable(),
                run(new PerformanceBudgetsRule(), none, new PerformanceBudget("*", 1.0, null, null, null)));
    }

    @Test
    void aFailedGatlingAssertionBlocks() {
        PerformanceEvidence results = new PerformanceEvidence(
                List.of(), List.of(), List.of("Global: max of response time is less than 50"), List.of(), List.of());
        assertEquals(
                List.of("HIGH blocking gatling-assertion:Global: max of response time is less than 50: Gatling"
                        + " assertion failed: Global: max of response time is less than 50"),
                lines(run(new PerformanceBudgetsRule(), base().withPerformance(Collected.read(results, List.of())))));
    }

    @Test
    void aRegressionCountsOnlyBeyondBothTheToleranceAndTheErrorIntervals() {
        BenchmarkResult was = new BenchmarkResult("a.B.parse", "avgt", 2.0, 0.05, "ms/op");
        // 25 % slower, beyond 0.05 + 0.04: a regression
        assertEquals(
                List.of("HIGH blocking a.B.parse:avgt: a.B.parse regressed by 25 %: 2.5 ± 0.04 ms/op (avgt) against"
                        + " 2 ± 0.05 in the baseline; more than the 10 % allowed and than the error intervals together"
                        + " (0.09 ms/op)"),
                lines(regression(was, new BenchmarkResult("a.B.parse", "avgt", 2.5, 0.04, "ms/op"))));
        // 25 % slower but within the noise (errors 0.3 + 0.3 > 0.5): nothing
        assertEquals(
                List.of(),
                lines(regression(
                        new BenchmarkResult("a.B.parse", "avgt", 2.0, 0.3, "ms/op"),
                        new BenchmarkResult("a.B.parse", "avgt", 2.5, 0.3, "ms/op"))));
        // 5 % slower, beyond the error bars but within the tolerance: nothing
        assertEquals(List.of(), lines(regression(was, new BenchmarkResult("a.B.parse", "avgt", 2.1, 0.01, "ms/op"))));
        // throughput: lower is worse; 30 % faster is an improvement (INFO)
        BenchmarkResult thrpt = new BenchmarkResult("a.B.m{n=1}", "thrpt", 1000, 10, "ops/s");
        assertEquals(
                List.of("INFO not blocking a.B.m{n=1}:improved: a.B.m{n=1} improved by 30 %: 1300 ± 10 ops/s (thrpt)"
                        + " against 1000 ± 10 in the baseline"),
                lines(regression(thrpt, new BenchmarkResult("a.B.m{n=1}", "thrpt", 1300, 10, "ops/s"))));
        // a single iteration (no error): reported, not blocking
        assertEquals(
                "MEDIUM not blocking",
                lines(regression(was, new BenchmarkResult("a.B.parse", "avgt", 3.0, Double.NaN, "ms/op")))
                        .get(0)
                        .substring(0, 19));
    }

    @Test
    void benchmarksAreMatchedByIdAndModeAndScoredByTheShareThatDidNotRegress() {
        BenchmarkResult was = new BenchmarkResult("a.B.parse", "avgt", 2.0, 0.05, "ms/op");
        PerformanceEvidence results = new PerformanceEvidence(
                List.of(),
                List.of(
                        new BenchmarkResult("a.B.parse", "avgt", 3.0, 0.05, "ms/op"),
                        new BenchmarkResult("a.B.parse", "thrpt", 1.0, 0.05, "ops/ms"),
                        new BenchmarkResult("a.B.other", "avgt", 1.0, 0.05, "ms/op")),
                List.of(),
                List.of(),
                List.of(was, new BenchmarkResult("a.B.other", "avgt", 1.0, 0.05, "ms/op")));
        RuleOutcome outcome =
                run(new BenchmarkRegressionRule(), base().withPerformance(Collected.read(results, List.of())));
        assertEquals(50.0, outcome.score());
        assertEquals(1, outcome.findings().size());
    }

    @Test
    void aServiceWithoutResultsIsToldHowToProduceThemWithoutBlocking() {
        ServiceEvidence service = service(classpath("org.springframework.boot:spring-boot-starter-web"));
        ProjectEvidence evidence = new ProjectEvidence(
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                missing(),
                Collected.read(service, List.of()),
                Collected.missing(
                        EvidenceStatus.NOT_AVAILABLE,
                        "no performance results at target/{gatling}: run a load test",
                        List.of()));
        RuleOutcome outcome = RuleRun.run(new PerformanceEvidenceRule(), evidence);
        assertEquals(
                List.of("MEDIUM not blocking no-results: no performance results for this service: nothing shows it"
                        + " meets a latency, error-rate or throughput target (no performance results at"
                        + " target/{gatling}: run a load test)"),
                lines(outcome));
        assertEquals(null, outcome.score());
        assertTrue(outcome.findings().get(0).remediation().contains("gatling-maven-plugin"));
    }

    @Test
    void aLibraryWithoutResultsIsNotApplicableAndStaleFilesAreNamed() {
        ProjectEvidence library =
                base().withPerformance(Collected.missing(EvidenceStatus.NOT_AVAILABLE, "none", List.of()));
        assertEquals(RuleOutcome.notApplicable(), RuleRun.run(new PerformanceEvidenceRule(), library));
        EvidenceRecord stale = new EvidenceRecord(
                "performance",
                "target/jmh-result.json",
                EvidenceStatus.STALE,
                "JMH results (-rf json) written 3 min before the classes were compiled, so it measured other code:"
                        + " run the test again");
        ProjectEvidence evidence = base().withPerformance(Collected.read(
                new PerformanceEvidence(List.of(), List.of(), List.of(), List.of(stale), List.of()), List.of(stale)));
        assertEquals(
                List.of("MEDIUM not blocking STALE:target/jmh-result.json: stale performance result"
                        + " target/jmh-result.json: JMH results (-rf json) written 3 min before the classes were"
                        + " compiled, so it measured other code: run the test again"),
                lines(RuleRun.run(new PerformanceEvidenceRule(), evidence)));
    }

    private static RuleOutcome regression(BenchmarkResult was, BenchmarkResult now) {
        PerformanceEvidence results =
                new PerformanceEvidence(List.of(), List.of(now), List.of(), List.of(), List.of(was));
        return run(new BenchmarkRegressionRule(), base().withPerformance(Collected.read(results, List.of())));
    }

    private static ProjectEvidence evidence(List<ScenarioResult> scenarios, List<BenchmarkResult> benchmarks) {
        PerformanceEvidence results = new PerformanceEvidence(scenarios, benchmarks, List.of(), List.of(), List.of());
        return base().withPerformance(Collected.read(results, List.of()));
    }

    private static RuleOutcome run(Rule rule, ProjectEvidence evidence, PerformanceBudget... budgets) {
        Policy policy = Policy.defaults(List.of(rule.metadata()))
                .withPerformance(PerformancePolicy.DEFAULT.withBudgets(List.of(budgets)));
        return RuleRun.run(rule, evidence, policy);
    }

    private static ProjectEvidence base() {
        return new ProjectEvidence(missing(), missing(), missing(), missing());
    }

    private static <T> Collected<T> missing() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    private static List<String> lines(RuleOutcome outcome) {
        return outcome.findings().stream()
                .map(f ->
                        f.severity() + (f.blocking() ? " blocking " : " not blocking ") + f.key() + ": " + f.message())
                .toList();
    }
}
