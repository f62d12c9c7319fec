package io.github.readiness.rules.readback;

import io.github.readiness.rules.evidence.performance.BenchmarkResult;
import io.github.readiness.rules.evidence.performance.ScenarioResult;
import io.github.readiness.rules.score.PerformanceMeasurements;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code measurements.performance} of readiness.json read back, as {@code report.PerformanceJson} writes it; absent
 * without performance results (and in files of earlier versions), then none. The error rate and the change against
 * the baseline are not read: they follow from the figures read.
 */
final class PerformanceJsonReader {
    private PerformanceJsonReader() {}

    static PerformanceMeasurements read(JsonObject measurements) throws IOException {
        if (measurements.isNull("performance")) {
            return PerformanceMeasurements.NONE;
        }
        JsonObject node = measurements.object("performance");
        List<ScenarioResult> scenarios = new ArrayList<>();
        for (JsonObject s : node.objects("scenarios")) {
            scenarios.add(new ScenarioResult(
                    s.text("tool"),
                    s.text("scenario"),
                    s.whole("samples"),
                    s.whole("errors"),
                    s.decimalOrNull("p50"),
                    s.decimalOrNull("p95"),
                    s.decimalOrNull("p99"),
                    s.decimalOrNull("throughput"),
                    s.text("file")));
        }
        List<PerformanceMeasurements.Benchmark> benchmarks = new ArrayList<>();
        for (JsonObject b : node.objects("benchmarks")) {
            String id = b.text("id");
            String mode = b.text("mode");
            String unit = b.text("unit");
            BenchmarkResult now = new BenchmarkResult(id, mode, b.decimal("score"), error(b, "error"), unit);
            BenchmarkResult baseline = b.isNull("baselineScore")
                    ? null
                    : new BenchmarkResult(id, mode, b.decimal("baselineScore"), error(b, "baselineError"), unit);
            benchmarks.add(new PerformanceMeasurements.Benchmark(now, baseline));
        }
        return new PerformanceMeasurements(scenarios, benchmarks);
    }

    /** JMH could not compute an interval (a single iteration): written as null, NaN in the result. */
    private static double error(JsonObject node, String field) throws IOException {
        Double value = node.decimalOrNull(field);
        return value == null ? Double.NaN : value;
    }
}
