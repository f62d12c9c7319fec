package io.github.readiness.rules.policy;

import io.github.readiness.rules.model.RuleLevel;
import java.util.Objects;

/**
 * How one rule is applied.
 *
 * @param threshold the rule's minimum (a ratio for coverage rules), null for rules without one
 * @param weight the rule's weight inside its category score
 * @param effort the effort rate in force, null for a rule without a rate a policy can set (then its findings keep
 *     the effort the rule computed)
 */
public record RuleSettings(RuleLevel level, Double threshold, int weight, EffortRate effort) {
    public RuleSettings {
        Objects.requireNonNull(level, "level");
        if (weight < 0) {
            throw new PolicyException("a rule weight must be >= 0, not " + weight);
        }
    }

    /** Settings at the rule's own effort rate. */
    public RuleSettings(RuleLevel level, Double threshold, int weight) {
        this(level, threshold, weight, null);
    }

    public RuleSettings withLevel(RuleLevel newLevel) {
        return new RuleSettings(newLevel, threshold, weight, effort);
    }

    public RuleSettings withThreshold(Double newThreshold) {
        return new RuleSettings(level, newThreshold, weight, effort);
    }

    public RuleSettings withWeight(int newWeight) {
        return new RuleSettings(level, threshold, newWeight, effort);
    }

    public RuleSettings withEffort(EffortRate newEffort) {
        return new RuleSettings(level, threshold, weight, newEffort);
    }

    /** A finding's effort as its rule computed it, at the rate in force. */
    public int effortMinutes(int builtInEffort) {
        return effort == null ? builtInEffort : effort.scale(builtInEffort);
    }
}
