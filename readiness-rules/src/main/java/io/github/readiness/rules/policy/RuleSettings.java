package io.github.readiness.rules.policy;

import java.util.Objects;

/**
 * How one rule is applied.
 *
 * @param threshold the rule's minimum (a ratio for coverage rules), null for rules without one
 * @param weight the rule's weight inside its category score
 */
public record RuleSettings(RuleLevel level, Double threshold, int weight) {
    public RuleSettings {
        Objects.requireNonNull(level, "level");
        if (weight < 0) {
            throw new PolicyException("a rule weight must be >= 0, not " + weight);
        }
    }

    public RuleSettings withLevel(RuleLevel newLevel) {
        return new RuleSettings(newLevel, threshold, weight);
    }

    public RuleSettings withThreshold(Double newThreshold) {
        return new RuleSettings(level, newThreshold, weight);
    }
}
