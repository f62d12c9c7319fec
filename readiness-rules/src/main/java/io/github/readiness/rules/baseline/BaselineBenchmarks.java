package io.github.readiness.rules.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.performance.BenchmarkResult;
import io.github.readiness.rules.io.JsonStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code benchmarks} list of {@code readiness-baseline.json}: each JMH benchmark's id, mode, score, error and
 * unit. Optional in the file: a baseline written before it existed reads as "no benchmarks" (and a reader that
 * predates it passes over the field), so the schemaVersion stays 1. Written only when there are benchmarks, so the
 * baselines of projects without JMH do not change.
 *
 * <pre>
 * "benchmarks": [
 *   {"id": "a.B.parse{size=10}", "mode": "avgt", "score": 2.5, "error": 0.04, "unit": "ms/op"}
 * ]
 * </pre>
 */
public final class BaselineBenchmarks {
    static final String FIELD = "benchmarks";

    private BaselineBenchmarks() {}

    /** The benchmarks of this build's evidence, or none. */
    static List<BenchmarkResult> of(ProjectEvidence evidence) {
        return evidence.performance().isRead() ? evidence.performance().value().benchmarks() : List.of();
    }

    static void write(JsonGenerator json, List<BenchmarkResult> benchmarks) throws IOException {
        if (benchmarks.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(FIELD);
        for (BenchmarkResult benchmark : benchmarks) {
            json.writeStartObject();
            json.writeStringField("id", benchmark.id());
            json.writeStringField("mode", benchmark.mode());
            json.writeNumberField("score", exact(benchmark.score()));
            if (benchmark.hasError()) {
                json.writeNumberField("error", exact(benchmark.error()));
            } else {
                json.writeNullField("error");
            }
            json.writeStringField("unit", benchmark.unit());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value);
    }

    /** Reads the list the stream stands on; {@code where} gives the file and line for an error. */
    static List<BenchmarkResult> read(JsonStream json, java.util.function.Function<String, BaselineException> error)
            throws IOException, BaselineException {
        if (json.token() != JsonToken.START_ARRAY) {
            throw error.apply("benchmarks is not a list of {id, mode, score, error, unit}");
        }
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        while (json.nextElement()) {
            if (json.token() != JsonToken.START_OBJECT) {
                throw error.apply("a benchmark is not an object {id, mode, score, error, unit}");
            }
            String id = null;
            String mode = "";
            Double score = null;
            double err = Double.NaN;
            String unit = "";
            for (String field = json.nextField(); field != null; field = json.nextField()) {
                switch (field) {
                    case "id" -> id = json.text();
                    case "mode" -> mode = String.valueOf(json.text());
                    case "score" -> score = number(json);
                    case "error" -> {
                        Double value = number(json);
                        err = value == null ? Double.NaN : value;
                    }
                    case "unit" -> unit = String.valueOf(json.text());
                    default -> json.skip();
                }
            }
            if (id == null || score == null) {
                throw error.apply("a benchmark without id or score");
            }
            benchmarks.add(new BenchmarkResult(id, mode, score, err, unit));
        }
        return benchmarks;
    }

    private static Double number(JsonStream json) throws IOException {
        return json.token() != null && json.token().isNumeric() ? json.parser().getDoubleValue() : null;
    }
}
