package io.github.readiness.rules.baseline;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.policy.BaselineSettings;
import io.github.readiness.rules.rule.baseline.BaselineRatchetRule;
import io.github.readiness.rules.score.BaselineDelta;
import io.github.readiness.rules.score.BaselineDelta.CategoryChange;
import io.github.readiness.rules.score.BaselineDelta.RatioChange;
import io.github.readiness.rules.score.BaselineDelta.ScoreChange;
import io.github.readiness.rules.score.CategoryScore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a scored build with the committed baseline, a pure step of the engine's second stage:
 * <ol>
 *   <li>with {@code newProblemsOnly}, findings whose fingerprint is in the baseline stop blocking; they stay in the
 *       report, marked as known, and new findings block as usual;
 *   <li>the deltas for score, each category and coverage go into the scorecard for every renderer.
 * </ol>
 * Findings that are waived stay as they are: a waiver already decided about them. The drops beyond the tolerances
 * are the findings of the rule {@code baseline.ratchet}; the engine decides the verdict once, after both.
 */
public final class BaselineComparison {
    private BaselineComparison() {}

    /** The findings, known ones marked, and the deltas. */
    public record Compared(List<Finding> findings, BaselineDelta delta) {}

    /**
     * @param findings the first stage's findings
     * @param score the first stage's overall score
     * @param categories the first stage's category rows
     * @param file the baseline file as reports show it
     */
    public static Compared compare(
            List<Finding> findings,
            Integer score,
            List<CategoryScore> categories,
            ProjectEvidence evidence,
            Baseline baseline,
            String file,
            BaselineSettings settings) {
        Set<String> baselined = baseline.fingerprints();
        Set<String> seen = new HashSet<>();
        List<Finding> compared = new ArrayList<>();
        Set<Finding> known = new LinkedHashSet<>();
        int newFindings = 0;
        for (Finding finding : findings) {
            if (finding.rule().equals(BaselineRatchetRule.ID)) {
                compared.add(finding); // the ratchet's own findings are never known, nor new
                continue;
            }
            String fingerprint = Fingerprint.of(finding);
            seen.add(fingerprint);
            if (finding.waived()) {
                compared.add(finding); // a waiver already decided
                if (baselined.contains(fingerprint)) {
                    known.add(finding);
                }
            } else if (baselined.contains(fingerprint)) {
                Finding kept = settings.newProblemsOnly() ? finding.asNonBlocking() : finding;
                compared.add(kept);
                known.add(kept);
            } else {
                compared.add(finding);
                newFindings++;
            }
        }
        CoverageRatios coverage = CoverageRatios.of(evidence.coverage());
        int resolved = (int) baselined.stream()
                .filter(fingerprint -> !seen.contains(fingerprint))
                .count();
        BaselineDelta delta = new BaselineDelta(
                file,
                settings,
                new ScoreChange(baseline.score(), score),
                categoryChanges(categories, baseline),
                new RatioChange(baseline.coverage().line(), coverage.line()),
                new RatioChange(baseline.coverage().branch(), coverage.branch()),
                known,
                newFindings,
                resolved);
        return new Compared(compared, delta);
    }

    private static List<CategoryChange> categoryChanges(List<CategoryScore> categories, Baseline baseline) {
        List<CategoryChange> changes = new ArrayList<>();
        for (CategoryScore category : categories) {
            changes.add(new CategoryChange(category.category(), baseline.score(category.category()), category.score()));
        }
        return changes;
    }
}
