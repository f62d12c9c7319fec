package io.github.readiness.rules.rule.tests;

import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import io.github.readiness.rules.rule.AbstractRule;
import io.github.readiness.rules.rule.RuleContext;
import io.github.readiness.rules.rule.RuleOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tests.failures}: no test fails or errors, even when the build let them pass (testFailureIgnore).
 * One blocking finding per failing test; flaky tests (passed only on a rerun) give one MEDIUM finding.
 * Score: the share of executed tests that passed.
 */
public final class TestFailuresRule extends AbstractRule<TestEvidence> {
    static final int MINUTES_PER_FAILURE = 30;

    private static final RuleMetadata METADATA = RuleMetadata.builder("tests.failures", Category.TESTS)
            .title("No failing tests")
            .description("No test fails or errors in the Surefire/Failsafe reports, whatever testFailureIgnore says.")
            .remediation("Fix the code or the test; do not ship with testFailureIgnore hiding red tests.")
            .effort(EffortModel.per(MINUTES_PER_FAILURE, "per failing or flaky test"))
            .build();

    public TestFailuresRule() {
        super(METADATA, ProjectEvidence::tests);
    }

    @Override
    protected RuleOutcome judge(TestEvidence tests, RuleContext context) {
        TestSummary summary = tests.summary();
        if (summary.executed() == 0) {
            return RuleOutcome.notApplicable();
        }
        List<Finding> findings = new ArrayList<>();
        for (FailedTest failed : tests.failedTests()) {
            findings.add(failure(context, failed));
        }
        if (summary.flakes() > 0) {
            findings.add(context.finding(
                            Severity.MEDIUM,
                            "flaky",
                            summary.flakes() + " test(s) failed first and passed on a rerun (flaky)")
                    .measured((double) summary.flakes())
                    .expected(0.0)
                    .remediation("Make the flaky tests deterministic (time, ordering, shared state); see the"
                            + " flakyFailure entries in the reports.")
                    .effort(summary.flakes() * MINUTES_PER_FAILURE)
                    .notBlocking());
        }
        double score = 100.0 * summary.passed() / summary.executed();
        return RuleOutcome.scored(score, findings);
    }

    private static Finding failure(RuleContext context, FailedTest failed) {
        String verb = failed.kind() == FailedTest.Kind.FAILURE ? "fails" : "errors";
        String detail = failed.message() == null || failed.message().isBlank()
                ? (failed.type() == null ? "" : ": " + failed.type())
                : ": " + failed.message();
        Location location = failed.report() == null ? null : Location.of(failed.report());
        return context.finding(Severity.HIGH, failed.id(), "test " + failed.id() + " " + verb + detail)
                .at(location)
                .blocking();
    }
}
