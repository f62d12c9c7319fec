package io.github.readiness.rules.rule.tests;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.List;

/** {@code tests.executed}: at least one test ran. A suite whose tests are all skipped ran no test. */
public final class TestsExecutedRule extends AbstractRule<TestEvidence> {
    static final int EFFORT_MINUTES = 240;

    private static final RuleMetadata METADATA = RuleMetadata.builder("tests.executed", Category.TESTS)
            .title("Tests ran")
            .description("At least one test was executed (skipped tests do not count).")
            .remediation(
                    "Add unit tests under src/test/java (JUnit 5 with maven-surefire-plugin), or remove the @Disabled/"
                            + "@Ignore that skips them.")
            .effort(EffortModel.per(EFFORT_MINUTES, "to set up a first test suite"))
            .build();

    public TestsExecutedRule() {
        super(METADATA, ProjectEvidence::tests);
    }

    @Override
    protected RuleOutcome judge(TestEvidence tests, RuleContext context) {
        TestSummary summary = tests.summary();
        if (summary.executed() > 0) {
            return RuleOutcome.scored(100, List.of());
        }
        String message = summary.skipped() > 0
                ? "no tests ran: all " + summary.skipped() + " tests were skipped"
                : "no tests ran: the build executed 0 tests";
        return RuleOutcome.scored(
                0,
                List.of(context.finding(Severity.CRITICAL, "executed", message)
                        .measured(0.0)
                        .expected(1.0)
                        .blocking()));
    }
}
