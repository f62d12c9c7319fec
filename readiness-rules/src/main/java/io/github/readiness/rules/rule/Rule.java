package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.RuleMetadata;

/**
 * One readiness rule: a pure function of evidence and policy. A violation is a finding in the outcome, never an
 * exception. Implementations are stateless and registered in {@link Rules#builtIn()}.
 */
public interface Rule {
    RuleMetadata metadata();

    RuleOutcome evaluate(RuleContext context);
}
