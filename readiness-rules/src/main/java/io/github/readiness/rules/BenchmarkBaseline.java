package io.github.readiness.rules;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.performance.PerformanceEvidence;

/**
 * Hands the committed baseline's JMH benchmarks to this build's performance results, so that
 * {@code performance.benchmark-regression} judges them like any evidence rule (the baseline itself stays the
 * request's).
 */
final class BenchmarkBaseline {
    private BenchmarkBaseline() {}

    /** The request with the baseline's benchmarks attached to this build's results, for the regression rule. */
    static EvaluationRequest attach(EvaluationRequest request) {
        Collected<PerformanceEvidence> results = request.evidence().performance();
        if (request.baseline() == null
                || !results.isRead()
                || request.baseline().benchmarks().isEmpty()) {
            return request;
        }
        ProjectEvidence evidence = request.evidence()
                .withPerformance(Collected.read(
                        results.value().withBaseline(request.baseline().benchmarks()), results.records()));
        return new EvaluationRequest(
                request.project(),
                request.tool(),
                evidence,
                request.policy(),
                request.buildDate(),
                request.baseline(),
                request.baselineFile(),
                request.maturity());
    }
}
