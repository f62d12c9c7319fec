package io.github.readiness.rules.evidence.performance;

import java.util.Objects;

/**
 * One JMH benchmark's primary metric.
 *
 * @param id the benchmark method, with its parameters when it has any ({@code a.B.m{size=10}}): what a baseline
 *     is matched by
 * @param mode JMH's mode: {@code thrpt} (higher is better), {@code avgt}, {@code sample}, {@code ss} (lower is better)
 * @param score the score
 * @param error the half-width of JMH's 99.9 % confidence interval; NaN when JMH could not compute one (a single
 *     iteration)
 * @param unit {@code ops/s}, {@code ms/op}...
 */
public record BenchmarkResult(String id, String mode, double score, double error, String unit) {
    public BenchmarkResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(unit, "unit");
    }

    /** Throughput modes: a higher score is better; every other mode measures time, where lower is better. */
    public boolean higherIsBetter() {
        return "thrpt".equals(mode);
    }

    /** True when JMH reported an error interval. */
    public boolean hasError() {
        return !Double.isNaN(error) && !Double.isInfinite(error);
    }
}
