package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.Finding;
import java.util.List;

/**
 * What a rule concluded.
 *
 * @param score the rule's contribution to its category score, 0-100, or null when the rule could not measure
 *     anything (no evidence, nothing to measure): then it is left out of the category score, never counted as 0
 * @param findings the problems found, possibly none
 */
public record RuleOutcome(Double score, List<Finding> findings) {
    public RuleOutcome {
        if (score != null && (score < 0 || score > 100 || score.isNaN())) {
            throw new IllegalArgumentException("score must be in [0,100]: " + score);
        }
        findings = List.copyOf(findings);
    }

    public static RuleOutcome notApplicable() {
        return new RuleOutcome(null, List.of());
    }

    public static RuleOutcome unscored(List<Finding> findings) {
        return new RuleOutcome(null, findings);
    }

    public static RuleOutcome scored(double score, List<Finding> findings) {
        return new RuleOutcome(score, findings);
    }
}
