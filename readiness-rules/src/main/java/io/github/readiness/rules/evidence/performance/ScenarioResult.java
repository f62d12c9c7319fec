package io.github.readiness.rules.evidence.performance;

import java.util.Objects;

/**
 * The measurements of one load-test scenario (a JMeter label, a Gatling request or group, a k6 metric), as a budget
 * judges them. Latencies in milliseconds; a percentile the tool did not report is null.
 *
 * @param tool {@code gatling}, {@code jmeter} or {@code k6}
 * @param scenario the name budgets match ({@code performance.budgets[].scenario})
 * @param samples requests measured
 * @param errors requests that failed
 * @param p50 median latency, ms
 * @param p95 95th percentile latency, ms
 * @param p99 99th percentile latency, ms
 * @param throughput requests per second over the run
 * @param file the result file, relative to the module
 */
public record ScenarioResult(
        String tool,
        String scenario,
        long samples,
        long errors,
        Double p50,
        Double p95,
        Double p99,
        Double throughput,
        String file) {
    public ScenarioResult {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(file, "file");
    }

    /** Failed requests as a ratio of all (0 when there were none). */
    public double errorRate() {
        return samples == 0 ? 0 : (double) errors / samples;
    }
}
