package io.github.readiness.rules.baseline;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.BaselineSettings;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.RuleLevel;
import io.github.readiness.rules.rule.BaselineRatchetRule;
import io.github.readiness.rules.rule.Percent;
import io.github.readiness.rules.score.BaselineDelta;
import io.github.readiness.rules.score.BaselineDelta.CategoryChange;
import io.github.readiness.rules.score.BaselineDelta.RatioChange;
import io.github.readiness.rules.score.BaselineDelta.ScoreChange;
import io.github.readiness.rules.score.CategoryScore;
import io.github.readiness.rules.score.ScoreCalculator;
import io.github.readiness.rules.score.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a scored build with the committed baseline, a pure step after scoring:
 * <ol>
 *   <li>a score drop of more than the score tolerance, and a line coverage drop of more than the coverage tolerance
 *       (percentage points), are findings of {@code baseline.ratchet} (HIGH, blocking at level ERROR);
 *   <li>with {@code newProblemsOnly}, findings whose fingerprint is in the baseline stop blocking; they stay in the
 *       report, marked as known, and new findings block as usual;
 *   <li>category counts and the verdict are recomputed through {@link ScoreCalculator}; the scores are not (the
 *       ratchet measures the score, it does not change it);
 *   <li>the deltas for score, each category and coverage go into the scorecard for every renderer.
 * </ol>
 * Findings that are waived stay as they are: a waiver already decided about them.
 */
public final class BaselineComparison {
    private BaselineComparison() {}

    /**
     * @param file the baseline file as reports show it
     * @param policy for {@link Policy#baselineSettings()} and the level of {@code baseline.ratchet}
     */
    public static Scorecard apply(Scorecard card, ProjectEvidence evidence, Baseline baseline, String file,
            Policy policy) {
        BaselineSettings settings = policy.baselineSettings();
        Set<String> baselined = baseline.fingerprints();
        Set<String> seen = new HashSet<>();
        List<Finding> findings = new ArrayList<>();
        Set<Finding> known = new LinkedHashSet<>();
        int newFindings = 0;
        for (Finding finding : card.findings()) {
            String fingerprint = Fingerprint.of(finding);
            seen.add(fingerprint);
            if (finding.waived() || finding.rule().equals(BaselineRatchetRule.ID)) {
                findings.add(finding); // a waiver already decided; the ratchet's own findings are never known
                if (finding.waived() && baselined.contains(fingerprint)) {
                    known.add(finding);
                }
            } else if (baselined.contains(fingerprint)) {
                Finding kept = settings.newProblemsOnly() ? finding.asNonBlocking() : finding;
                findings.add(kept);
                known.add(kept);
            } else {
                findings.add(finding);
                newFindings++;
            }
        }
        ScoreChange score = new ScoreChange(baseline.score(), card.score());
        CoverageRatios coverage = CoverageRatios.of(evidence.coverage());
        RatioChange line = new RatioChange(baseline.coverage().line(), coverage.line());
        RatioChange branch = new RatioChange(baseline.coverage().branch(), coverage.branch());
        RuleLevel level = policy.rule(BaselineRatchetRule.ID).level();
        if (level != RuleLevel.OFF) {
            List<Finding> drops = new ArrayList<>();
            scoreDrop(score, settings.scoreTolerance()).ifPresent(drops::add);
            lineCoverageDrop(line, settings.coverageTolerance()).ifPresent(drops::add);
            drops.forEach(drop -> findings.add(level == RuleLevel.WARN ? drop.asNonBlocking() : drop));
        }
        findings.sort(ReadinessEngine.REPORT_ORDER);
        int resolved = (int) baselined.stream().filter(fingerprint -> !seen.contains(fingerprint)).count();
        BaselineDelta delta = new BaselineDelta(file, settings, score, categoryChanges(card, baseline), line, branch,
                known, newFindings, resolved);
        List<String> reasons = new ArrayList<>();
        Verdict verdict = ScoreCalculator.verdict(card.score(), findings, card.minScore(), reasons);
        return new Scorecard(card.tool(), card.project(), card.score(), verdict, card.minScore(), reasons,
                ScoreCalculator.recount(card.categories(), findings), findings, card.evidence(), card.rules(), card.waivers(),
                delta, card.maturity(), card.measurements(), card.rulesOff());
    }

    private static List<CategoryChange> categoryChanges(Scorecard card, Baseline baseline) {
        List<CategoryChange> changes = new ArrayList<>();
        for (CategoryScore category : card.categories()) {
            changes.add(new CategoryChange(category.category(), baseline.score(category.category()), category.score()));
        }
        return changes;
    }

    private static Optional<Finding> scoreDrop(ScoreChange score, int tolerance) {
        if (score.delta() == null || -score.delta() <= tolerance) {
            return Optional.empty();
        }
        String message = "score fell from " + score.was() + " to " + score.now() + " since the baseline, "
                + allowed(String.valueOf(tolerance), tolerance == 1);
        return Optional.of(ratchet(Category.BUILD_RELEASE, BaselineRatchetRule.SCORE_KEY, message,
                (double) score.now(), (double) (score.was() - tolerance)));
    }

    private static Optional<Finding> lineCoverageDrop(RatioChange line, double tolerance) {
        if (line.delta() == null) {
            return Optional.empty();
        }
        BigDecimal dropPoints = BigDecimal.valueOf(line.delta()).negate().movePointRight(2);
        BigDecimal allowedPoints = BigDecimal.valueOf(tolerance);
        if (dropPoints.compareTo(allowedPoints) <= 0) {
            return Optional.empty();
        }
        String message = "line coverage fell from " + Percent.measured(line.was()) + " to "
                + Percent.measured(line.now()) + " since the baseline (" + points(dropPoints)
                + (dropPoints.compareTo(BigDecimal.ONE) == 0 ? " point), " : " points), ")
                + allowed(points(allowedPoints), allowedPoints.compareTo(BigDecimal.ONE) == 0);
        double lowest = Math.max(0, BigDecimal.valueOf(line.was()).subtract(allowedPoints.movePointLeft(2))
                .doubleValue());
        return Optional.of(ratchet(Category.TEST_COVERAGE, BaselineRatchetRule.LINE_COVERAGE_KEY, message,
                line.now(), lowest));
    }

    private static String allowed(String tolerance, boolean singular) {
        return "0".equals(tolerance)
                ? "and the baseline allows no drop"
                : "more than the " + tolerance + (singular ? " point" : " points") + " allowed";
    }

    private static String points(BigDecimal points) {
        BigDecimal stripped = points.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static Finding ratchet(Category category, String key, String message, double measured, double expected) {
        return new Finding(BaselineRatchetRule.ID, category, Severity.HIGH, true, key, message, measured, expected,
                null, BaselineRatchetRule.METADATA.remediation(), 0, false);
    }
}
