package io.github.readiness.rules;

import static io.github.readiness.rules.EvidenceFixtures.PROJECT;
import static io.github.readiness.rules.EvidenceFixtures.TOOL;
import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.evidence;
import static io.github.readiness.rules.EvidenceFixtures.missing;
import static io.github.readiness.rules.EvidenceFixtures.tests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.Scorecard;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessEngineTest {
    private final ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
    private final Policy policy = engine.defaultPolicy();

    private Scorecard evaluate(ProjectEvidence evidence, Policy policy) {
        return engine.evaluate(PROJECT, evidence, policy, TOOL);
    }

    @Test
    void healthyProjectIsReadyWithFullScores() {
        Scorecard card = evaluate(EvidenceFixtures.healthy(), policy);
        assertEquals(Verdict.READY, card.verdict());
        assertEquals(100, card.score());
        assertEquals(
                List.of(Category.values()),
                card.categories().stream().map(CategoryScore::category).toList());
        assertEquals(
                List.of(false, false, true, true, true, true, true, true, true, true, true, true),
                card.categories().stream().map(c -> c.score() == null).toList(),
                "no audit, no scanner, no build model, repository, source scan or service evidence: N/A");
        assertTrue(card.findings().isEmpty());
        assertTrue(card.verdictReasons().isEmpty());
    }

    @ParameterizedTest(name = "line {0}/{1}, branch {2}/{3}, tests {4} failing {5}")
    @CsvSource({
        // lineCov, lineMiss, brCov, brMiss, tests, failures, coverageScore, testsScore, overall, verdict
        "90, 10, 8, 2, 10, 0, 100, 100, 100, READY",
        "70, 30, 8, 2, 10, 0, 93, 100, 97, NOT_READY", // line 87.5 -> mean 93.75, rounded down (it blocks) -> 93
        "40, 60, 2, 8, 10, 0, 39, 100, 70, NOT_READY", // (50 + 28.57) / 2 = 39.3 -> 39; (39*3 + 100*3) / 6 = 69.5 -> 70
        "90, 10, 8, 2, 10, 5, 100, 75, 88, NOT_READY", // pass rate 50 % and tests.executed 100 -> 75
    })
    void scoresAreWeightedMeansAndBlockersCapTheVerdict(
            long lc,
            long lm,
            long bc,
            long bm,
            int tests,
            int failures,
            int coverageScore,
            int testsScore,
            int overall,
            Verdict verdict) {
        io.github.readiness.rules.evidence.FailedTest[] failed =
                new io.github.readiness.rules.evidence.FailedTest[failures];
        for (int i = 0; i < failures; i++) {
            failed[i] = new io.github.readiness.rules.evidence.FailedTest(
                    "T", "t" + i, io.github.readiness.rules.evidence.FailedTest.Kind.FAILURE, null, "boom", null);
        }
        Scorecard card = evaluate(evidence(coverage(lc, lm, bc, bm), tests(tests, failures, 0, 0, failed)), policy);
        assertEquals(coverageScore, card.categories().get(0).score());
        assertEquals(testsScore, card.categories().get(1).score());
        assertEquals(overall, card.score());
        assertEquals(verdict, card.verdict());
    }

    @Test
    void aBlockerMakesItNotReadyEvenWithAScoreAboveTheMinimum() {
        Scorecard card = evaluate(evidence(coverage(70, 30, 10, 0), tests(10, 0, 0, 0)), policy);
        assertEquals(97, card.score()); // line 87.5 and branch 100 -> 94; (94 + 100) / 2 = 97 >= 80
        assertEquals(Verdict.NOT_READY, card.verdict());
        assertEquals(List.of("1 blocking finding to fix or waive"), card.verdictReasons());
    }

    @Test
    void warnLevelReportsWithoutBlockingAndHighFindingsMakeItConditional() {
        Scorecard card = evaluate(
                evidence(coverage(79, 21, 10, 0), tests(10, 0, 0, 0)), policy.withLevel("coverage.line", "WARN"));
        assertEquals(Verdict.CONDITIONAL, card.verdict());
        Finding finding = card.findings().get(0);
        assertFalse(finding.blocking());
        assertEquals(List.of("1 HIGH finding to fix or waive"), card.verdictReasons());
    }

    @Test
    void scoreBelowMinimumIsNotReadyWithoutBlockers() {
        Scorecard card = evaluate(
                evidence(coverage(70, 30, 10, 0), tests(10, 0, 0, 0)),
                policy.withLevel("coverage.line", "WARN").withMinScore(98));
        assertEquals(Verdict.NOT_READY, card.verdict());
        assertEquals(List.of("score 97 is below the minimum 98"), card.verdictReasons());
    }

    @Test
    void missingEvidenceIsNotApplicableAndBlocks() {
        Scorecard card = evaluate(
                evidence(
                        missing(EvidenceStatus.NOT_AVAILABLE, "jacoco", "target/jacoco.exec", "none"),
                        tests(10, 0, 0, 0)),
                policy);
        assertNull(card.categories().get(0).score(), "no coverage evidence: N/A, not 0");
        assertEquals(100, card.score(), "N/A categories are left out of the mean");
        assertEquals(Verdict.NOT_READY, card.verdict());
        assertEquals("coverage.evidence", card.blockers().get(0).rule());
    }

    @Test
    void aModuleWithoutCodeHasNothingToMeasureAndNothingBlocks() {
        Scorecard card = evaluate(
                evidence(
                        missing(EvidenceStatus.NOT_APPLICABLE, "jacoco", "target/classes", "no classes"),
                        missing(EvidenceStatus.NOT_APPLICABLE, "surefire", "target/surefire-reports", "no tests")),
                policy);
        assertNull(card.score());
        assertTrue(card.findings().isEmpty());
        assertEquals(Verdict.READY, card.verdict());
    }

    @Test
    void unusableEvidenceWithoutAnyScoreStillBlocks() {
        Scorecard card = evaluate(
                evidence(
                        missing(EvidenceStatus.NOT_RUN, "jacoco", "target/jacoco.exec", "skipped"),
                        missing(EvidenceStatus.NOT_RUN, "surefire", "target/surefire-reports", "skipped")),
                policy);
        assertNull(card.score());
        assertEquals(Verdict.NOT_READY, card.verdict());
        assertEquals(List.of("2 blocking findings to fix or waive"), card.verdictReasons());
    }

    @Test
    void offRulesAreNotEvaluatedAndTheirCategoryDisappears() {
        Policy coverageOff = policy.withLevel("coverage.evidence", "OFF")
                .withLevel("coverage.line", "OFF")
                .withLevel("coverage.branch", "OFF");
        Scorecard card = evaluate(
                evidence(
                        missing(EvidenceStatus.NOT_AVAILABLE, "jacoco", "target/jacoco.exec", "none"),
                        tests(10, 0, 0, 0)),
                coverageOff);
        assertEquals(
                List.of(
                        Category.TESTS,
                        Category.SECURITY,
                        Category.DEPENDENCIES,
                        Category.CODE_QUALITY,
                        Category.DOCUMENTATION,
                        Category.BUILD_RELEASE,
                        Category.CONFIGURATION,
                        Category.DEPLOYMENT,
                        Category.DATA,
                        Category.OBSERVABILITY,
                        Category.PERFORMANCE),
                card.categories().stream().map(CategoryScore::category).toList());
        assertEquals(Verdict.READY, card.verdict());
        assertFalse(card.rules().stream().anyMatch(r -> r.id().startsWith("coverage.")));
    }

    @Test
    void findingsAreSortedBlockersFirstThenBySeverity() {
        Scorecard card = evaluate(evidence(coverage(10, 90, 6, 4), tests(0, 0, 0, 0)), policy);
        List<String> order =
                card.findings().stream().map(f -> f.severity() + " " + f.rule()).toList();
        assertEquals(List.of("CRITICAL coverage.line", "CRITICAL tests.executed", "HIGH coverage.branch"), order);
    }
}
