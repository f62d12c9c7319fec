package io.github.readiness.rules.score;

import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.MaturityAssessment;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores and verdict, computed here and nowhere else. The formula, printed in every report:
 * <ol>
 *   <li>Each rule that could measure gives a score 0-100; rules without evidence give none. Waived findings
 *       count nowhere: a score made of findings is computed without them; a measured score below 100 whose
 *       findings are all waived is left out (N/A); a partly waived measured score stays as measured.
 *   <li>Category score = weighted mean of its rules' scores (rule weights from policy), rounded half up;
 *       N/A when no rule of the category measured anything. A category holding an unwaived blocker is rounded down
 *       and capped at 99: a blocker never shows as 100.
 *   <li>Overall score = weighted mean of the applicable category scores (category weights from policy), rounded
 *       half up. N/A categories are left out, never counted as 0 or 100.
 *   <li>NOT_READY when any unwaived finding blocks, or the score is below minScore;
 *       CONDITIONAL when no blocker but unwaived CRITICAL/HIGH findings remain; READY otherwise.
 * </ol>
 */
public final class ScoreCalculator {
    public static final String FORMULA = "Each rule that could measure gives a score 0-100 (coverage: 100 x"
            + " measured/threshold, capped; tests: pass rate; vulnerabilities, scanner results, secrets, SNAPSHOTs,"
            + " version ranges and duplicates: 100 x 0.5^CRITICAL x 0.75^HIGH x 0.95^MEDIUM x 0.99^LOW; dependencies:"
            + " share without a known vulnerability; static analysis: 100 x 0.5^(d/20), d = (10 x HIGH + 3 x MEDIUM +"
            + " LOW issues) per KLOC; repository files and build settings: 100 present, 0 missing; licence, POM"
            + " metadata, plugin versions, configuration keys: share present; performance budgets: share of budget"
            + " checks kept; benchmarks: share of compared benchmarks that did not regress). Waived findings count"
            + " nowhere: a"
            + " score made of findings (severity decay, static analysis density) leaves them out; a measured score"
            + " below 100 whose findings are all waived is N/A, a partly waived one stays as measured. Category"
            + " score = weighted"
            + " mean of its rules' scores, rounded half up, except that a category holding an unwaived blocker is"
            + " rounded down and shown at most 99 (749 of 751 tests passing reads 99, never 100); N/A when nothing"
            + " could be measured. Overall score ="
            + " weighted mean of the applicable category scores (category weights), rounded half up; N/A categories"
            + " are left out. Verdict: NOT_READY if any unwaived finding blocks or the score is below minScore;"
            + " CONDITIONAL if CRITICAL/HIGH findings remain; READY otherwise. A blocker caps the verdict whatever"
            + " the score.";

    /** A rule's score and weight, as reported by the engine. */
    public record RuleScore(Category category, double score, int weight) {}

    private ScoreCalculator() {}

    public static List<CategoryScore> categories(
            List<Category> shown, List<RuleScore> ruleScores, List<Finding> findings, Policy policy) {
        Map<Category, double[]> sums = new EnumMap<>(Category.class); // {weighted sum, weight sum}
        for (RuleScore rule : ruleScores) {
            double[] sum = sums.computeIfAbsent(rule.category(), c -> new double[2]);
            sum[0] += rule.score() * rule.weight();
            sum[1] += rule.weight();
        }
        List<CategoryScore> result = new ArrayList<>();
        for (Category category : shown) {
            double[] sum = sums.get(category);
            boolean blocked = findings.stream().anyMatch(f -> f.category() == category && f.blocks());
            Integer score = sum == null || sum[1] == 0 ? null : categoryScore(sum[0] / sum[1], blocked);
            result.add(row(category, policy.weight(category), score, findings));
        }
        return result;
    }

    /**
     * A category's mean as shown: rounded half up, or, when the category holds an unwaived blocker, rounded down and
     * at most 99, so that 99.7 with a failing test never reads as a perfect 100.
     */
    public static int categoryScore(double mean, boolean blocked) {
        return blocked ? (int) Math.min(99, Math.floor(mean)) : (int) Math.round(mean);
    }

    /**
     * The category rows again after a later step changed the findings (the baseline comparison adds its own and may
     * stop known ones from blocking): scores and weights kept, finding, blocker and effort counts recomputed.
     */
    public static List<CategoryScore> recount(List<CategoryScore> categories, List<Finding> findings) {
        return categories.stream()
                .map(c -> row(c.category(), c.weight(), c.score(), findings))
                .toList();
    }

    /** Counts leave waived findings out (they are listed apart, with their waiver). */
    private static CategoryScore row(Category category, int weight, Integer score, List<Finding> findings) {
        List<Finding> own = findings.stream()
                .filter(f -> f.category() == category && !f.waived())
                .toList();
        int blockers = (int) own.stream().filter(Finding::blocks).count();
        int effort = own.stream().mapToInt(Finding::effortMinutes).sum();
        int waived = (int) findings.stream()
                .filter(f -> f.category() == category && f.waived())
                .count();
        return new CategoryScore(category, weight, score, own.size(), blockers, effort, waived);
    }

    /** Weighted mean of applicable categories, or null when none is applicable (or all weights are 0). */
    public static Integer overall(List<CategoryScore> categories) {
        long weighted = 0;
        long weights = 0;
        for (CategoryScore category : categories) {
            if (category.applicable()) {
                weighted += (long) category.score() * category.weight();
                weights += category.weight();
            }
        }
        return weights == 0 ? null : (int) Math.round((double) weighted / weights);
    }

    /** "score 72 is below the minimum 80", when it is; empty when the score is N/A or reaches the minimum. */
    public static Optional<String> belowMinScore(Integer score, int minScore) {
        return score != null && score < minScore
                ? Optional.of("score " + score + " is below the minimum " + minScore)
                : Optional.empty();
    }

    /**
     * The verdict of one module, decided once: {@link #verdict(Integer, List, int, List)}, then a required maturity
     * level not reached makes it NOT_READY with a reason naming both levels (a level spans every category: a verdict
     * reason, not a finding).
     *
     * @param maturity the maturity assessment, or null when none was made
     */
    public static Verdict verdict(
            Integer score, List<Finding> findings, int minScore, MaturityAssessment maturity, List<String> reasons) {
        Verdict verdict = verdict(score, findings, minScore, reasons);
        if (maturity == null || !maturity.belowRequired()) {
            return verdict;
        }
        // what the next level needs is listed once, with the maturity level, not again in the reason
        reasons.add("maturity level " + maturity.level().id() + " is below the required "
                + maturity.required().id());
        return Verdict.NOT_READY;
    }

    public static Verdict verdict(Integer score, List<Finding> findings, int minScore, List<String> reasons) {
        long blockers = findings.stream().filter(Finding::blocks).count();
        if (blockers > 0) {
            reasons.add(blockers + (blockers == 1 ? " blocking finding" : " blocking findings") + " to fix or waive");
        }
        // no score at all without a blocker means nothing to measure (no code, every rule OFF): missing or
        // unusable evidence always comes with a blocker of its own, so this cannot hide a gap
        belowMinScore(score, minScore).ifPresent(reasons::add);
        if (!reasons.isEmpty()) {
            return Verdict.NOT_READY;
        }
        long high = findings.stream()
                .filter(f -> !f.waived() && (f.severity() == Severity.CRITICAL || f.severity() == Severity.HIGH))
                .count();
        if (high > 0) {
            reasons.add(high + (high == 1 ? " HIGH finding" : " HIGH findings") + " to fix or waive");
            return Verdict.CONDITIONAL;
        }
        return Verdict.READY;
    }
}
