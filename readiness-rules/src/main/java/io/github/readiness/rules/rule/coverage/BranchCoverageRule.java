package io.github.readiness.rules.rule.coverage;

import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;

/** {@code coverage.branch}: the share of conditional branches taken by the tests. */
public final class BranchCoverageRule extends CoverageRatioRule {
    static final int MINUTES_PER_BRANCH = 10;

    private static final RuleMetadata METADATA = RuleMetadata.builder("coverage.branch", Category.TEST_COVERAGE)
            .title("Branch coverage")
            .description(
                    "The share of branches (both outcomes of every if, switch case, loop condition) that the tests take"
                            + " (JaCoCo BRANCH counter) is at least the threshold.")
            .remediation(
                    "Add test cases for the untested outcomes of conditions (the yellow and red diamonds in the JaCoCo"
                            + " HTML report).")
            .threshold(0.70)
            .effort(EffortModel.per(MINUTES_PER_BRANCH, "per branch still to cover to reach the threshold"))
            .build();

    public BranchCoverageRule() {
        super(METADATA, CounterType.BRANCH, "branches", MINUTES_PER_BRANCH);
    }
}
