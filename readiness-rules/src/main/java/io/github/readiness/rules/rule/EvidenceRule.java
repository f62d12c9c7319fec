package io.github.readiness.rules.rule;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Severity;
import java.util.List;

/**
 * Fail-closed on evidence: when evidence a category needs is missing, stale, left over from an earlier run or
 * meaningless, that is a blocking finding of its own (instead of a silent pass, or a silent 0 %).
 */
public abstract class EvidenceRule implements Rule {
    protected static final int EFFORT_MINUTES = 15;
    protected static final String FIX_THEN_RERUN =
            "Fix what the message names (it says how), then run mvn clean verify.";
    protected static final String RERUN =
            "Run the build with its tests so the evidence is this build's own: mvn clean verify"
                    + " (without -DskipTests or -Dmaven.test.skip).";

    /** The evidence this rule watches. */
    protected abstract Collected<?> evidence(RuleContext context);

    /** What to say when nothing was found at all (how to produce the evidence). */
    protected abstract String whenMissing(Collected<?> evidence);

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        Collected<?> evidence = evidence(context);
        String message = switch (evidence.status()) {
            case READ, NOT_APPLICABLE -> null;
            case NOT_AVAILABLE -> whenMissing(evidence);
            case NOT_RUN -> "not this build's evidence: " + evidence.detail();
            case STALE -> "stale evidence: " + evidence.detail();
            case INVALID -> "unusable evidence: " + evidence.detail();
        };
        if (message == null) {
            return RuleOutcome.notApplicable();
        }
        // missing evidence needs the tool configured; stale or foreign evidence only needs a real test run; unusable
        // evidence (a dropped agent, deleted classes) needs the fix its message gives
        String remediation = switch (evidence.status()) {
            case NOT_AVAILABLE -> context.rule().remediation();
            case INVALID -> FIX_THEN_RERUN;
            default -> RERUN;
        };
        Finding finding = context.finding(Severity.HIGH, evidence.status().name(), message)
                .remediation(remediation)
                .effort(EFFORT_MINUTES)
                .blocking();
        return RuleOutcome.unscored(List.of(finding));
    }
}
