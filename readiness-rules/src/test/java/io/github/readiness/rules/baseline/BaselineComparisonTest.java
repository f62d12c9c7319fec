package io.github.readiness.rules.baseline;

import static io.github.readiness.rules.baseline.BaselineFixtures.POLICY;
import static io.github.readiness.rules.baseline.BaselineFixtures.baselineOf;
import static io.github.readiness.rules.baseline.BaselineFixtures.build;
import static io.github.readiness.rules.baseline.BaselineFixtures.card;
import static io.github.readiness.rules.baseline.BaselineFixtures.failing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.EvaluationRequest;
import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.BaselineSettings;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.score.BaselineDelta;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.ScoreCalculator;
import io.github.readiness.rules.score.Scorecard;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BaselineComparisonTest {
    private static final String FILE = "readiness-baseline.json";

    private static Scorecard compare(ProjectEvidence then, ProjectEvidence now, Policy policy) {
        return BaselineFixtures.ENGINE.evaluate(EvaluationRequest.of(
                        EvidenceFixtures.PROJECT, EvidenceFixtures.TOOL, now, policy, LocalDate.now(ZoneOffset.UTC))
                .withBaseline(baselineOf(then), FILE));
    }

    private static Policy settings(int scoreTolerance, double coverageTolerance, boolean newProblemsOnly) {
        return POLICY.withBaselineSettings(new BaselineSettings(scoreTolerance, coverageTolerance, newProblemsOnly));
    }

    private static List<Finding> ratchet(Scorecard card) {
        return card.findings().stream()
                .filter(f -> f.rule().equals("baseline.ratchet"))
                .toList();
    }

    private static CategoryScore row(Scorecard card, Category category) {
        return card.categories().stream()
                .filter(c -> c.category() == category)
                .findFirst()
                .orElseThrow();
    }

    // branch coverage 80 % and 20 passing tests throughout; line coverage moves. Scores: line 70 % -> 97, 72 % -> 98,
    // 66 % -> 96, 50 % -> 91 (line score = 100 x ratio / 0.8, coverage = mean with branch 100, overall with tests 100)
    @ParameterizedTest(name = "line {0} % -> {1} %, tolerances {2}/{3}: {4}")
    @CsvSource(
            delimiter = '|',
            value = {
                "70 | 70 | 0 | 0   | -",
                "70 | 72 | 0 | 0   | -", // a rise is never a finding
                "70 | 66 | 2 | 5   | -", // 97 -> 96 and 4 points: within both tolerances
                "70 | 66 | 1 | 4   | -", // exactly the tolerance is allowed
                "70 | 66 | 0 | 5   | score fell from 97 to 96 since the baseline, and the baseline allows no drop",
                "70 | 66 | 2 | 3.5 | line coverage fell from 70.0 % to 66.0 % since the baseline (4 points), more than the 3.5"
                        + " points allowed",
                "70 | 50 | 1 | 0   | score fell from 97 to 91 since the baseline, more than the 1 point allowed;"
                        + " line coverage fell from 70.0 % to 50.0 % since the baseline (20 points), and the baseline allows"
                        + " no drop",
            })
    void scoreAndLineCoverageMayNotDropMoreThanTheirTolerance(
            long then, long now, int scoreTolerance, double coverageTolerance, String expected) {
        Scorecard card = compare(
                build(then, 100 - then, 8, 2),
                build(now, 100 - now, 8, 2),
                settings(scoreTolerance, coverageTolerance, false));
        List<String> expectedMessages = expected.equals("-") ? List.of() : Arrays.asList(expected.split("; "));
        List<Finding> drops = ratchet(card);
        assertEquals(
                expectedMessages.stream().sorted().toList(),
                drops.stream().map(Finding::message).sorted().toList());
        for (Finding drop : drops) {
            assertTrue(drop.blocks(), "level ERROR: a drop blocks");
            assertEquals(drop.key().equals("score") ? Category.BUILD_RELEASE : Category.TEST_COVERAGE, drop.category());
        }
        assertEquals(Verdict.NOT_READY, card.verdict(), "line coverage below 80 % blocks in every row but the rise");
    }

    @Test
    void aDropFindingCarriesWhatWasMeasuredAndTheLowestAllowed() {
        Scorecard card = compare(build(70, 30, 8, 2), build(50, 50, 8, 2), settings(2, 2.5, false));
        Finding score = ratchet(card).stream()
                .filter(f -> f.key().equals("score"))
                .findFirst()
                .orElseThrow();
        Finding line = ratchet(card).stream()
                .filter(f -> f.key().equals("coverage.line"))
                .findFirst()
                .orElseThrow();
        assertEquals(91.0, score.measured());
        assertEquals(95.0, score.expected(), "97 minus the 2 points allowed");
        assertEquals(0.5, line.measured());
        assertEquals(0.675, line.expected(), 1e-12, "70 % minus 2.5 points");
        assertEquals(
                "Fix what lowered the score or coverage since the baseline (compare the category deltas); if the"
                        + " drop is accepted, write a new baseline with mvn readiness:baseline and commit it.",
                line.remediation());
    }

    @Test
    void newProblemsOnlyLetsKnownFindingsStopBlockingWhileANewOneBlocks() {
        ProjectEvidence then = build(70, 30, 8, 2, failing("RefundTest#refundsTwice"));
        ProjectEvidence now = build(70, 30, 8, 2, failing("RefundTest#refundsTwice"), failing("CardTest#expires"));
        Scorecard card = compare(then, now, settings(100, 0, true));
        assertEquals(
                List.of("tests.failures com.acme.pay.CardTest#expires"),
                card.blockers().stream().map(f -> f.rule() + " " + f.key()).toList());
        assertEquals(Verdict.NOT_READY, card.verdict());
        assertEquals(List.of("1 blocking finding to fix or waive"), card.verdictReasons());
        List<Finding> known =
                card.findings().stream().filter(card.baseline()::isKnown).toList();
        assertEquals(
                List.of("coverage.line", "tests.failures"),
                known.stream().map(Finding::rule).toList());
        assertTrue(known.stream().allMatch(f -> f.blocking() == false && !f.waived()), "known: reported, not blocking");
        assertEquals(1, card.baseline().newFindings());
        assertEquals(0, row(card, Category.TEST_COVERAGE).blockers(), "category counts follow the findings");
        assertEquals(1, row(card, Category.TESTS).blockers());
    }

    @Test
    void withOnlyKnownFindingsTheVerdictIsRecomputedFromWhatStillCounts() {
        ProjectEvidence build = build(70, 30, 8, 2, failing("RefundTest#refundsTwice"));
        Scorecard plain = card(build, POLICY);
        assertEquals(Verdict.NOT_READY, plain.verdict());
        Scorecard card = compare(build, build, settings(0, 0, true));
        assertEquals(Verdict.CONDITIONAL, card.verdict(), "no blocker left, HIGH findings remain");
        assertEquals(List.of("2 HIGH findings to fix or waive"), card.verdictReasons());
        assertEquals(plain.score(), card.score(), "the comparison never changes the score");
        assertEquals(plain.findings().size(), card.findings().size(), "known findings stay in the report");
    }

    @Test
    void withoutNewProblemsOnlyKnownFindingsAreMarkedButStillBlock() {
        ProjectEvidence build = build(70, 30, 8, 2);
        Scorecard card = compare(build, build, settings(0, 0, false));
        assertEquals(Verdict.NOT_READY, card.verdict());
        Finding line = card.blockers().get(0);
        assertEquals("coverage.line", line.rule());
        assertTrue(card.baseline().isKnown(line));
        assertEquals(0, card.baseline().newFindings());
    }

    @Test
    void theMinimumScoreStillApplies() {
        ProjectEvidence build = build(70, 30, 8, 2);
        Scorecard card = compare(build, build, settings(0, 0, true).withMinScore(98));
        assertEquals(Verdict.NOT_READY, card.verdict());
        assertEquals(List.of("score 97 is below the minimum 98"), card.verdictReasons());
    }

    @Test
    void aBuildComparedWithItsOwnBaselineShowsNoChange() {
        ProjectEvidence build = build(200, 100, 2, 1, failing("RefundTest#refundsTwice")); // 66.67 %: rounding
        Scorecard card = compare(build, build, settings(0, 0, false));
        BaselineDelta delta = card.baseline();
        assertTrue(ratchet(card).isEmpty());
        assertEquals(0, delta.score().delta());
        assertEquals(0.0, delta.lineCoverage().delta());
        assertEquals(0.6667, delta.lineCoverage().now());
        assertTrue(delta.categories().stream().allMatch(c -> c.delta() == null || c.delta() == 0));
        assertEquals(List.of(0, 0), List.of(delta.newFindings(), delta.resolvedFindings()));
        assertEquals(card.findings().size(), delta.known().size());
    }

    @Test
    void deltasCoverScoreEachCategoryAndCoverage() {
        ProjectEvidence then = build(70, 30, 8, 2, failing("RefundTest#refundsTwice"));
        ProjectEvidence now = build(50, 50, 9, 1);
        BaselineDelta delta = compare(then, now, settings(100, 100, false)).baseline();
        assertEquals(FILE, delta.file());
        assertEquals(new BaselineDelta.ScoreChange(card(then, POLICY).score(), 91), delta.score());
        BaselineDelta.CategoryChange coverage = delta.categories().get(0);
        assertEquals(Category.TEST_COVERAGE, coverage.category());
        assertEquals(-12, coverage.delta(), "93 -> 81 (93.75 and 81.25 rounded down: both hold a coverage blocker)");
        BaselineDelta.CategoryChange security = delta.categories().stream()
                .filter(c -> c.category() == Category.SECURITY)
                .findFirst()
                .orElseThrow();
        assertNull(security.delta(), "N/A then and now");
        assertEquals(-0.2, delta.lineCoverage().delta(), 1e-12);
        assertEquals(0.1, delta.branchCoverage().delta(), 1e-12);
        assertEquals(1, delta.resolvedFindings(), "the failing test was fixed");
        assertEquals(0, delta.newFindings(), "coverage.line was already in the baseline");
    }

    @Test
    void coverageNotMeasuredNowIsNoDropOfItsOwn() {
        ProjectEvidence now = EvidenceFixtures.evidence(
                EvidenceFixtures.missing(EvidenceStatus.NOT_AVAILABLE, "jacoco", "target/jacoco.exec", "none"),
                EvidenceFixtures.tests(20, 0, 0, 0));
        Scorecard card = compare(build(70, 30, 8, 2), now, settings(100, 0, false));
        assertTrue(ratchet(card).isEmpty(), "coverage.evidence blocks on its own");
        assertNull(card.baseline().lineCoverage().delta());
        assertEquals("coverage.evidence", card.blockers().get(0).rule());
    }

    @Test
    void levelWarnReportsADropWithoutBlockingAndOffIgnoresIt() {
        ProjectEvidence then = build(90, 10, 8, 2);
        ProjectEvidence now = build(85, 15, 8, 2); // still above 80 %: only the drop could block
        Scorecard warn = compare(then, now, POLICY.withLevel("baseline.ratchet", "WARN"));
        assertEquals(1, ratchet(warn).size());
        assertFalse(ratchet(warn).get(0).blocks());
        assertEquals(Verdict.CONDITIONAL, warn.verdict(), "a HIGH finding, not a blocker");
        Scorecard error = compare(then, now, POLICY);
        assertEquals(Verdict.NOT_READY, error.verdict());
        assertEquals(1, row(error, Category.TEST_COVERAGE).blockers());
        Scorecard off = compare(then, now, POLICY.withLevel("baseline.ratchet", "OFF"));
        assertTrue(ratchet(off).isEmpty());
        assertEquals(Verdict.READY, off.verdict());
        assertEquals(-5, Math.round(off.baseline().lineCoverage().delta() * 100), "deltas are still shown");
    }

    @Test
    void waivedFindingsAreLeftAsTheyAre() {
        ProjectEvidence build = build(70, 30, 8, 2);
        Scorecard plain = card(build, POLICY);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : plain.findings()) {
            findings.add(new Finding(
                    f.rule(),
                    f.category(),
                    f.severity(),
                    f.blocking(),
                    f.key(),
                    f.message(),
                    f.measured(),
                    f.expected(),
                    f.location(),
                    f.remediation(),
                    f.effortMinutes(),
                    true));
        }
        BaselineComparison.Compared card = BaselineComparison.compare(
                findings,
                plain.score(),
                plain.categories(),
                build,
                baselineOf(build),
                FILE,
                settings(0, 0, true).baselineSettings());
        assertEquals(findings, card.findings(), "still waived, still blocking once the waiver ends");
        assertEquals(0, card.delta().newFindings());
        assertTrue(card.delta().isKnown(findings.get(0)));
        assertEquals(
                Verdict.READY,
                ScoreCalculator.verdict(plain.score(), card.findings(), plain.minScore(), null, new ArrayList<>()),
                "nothing unwaived is left");
    }
}
