package io.github.readiness.rules.rule.coverage;

import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;

/** {@code coverage.line}: the share of executable lines run by the tests. */
public final class LineCoverageRule extends CoverageRatioRule {
    static final int MINUTES_PER_LINE = 5;

    private static final RuleMetadata METADATA = RuleMetadata.builder("coverage.line", Category.TEST_COVERAGE)
            .title("Line coverage")
            .description(
                    "The share of executable lines that the tests run (JaCoCo LINE counter) is at least the threshold.")
            .remediation("Write tests for the least covered classes first (see target/site/jacoco/index.html).")
            .threshold(0.80)
            .effort(EffortModel.per(MINUTES_PER_LINE, "per line still to cover to reach the threshold"))
            .build();

    public LineCoverageRule() {
        super(METADATA, CounterType.LINE, "lines", MINUTES_PER_LINE);
    }
}
