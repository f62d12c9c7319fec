package io.github.readiness.rules.rule;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.RuleSettings;

/**
 * The inputs of one rule evaluation, and {@link #finding} for findings that carry the rule's metadata.
 *
 * @param policy the whole policy, for settings that are not per rule (e.g. {@link Policy#security()})
 */
public record RuleContext(ProjectEvidence evidence, RuleSettings settings, RuleMetadata rule, Policy policy) {

    /** The rule's threshold from policy; only for rules that declare one. */
    public double threshold() {
        if (settings.threshold() == null) {
            throw new IllegalStateException("rule " + rule.id() + " has no threshold");
        }
        return settings.threshold();
    }

    /**
     * A finding of this rule, to be completed: {@code finding(HIGH, key, message).measured(..).expected(..)
     * .at(location).blocking()}.
     */
    public FindingDraft finding(Severity severity, String key, String message) {
        return new FindingDraft(rule, severity, key, message);
    }
}
