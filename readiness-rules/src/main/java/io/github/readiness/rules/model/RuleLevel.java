package io.github.readiness.rules.model;

/** What a rule's findings do: ERROR blocks the release, WARN only reports, OFF does not evaluate the rule. */
public enum RuleLevel {
    ERROR,
    WARN,
    OFF
}
