package io.github.readiness.rules.score;

import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.performance.BenchmarkResult;
import io.github.readiness.rules.evidence.performance.PerformanceEvidence;
import io.github.readiness.rules.evidence.performance.ScenarioResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The performance figures every report shows whether or not a budget was missed: each load-test scenario's
 * percentiles, error rate and throughput, and each JMH benchmark with its baseline score when there is one.
 *
 * @param scenarios in the order the result files were read
 * @param benchmarks in the order JMH wrote them
 */
public record PerformanceMeasurements(List<ScenarioResult> scenarios, List<Benchmark> benchmarks) {
    public static final PerformanceMeasurements NONE = new PerformanceMeasurements(List.of(), List.of());

    /**
     * @param baseline the same benchmark (method, parameters, mode, unit) in the baseline, or null
     */
    public record Benchmark(BenchmarkResult now, BenchmarkResult baseline) {
        public Benchmark {
            Objects.requireNonNull(now, "now");
        }

        /** The relative change of the score against the baseline (+0.25 for 25 % higher), or null without one. */
        public Double change() {
            return baseline == null || baseline.score() == 0
                    ? null
                    : (now.score() - baseline.score()) / Math.abs(baseline.score());
        }
    }

    public PerformanceMeasurements {
        scenarios = List.copyOf(scenarios);
        benchmarks = List.copyOf(benchmarks);
    }

    public boolean isEmpty() {
        return scenarios.isEmpty() && benchmarks.isEmpty();
    }

    static PerformanceMeasurements of(ProjectEvidence evidence) {
        if (!evidence.performance().isRead()) {
            return NONE;
        }
        PerformanceEvidence results = evidence.performance().value();
        List<Benchmark> benchmarks = new ArrayList<>();
        for (BenchmarkResult now : results.benchmarks()) {
            BenchmarkResult was = results.baseline().stream()
                    .filter(b -> b.id().equals(now.id())
                            && b.mode().equals(now.mode())
                            && b.unit().equals(now.unit()))
                    .findFirst()
                    .orElse(null);
            benchmarks.add(new Benchmark(now, was));
        }
        return new PerformanceMeasurements(results.scenarios(), benchmarks);
    }
}
