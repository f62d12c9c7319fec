package io.github.readiness.rules.evidence.performance;

import io.github.readiness.rules.evidence.EvidenceRecord;
import java.util.List;

/**
 * The performance results of this build: load-test scenarios (Gatling, JMeter, k6) and JMH benchmarks, the files that
 * could not be used, and the benchmarks of the committed baseline they are compared with.
 *
 * @param scenarios every scenario of every result file, in file order
 * @param benchmarks every JMH benchmark, in file order
 * @param failedAssertions the message of each Gatling assertion that failed
 * @param problems result files found but not used (older than the classes, another tool's file, an empty folder),
 *     each an evidence record whose detail says why and how to fix it
 * @param baseline the benchmarks recorded by {@code readiness:baseline}; empty without a baseline or in one written
 *     before benchmarks were recorded
 */
public record PerformanceEvidence(
        List<ScenarioResult> scenarios,
        List<BenchmarkResult> benchmarks,
        List<String> failedAssertions,
        List<EvidenceRecord> problems,
        List<BenchmarkResult> baseline) {
    public PerformanceEvidence {
        scenarios = List.copyOf(scenarios);
        benchmarks = List.copyOf(benchmarks);
        failedAssertions = List.copyOf(failedAssertions);
        problems = List.copyOf(problems);
        baseline = List.copyOf(baseline);
    }

    /** True when no result could be used. */
    public boolean isEmpty() {
        return scenarios.isEmpty() && benchmarks.isEmpty();
    }

    /** This evidence, compared with these baseline benchmarks. */
    public PerformanceEvidence withBaseline(List<BenchmarkResult> recorded) {
        return new PerformanceEvidence(scenarios, benchmarks, failedAssertions, problems, recorded);
    }
}
