package io.github.readiness.rules.rule;

import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;

/**
 * A finding being written, from {@link RuleContext#finding}: {@code finding(HIGH, key, message).measured(0.4)
 * .expected(0.8).at(location).blocking()}. It carries the rule's id, category and remediation, and the first rate of
 * its effort model as effort, until told otherwise. It ends with {@link #blocking()} or {@link #notBlocking()}: a rule
 * says which, since a blocking finding must be near-certain.
 */
public final class FindingDraft {
    private final RuleMetadata rule;
    private final Severity severity;
    private final String key;
    private final String message;
    private Double measured;
    private Double expected;
    private Location location;
    private String remediation;
    private int effortMinutes;

    FindingDraft(RuleMetadata rule, Severity severity, String key, String message) {
        this.rule = rule;
        this.severity = severity;
        this.key = key;
        this.message = message;
        this.remediation = rule.remediation();
        this.effortMinutes = rule.effort().overridable() ? rule.effort().defaultMinutes() : 0;
    }

    /** The measured value, in the unit of the threshold (a ratio for coverage). */
    public FindingDraft measured(Double value) {
        this.measured = value;
        return this;
    }

    /** The expected value the measurement missed. */
    public FindingDraft expected(Double value) {
        this.expected = value;
        return this;
    }

    /** Where the problem is, when known. */
    public FindingDraft at(Location where) {
        this.location = where;
        return this;
    }

    /** Another fix than the rule's default remediation. */
    public FindingDraft remediation(String text) {
        this.remediation = text;
        return this;
    }

    /** The effort at the built-in rate, in minutes (the engine rescales it to the policy's rate). */
    public FindingDraft effort(int minutes) {
        this.effortMinutes = minutes;
        return this;
    }

    /** The finding, blocking (the engine downgrades it when the rule's level is WARN). */
    public Finding blocking() {
        return blocking(true);
    }

    /** The finding, reported without blocking. */
    public Finding notBlocking() {
        return blocking(false);
    }

    /** The finding, blocking when {@code blocks} (e.g. when the policy says this severity blocks). */
    public Finding blocking(boolean blocks) {
        return new Finding(
                rule.id(),
                rule.category(),
                severity,
                blocks,
                key,
                message,
                measured,
                expected,
                location,
                remediation,
                effortMinutes,
                false);
    }
}
