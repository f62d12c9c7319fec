package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a rule concluded.
 *
 * @param score the rule's contribution to its category score, 0-100, or null when the rule could not measure
 *     anything (no evidence, nothing to measure): then it is left out of the category score, never counted as 0
 * @param findings the problems found, possibly none
 * @param byFindings how the score follows from the findings, when it does (severity decay, issue density); null
 *     for a measured score (a coverage ratio, a pass rate, a share of documented keys), which the findings only
 *     describe
 * @param sharedFixes groups of findings (indexes into {@code findings}) that one fix resolves, whose effort the
 *     first of the group carries (e.g. one upgrade for all vulnerabilities of a package); empty for most rules
 */
public record RuleOutcome(
        Double score, List<Finding> findings, FindingsScore byFindings, List<List<Integer>> sharedFixes) {
    public RuleOutcome {
        if (score != null && (score < 0 || score > 100 || score.isNaN())) {
            throw new IllegalArgumentException("score must be in [0,100]: " + score);
        }
        findings = List.copyOf(findings);
        if (byFindings != null && score == null) {
            throw new IllegalArgumentException("a score computed from findings needs the score");
        }
        sharedFixes = sharedFixes.stream().map(List::copyOf).toList();
        int count = findings.size();
        for (List<Integer> group : sharedFixes) {
            if (group.isEmpty() || group.stream().anyMatch(i -> i < 0 || i >= count)) {
                throw new IllegalArgumentException("shared fix " + group + " of " + findings.size() + " findings");
            }
        }
    }

    /** A measured score (or none), not computed from the findings. */
    public RuleOutcome(Double score, List<Finding> findings) {
        this(score, findings, null, List.of());
    }

    /** A score, measured (byFindings null) or computed from the findings; no shared fix. */
    public RuleOutcome(Double score, List<Finding> findings, FindingsScore byFindings) {
        this(score, findings, byFindings, List.of());
    }

    /** This outcome, saying which findings one fix resolves (indexes into {@link #findings}). */
    public RuleOutcome withSharedFixes(List<List<Integer>> groups) {
        return new RuleOutcome(score, findings, byFindings, groups);
    }

    public static RuleOutcome notApplicable() {
        return new RuleOutcome(null, List.of());
    }

    public static RuleOutcome unscored(List<Finding> findings) {
        return new RuleOutcome(null, findings);
    }

    /** A measured score: waivers leave it as measured unless they accept every finding (then it is N/A). */
    public static RuleOutcome scored(double score, List<Finding> findings) {
        return new RuleOutcome(score, findings);
    }

    /** A score computed from the findings: waivers leave the waived findings out of it. */
    public static RuleOutcome scoredByFindings(List<Finding> findings, FindingsScore formula) {
        return new RuleOutcome(formula.score(findings), findings, formula);
    }

    /**
     * A score computed by the rule itself (e.g. in another order than its findings, or from more items than
     * findings), which {@code formula} gives again for any subset of the findings once waivers left some out.
     */
    public static RuleOutcome scoredByFindings(double score, List<Finding> findings, FindingsScore formula) {
        return new RuleOutcome(score, findings, formula);
    }

    /** {@value SeverityDecay#FORMULA} over the findings' severities (INFO costs nothing). */
    public static RuleOutcome decayed(List<Finding> findings) {
        return scoredByFindings(findings, SeverityDecay::ofFindings);
    }

    /** Equal when they conclude the same score and findings (functions have no equality to compare). */
    @Override
    public boolean equals(Object other) {
        return other instanceof RuleOutcome that && Objects.equals(score, that.score) && findings.equals(that.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(score, findings);
    }

    @Override
    public String toString() {
        return "RuleOutcome[score=" + score + (byFindings == null ? "" : " (from findings)") + ", findings=" + findings
                + (sharedFixes.isEmpty() ? "" : ", sharedFixes=" + sharedFixes) + "]";
    }

    /**
     * The findings once waivers judged them, with the effort of each shared fix on its first unwaived finding: when
     * the finding that carried an upgrade is waived, the upgrade is still needed for the others.
     *
     * @param judged this outcome's findings after waivers, in the same order
     */
    public List<Finding> afterWaivers(List<Finding> judged) {
        requireSameSize(judged);
        List<Finding> result = new ArrayList<>(judged);
        for (List<Integer> group : sharedFixes) {
            int carrier = group.stream().filter(i -> !judged.get(i).waived()).findFirst().orElse(group.get(0));
            if (carrier == group.get(0)) {
                continue; // the rule's own attribution stands
            }
            int effort = group.stream().mapToInt(i -> judged.get(i).effortMinutes()).sum();
            for (int i : group) {
                result.set(i, judged.get(i).withEffortMinutes(i == carrier ? effort : 0));
            }
        }
        return result;
    }

    private void requireSameSize(List<Finding> judged) {
        if (judged.size() != findings.size()) {
            throw new IllegalArgumentException("judged " + judged.size() + " findings of " + findings.size());
        }
    }

    /**
     * The score once waivers judged the findings, as documented in the README:
     * <ul>
     *   <li>nothing waived: the rule's own score;
     *   <li>a score computed from findings: computed again from the unwaived ones;
     *   <li>a measured score: left out (null, N/A) when every finding is waived and the score is below 100 (the
     *       waived findings are what lowered it); else as measured: partly waived, the measurement still stands.
     * </ul>
     *
     * @param judged this outcome's findings after waivers, in the same order
     */
    public Double scoreCounting(List<Finding> judged) {
        requireSameSize(judged);
        List<Finding> counted = judged.stream().filter(f -> !f.waived()).toList();
        if (score == null || counted.size() == judged.size()) {
            return score;
        }
        if (byFindings != null) {
            return byFindings.score(counted);
        }
        return counted.isEmpty() && score < 100 ? null : score;
    }
}
