package io.github.readiness.rules.evidence;

import java.util.List;

/**
 * Results of the test reports of one module (Surefire and Failsafe together).
 *
 * @param reportFiles number of TEST-*.xml files read
 */
public record TestEvidence(TestSummary summary, List<FailedTest> failedTests, int reportFiles) {
    public TestEvidence {
        failedTests = List.copyOf(failedTests);
    }
}
