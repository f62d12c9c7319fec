package io.github.readiness.rules.rule;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.RuleSettings;

/**
 * The inputs of one rule evaluation, and a factory for findings that carry the rule's metadata.
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

    /** A blocking finding with the rule's default remediation; the engine downgrades it when the level is WARN. */
    public Finding blocker(Severity severity, String key, String message, Double measured, Double expected, int effort) {
        return finding(severity, true, key, message, measured, expected, null, rule.remediation(), effort);
    }

    public Finding finding(
            Severity severity,
            boolean blocking,
            String key,
            String message,
            Double measured,
            Double expected,
            Location location,
            String remediation,
            int effortMinutes) {
        return new Finding(rule.id(), rule.category(), severity, blocking, key, message, measured, expected,
                location, remediation, effortMinutes, false);
    }
}
