package io.github.readiness.rules.rule;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.FailedTest;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.TestSummary;
import io.github.readiness.rules.model.Category;
import io.github.readiness.rules.model.EffortModel;
import io.github.readiness.rules.model.Finding;
import io.github.readiness.rules.model.Location;
import io.github.readiness.rules.model.RuleMetadata;
import io.github.readiness.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code tests.failures}: no test fails or errors, even when the build let them pass (testFailureIgnore).
 * One blocking finding per failing test; flaky tests (passed only on a rerun) give one MEDIUM finding.
 * Score: the share of executed tests that passed.
 */
public final class TestFailuresRule implements Rule {
    static final int MINUTES_PER_FAILURE = 30;

    private static final RuleMetadata METADATA = new RuleMetadata(
            "tests.failures",
            Category.TESTS,
            "No failing tests",
            "No test fails or errors in the Surefire/Failsafe reports, whatever testFailureIgnore says.",
            "Fix the code or the test; do not ship with testFailureIgnore hiding red tests.",
            null,
            EffortModel.per(MINUTES_PER_FAILURE, "per failing or flaky test"));

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public RuleOutcome evaluate(RuleContext context) {
        Collected<TestEvidence> tests = context.evidence().tests();
        if (!tests.isRead() || tests.value().summary().executed() == 0) {
            return RuleOutcome.notApplicable();
        }
        TestSummary summary = tests.value().summary();
        List<Finding> findings = new ArrayList<>();
        for (FailedTest failed : tests.value().failedTests()) {
            findings.add(failure(context, failed));
        }
        if (summary.flakes() > 0) {
            findings.add(context.finding(Severity.MEDIUM, false, "flaky",
                    summary.flakes() + " test(s) failed first and passed on a rerun (flaky)",
                    (double) summary.flakes(), 0.0, null,
                    "Make the flaky tests deterministic (time, ordering, shared state); see the flakyFailure"
                            + " entries in the reports.",
                    summary.flakes() * MINUTES_PER_FAILURE));
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
        return context.finding(Severity.HIGH, true, failed.id(), "test " + failed.id() + " " + verb + detail, null,
                null, location, context.rule().remediation(), MINUTES_PER_FAILURE);
    }
}
