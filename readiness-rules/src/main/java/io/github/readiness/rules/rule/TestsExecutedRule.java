package io.github.readiness.rules.rule;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import java.util.List;

/** {@code tests.executed}: at least one test ran. A suite whose tests are all skipped ran no test. */
public final class TestsExecutedRule implements Rule {
    static final int EFFORT_MINUTES = 240;

    private static final RuleMetadata METADATA = new RuleMetadata(
            "tests.executed",
            Category.TESTS,
            "Tests ran",
            "At least one test was executed (skipped tests do not count).",
            "Add unit tests under src/test/java (JUnit 5 with maven-surefire-plugin), or remove the @Disabled/"
                    + "@Ignore that skips them.",
            null,
            EffortModel.per(EFFORT_MINUTES, "to set up a first test suite"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        Collected<TestEvidence> tests = context.evidence().tests();
        if (!tests.isRead()) {
            return RuleOutcome.notApplicable();
        }
        TestSummary summary = tests.value().summary();
        if (summary.executed() > 0) {
            return RuleOutcome.scored(100, List.of());
        }
        String message = summary.skipped() > 0
                ? "no tests ran: all " + summary.skipped() + " tests were skipped"
                : "no tests ran: the build executed 0 tests";
        return RuleOutcome.scored(
                0, List.of(context.blocker(Severity.CRITICAL, "executed", message, 0.0, 1.0, EFFORT_MINUTES)));
    }
}
