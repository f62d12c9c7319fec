package io.github.readiness.rules.rule;

import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;

/** {@code coverage.branch}: the share of conditional branches taken by the tests. */
public final class BranchCoverageRule extends CoverageRatioRule {
    static final int MINUTES_PER_BRANCH = 10;

    private static final RuleMetadata METADATA = new RuleMetadata(
            "coverage.branch",
            Category.TEST_COVERAGE,
            "Branch coverage",
            "The share of branches (both outcomes of every if, switch case, loop condition) that the tests take"
                    + " (JaCoCo BRANCH counter) is at least the threshold.",
            "Add test cases for the untested outcomes of conditions (the yellow and red diamonds in the JaCoCo"
                    + " HTML report).",
            0.70,
            EffortModel.per(MINUTES_PER_BRANCH, "per branch still to cover to reach the threshold"));

    public BranchCoverageRule() {
        super(CounterType.BRANCH, "branches", MINUTES_PER_BRANCH);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }
}
