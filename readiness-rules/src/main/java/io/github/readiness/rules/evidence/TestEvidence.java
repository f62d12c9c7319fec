package io.github.readiness.rules.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results of the test reports of one module (Surefire and Failsafe together).
 *
 * @param reportFiles number of TEST-*.xml files read
 * @param bySource the totals of each report source ("surefire", "failsafe") in reading order; empty when the
 *     reader did not tell them apart
 */
public record TestEvidence(
        TestSummary summary, List<FailedTest> failedTests, int reportFiles, Map<String, TestSummary> bySource) {
    /** The source name of totals that were not told apart by source. */
    public static final String ALL_SOURCES = "tests";

    public TestEvidence {
        failedTests = List.copyOf(failedTests);
        bySource = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
    }

    /** Totals not told apart by source. */
    public TestEvidence(TestSummary summary, List<FailedTest> failedTests, int reportFiles) {
        this(summary, failedTests, reportFiles, Map.of());
    }
}
