package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What a rule concluded: its findings, and how its score follows from them. Scoring (score/) rescores it once waivers
 * judged the findings ({@code WaiverRescoring}); a rule only finds.
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

    /** This outcome, saying which findings one fix resolves (indexes into {@link #findings}). */
    public RuleOutcome withSharedFixes(List<List<Integer>> groups) {
        return new RuleOutcome(score, findings, byFindings, groups);
    }

    public static RuleOutcome notApplicable() {
        return new RuleOutcome(null, List.of(), null, List.of());
    }

    public static RuleOutcome unscored(List<Finding> findings) {
        return new RuleOutcome(null, findings, null, List.of());
    }

    /** A measured score: waivers leave it as measured unless they accept every finding (then it is N/A). */
    public static RuleOutcome scored(double score, List<Finding> findings) {
        return new RuleOutcome(score, findings, null, List.of());
    }

    /** A score computed from the findings: waivers leave the waived findings out of it. */
    public static RuleOutcome scoredByFindings(List<Finding> findings, FindingsScore formula) {
        return new RuleOutcome(formula.score(findings), findings, formula, List.of());
    }

    /**
     * A score computed by the rule itself (e.g. in another order than its findings, or from more items than
     * findings), which {@code formula} gives again for any subset of the findings once waivers left some out.
     */
    public static RuleOutcome scoredByFindings(double score, List<Finding> findings, FindingsScore formula) {
        return new RuleOutcome(score, findings, formula, List.of());
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
}
