package io.github.readiness.rules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.readiness.rules.evidence.performance.BenchmarkResult;
import io.github.readiness.rules.evidence.performance.ScenarioResult;
import io.github.readiness.rules.score.PerformanceMeasurements;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * {@code measurements.performance} in readiness.json: each scenario (tool, file, samples, errors, errorRate, p50,
 * p95, p99 in ms, throughput per second) and each benchmark (score, error, unit, the baseline's, the change as a
 * ratio). Absent without performance results, so the reports of projects without any do not change.
 */
final class PerformanceJson {
    private PerformanceJson() {}

    static void write(JsonGenerator json, PerformanceMeasurements performance) throws IOException {
        if (performance.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("performance");
        json.writeArrayFieldStart("scenarios");
        for (ScenarioResult s : performance.scenarios()) {
            json.writeStartObject();
            json.writeStringField("scenario", s.scenario());
            json.writeStringField("tool", s.tool());
            json.writeStringField("file", s.file());
            json.writeNumberField("samples", s.samples());
            json.writeNumberField("errors", s.errors());
            number(json, "errorRate", s.samples() == 0 ? null : s.errorRate());
            number(json, "p50", s.p50());
            number(json, "p95", s.p95());
            number(json, "p99", s.p99());
            number(json, "throughput", s.throughput());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("benchmarks");
        for (PerformanceMeasurements.Benchmark b : performance.benchmarks()) {
            json.writeStartObject();
            json.writeStringField("id", b.now().id());
            json.writeStringField("mode", b.now().mode());
            json.writeStringField("unit", b.now().unit());
            score(json, "", b.now());
            if (b.baseline() == null) {
                json.writeNullField("baselineScore");
                json.writeNullField("baselineError");
            } else {
                score(json, "baseline", b.baseline());
            }
            number(json, "change", b.change());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void score(JsonGenerator json, String prefix, BenchmarkResult result) throws IOException {
        number(json, prefix.isEmpty() ? "score" : prefix + "Score", result.score());
        number(json, prefix.isEmpty() ? "error" : prefix + "Error", result.hasError() ? result.error() : null);
    }

    /** A number with at most 6 significant digits (no binary noise), or null. */
    private static void number(JsonGenerator json, String field, Double value) throws IOException {
        if (value == null || value.isNaN() || value.isInfinite()) {
            json.writeNullField(field);
            return;
        }
        BigDecimal rounded = new BigDecimal(value)
                .round(new java.math.MathContext(6, java.math.RoundingMode.HALF_UP))
                .stripTrailingZeros();
        json.writeNumberField(field, rounded.scale() < 0 ? rounded.setScale(0) : rounded);
    }
}
