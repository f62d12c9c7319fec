package io.github.readiness.rules.rule;

import io.github.readiness.rules.EvidenceFixtures;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.RuleSettings;
import java.util.List;

/** One rule on its own, as the engine calls it (before any WARN downgrade, waiver or effort rate): one line a test. */
public final class RuleRun {
    private RuleRun() {}

    /** At the rule's own default settings: a policy that knows only this rule (it need not be registered). */
    public static RuleOutcome run(Rule rule, ProjectEvidence evidence) {
        return run(rule, evidence, Policy.defaults(List.of(rule.metadata())));
    }

    /** At the policy's settings for the rule. */
    public static RuleOutcome run(Rule rule, ProjectEvidence evidence, Policy policy) {
        return rule.evaluate(context(rule, evidence, policy.rule(rule.metadata().id()), policy));
    }

    /** At the given settings, within the built-in default policy. */
    public static RuleOutcome run(Rule rule, ProjectEvidence evidence, RuleSettings settings) {
        return rule.evaluate(context(rule, evidence, settings, EvidenceFixtures.POLICY));
    }

    public static RuleContext context(Rule rule, ProjectEvidence evidence, RuleSettings settings, Policy policy) {
        return new RuleContext(evidence, settings, rule.metadata(), policy);
    }
}
