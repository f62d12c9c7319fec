package io.github.readiness.rules.rule.coverage;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.Percent;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;

/**
 * A coverage counter measured against its threshold. Score: 100 x measured / threshold, capped at 100. Severity:
 * CRITICAL below half the threshold, HIGH otherwise. Effort: the items still to cover times minutes per item.
 */
abstract class CoverageRatioRule extends AbstractRule<CoverageEvidence> {
    private final CounterType type;
    private final String unit;
    private final int minutesPerItem;

    CoverageRatioRule(RuleMetadata metadata, CounterType type, String unit, int minutesPerItem) {
        super(metadata, ProjectEvidence::coverage); // when not read, coverage.evidence reports why
        this.type = type;
        this.unit = unit;
        this.minutesPerItem = minutesPerItem;
    }

    @Override
    protected RuleOutcome judge(CoverageEvidence coverage, RuleContext context) {
        Counter counter = coverage.counter(type);
        if (counter.total() == 0) {
            return RuleOutcome.notApplicable(); // nothing of this kind to cover: neither 0 % nor 100 %
        }
        double threshold = context.threshold();
        double ratio = counter.ratio();
        if (ratio >= threshold) {
            return RuleOutcome.scored(100, List.of());
        }
        long needed = (long) Math.ceil(threshold * counter.total() - counter.covered() - 1e-9);
        needed = Math.max(1, needed);
        String message = type.label() + " coverage is " + Percent.measured(ratio) + ", but expected minimum is "
                + Percent.threshold(threshold) + " (" + counter.covered() + " of " + counter.total() + " " + unit
                + " covered; " + needed + " more needed)";
        Severity severity = ratio < threshold / 2 ? Severity.CRITICAL : Severity.HIGH;
        int effort = (int) Math.min(Integer.MAX_VALUE, needed * minutesPerItem);
        return RuleOutcome.scored(
                100 * ratio / threshold,
                List.of(context.finding(severity, type.label(), message)
                        .measured(ratio)
                        .expected(threshold)
                        .effort(effort)
                        .blocking()));
    }
}
