package io.github.readiness.rules.rule.coverage;

import static io.github.readiness.rules.EvidenceFixtures.coverage;
import static io.github.readiness.rules.EvidenceFixtures.evidence;
import static io.github.readiness.rules.EvidenceFixtures.tests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.RuleLevel;
import io.github.readiness.rules.policy.RuleSettings;
import io.github.readiness.rules.rule.Rule;
import io.github.readiness.rules.rule.RuleOutcome;
import io.github.readiness.rules.rule.RuleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageRatioRuleTest {
    private static RuleOutcome line(ProjectEvidence evidence, double threshold) {
        Rule rule = new LineCoverageRule();
        return RuleRun.run(rule, evidence, new RuleSettings(RuleLevel.ERROR, threshold, 1));
    }

    private static RuleOutcome branch(ProjectEvidence evidence, double threshold) {
        Rule rule = new BranchCoverageRule();
        return RuleRun.run(rule, evidence, new RuleSettings(RuleLevel.ERROR, threshold, 1));
    }

    @ParameterizedTest(name = "{0} covered, {1} missed at {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // covered | missed | threshold | score | severity | effort | message
                "80| 20| 0.8| 100| | 0| ",
                "100| 0| 0.8| 100| | 0| ",
                "7| 3| 0.7| 100| | 0| ",
                "79| 21| 0.8| 98.75| HIGH| 5| line coverage is 79.0 %, but expected minimum is 80 % (79 of 100 lines covered; 1 more needed)",
                "39| 61| 0.8| 48.75| CRITICAL| 205| line coverage is 39.0 %, but expected minimum is 80 % (39 of 100 lines covered; 41 more needed)",
                "0| 10| 0.8| 0| CRITICAL| 40| line coverage is 0.0 %, but expected minimum is 80 % (0 of 10 lines covered; 8 more needed)",
                "7999| 2001| 0.8| 99.9875| HIGH| 5| line coverage is 79.9 %, but expected minimum is 80 % (7999 of 10000 lines covered; 1 more needed)",
                "151| 49| 0.755| 100| | 0| ",
                "150| 50| 0.755| 99.34| HIGH| 5| line coverage is 75.0 %, but expected minimum is 75.5 % (150 of 200 lines covered; 1 more needed)"
            })
    void lineCoverageAgainstThreshold(
            long covered, long missed, double threshold, double score, String severity, int effort, String message) {
        RuleOutcome outcome = line(evidence(coverage(covered, missed, 1, 0), tests(1, 0, 0, 0)), threshold);
        assertEquals(score, outcome.score(), 0.01);
        if (severity == null) {
            assertTrue(outcome.findings().isEmpty(), outcome.findings().toString());
            return;
        }
        assertEquals(1, outcome.findings().size());
        Finding finding = outcome.findings().get(0);
        assertEquals(severity, finding.severity().name());
        assertTrue(finding.blocking());
        assertEquals("coverage.line", finding.rule());
        assertEquals(message, finding.message());
        assertEquals(effort, finding.effortMinutes());
        assertEquals(threshold, finding.expected());
        assertEquals((double) covered / (covered + missed), finding.measured(), 1e-12);
    }

    @Test
    void branchCoverageUsesTheBranchCounterAndItsOwnEffort() {
        RuleOutcome outcome = branch(evidence(coverage(100, 0, 6, 4), tests(1, 0, 0, 0)), 0.7);
        Finding finding = outcome.findings().get(0);
        assertEquals("coverage.branch", finding.rule());
        assertEquals(
                "branch coverage is 60.0 %, but expected minimum is 70 % (6 of 10 branches covered; 1 more needed)",
                finding.message());
        assertEquals(10, finding.effortMinutes());
    }

    @Test
    void nothingToCoverIsNotApplicableNeitherZeroNorHundred() {
        RuleOutcome outcome = branch(evidence(coverage(10, 0, 0, 0), tests(1, 0, 0, 0)), 0.7);
        assertNull(outcome.score());
        assertTrue(outcome.findings().isEmpty());
    }

    @Test
    void missingEvidenceIsLeftToTheEvidenceRule() {
        RuleOutcome outcome = line(
                evidence(
                        EvidenceFixtures.missing(
                                EvidenceStatus.NOT_AVAILABLE, "jacoco", "target/jacoco.exec", "no coverage data"),
                        tests(1, 0, 0, 0)),
                0.8);
        assertNull(outcome.score());
        assertTrue(outcome.findings().isEmpty());
    }
}
