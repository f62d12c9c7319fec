package io.github.readiness.rules.evidence.performance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.readiness.rules.evidence.EvidenceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streams JMH's JSON results ({@code -rf json}): an array of benchmark runs read one at a time. A run's id is its
 * method with its {@code @Param} values ({@code a.B.m{size=10}}); its score, error ({@code scoreError}, the half-width
 * of the 99.9 % interval; JMH writes "NaN" after a single iteration) and unit come from {@code primaryMetric}.
 */
public final class JmhResultReader {
    private JmhResultReader() {}

    public static List<BenchmarkResult> read(InputStream in, Path file) throws EvidenceException {
        List<BenchmarkResult> results = new ArrayList<>();
        try (JsonParser json = PerformanceJson.MAPPER.createParser(in)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new EvidenceException(file, "is not JMH results: a JSON array is expected");
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
                JsonNode run = json.readValueAsTree();
                results.add(benchmark(run, file));
            }
            if (json.currentToken() != JsonToken.END_ARRAY) {
                throw new EvidenceException(file, "is not JMH results: each element must be a benchmark object");
            }
        } catch (JacksonException e) {
            throw PerformanceJson.broken(file, e);
        } catch (IOException e) {
            throw new EvidenceException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        return results;
    }

    private static BenchmarkResult benchmark(JsonNode run, Path file) throws EvidenceException {
        JsonNode metric = run.path("primaryMetric");
        Double score = PerformanceJson.number(metric.get("score"));
        if (!run.hasNonNull("benchmark") || score == null) {
            throw new EvidenceException(
                    file,
                    "is not JMH results: a run without 'benchmark' or 'primaryMetric.score'; run JMH with -rf json");
        }
        Double error = PerformanceJson.number(metric.get("scoreError"));
        return new BenchmarkResult(
                run.get("benchmark").asText() + params(run.path("params")),
                run.path("mode").asText(""),
                score,
                error == null ? Double.NaN : error,
                metric.path("scoreUnit").asText(""));
    }

    /** "{a=1, b=x}" in name order, or "" without parameters. */
    static String params(JsonNode params) {
        if (!params.isObject() || params.isEmpty()) {
            return "";
        }
        Map<String, String> sorted = new TreeMap<>();
        params.fields()
                .forEachRemaining(e -> sorted.put(e.getKey(), e.getValue().asText()));
        return sorted.toString();
    }
}
