package io.github.readiness.rules.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.performance.BenchmarkResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Benchmarks in readiness-baseline.json: written, read back, and absent from older files. */
class BaselineBenchmarksTest {
    private static final List<BenchmarkResult> BENCHMARKS = List.of(
            new BenchmarkResult("a.B.parse{size=10}", "avgt", 2.5, 0.04, "ms/op"),
            new BenchmarkResult("a.B.m", "thrpt", 1234.5678, Double.NaN, "ops/s"));

    @Test
    void benchmarksAreWrittenAndReadBack() throws Exception {
        Baseline sample = BaselineWriterTest.sample();
        Baseline with = new Baseline(
                sample.project(),
                sample.score(),
                sample.categories(),
                sample.coverage(),
                sample.findings(),
                BENCHMARKS);
        String json = BaselineWriterTest.written(with);
        assertTrue(json.contains("""
                  "benchmarks": [
                    {
                      "id": "a.B.parse{size=10}",
                      "mode": "avgt",
                      "score": 2.5,
                      "error": 0.04,
                      "unit": "ms/op"
                    },
                """), json);
        assertTrue(json.contains("\"error\": null"), json);
        Baseline read = BaselineReader.read(stream(json), "readiness-baseline.json");
        assertEquals(BENCHMARKS.get(0), read.benchmarks().get(0));
        assertEquals(1234.5678, read.benchmarks().get(1).score());
        assertFalse(read.benchmarks().get(1).hasError());
    }

    @Test
    void theBaselineOfABuildRecordsItsJmhResults() {
        io.github.readiness.rules.evidence.ProjectEvidence evidence = BaselineFixtures.build(10, 0, 2, 0)
                .withPerformance(io.github.readiness.rules.evidence.Collected.read(
                        new io.github.readiness.rules.evidence.performance.PerformanceEvidence(
                                List.of(), BENCHMARKS, List.of(), List.of(), List.of()),
                        List.of()));
        Baseline baseline = Baseline.of(BaselineFixtures.card(evidence, BaselineFixtures.POLICY), evidence);
        assertEquals(BENCHMARKS, baseline.benchmarks());
    }

    @Test
    void aBaselineWithoutBenchmarksIsWrittenAsBeforeAndAnOldFileReadsWithNone() throws Exception {
        String json = BaselineWriterTest.written(BaselineWriterTest.sample());
        assertFalse(json.contains("benchmarks"));
        // a file written before benchmarks were recorded (schemaVersion 1, no "benchmarks")
        String old = "{\"schemaVersion\": 1, \"project\": \"g:a\", \"score\": 80, \"categories\": [],"
                + " \"coverage\": {\"line\": null, \"branch\": null}, \"findings\": []}";
        assertEquals(
                List.of(),
                BaselineReader.read(stream(old), "readiness-baseline.json").benchmarks());
    }

    @Test
    void aDamagedBenchmarkListIsAnErrorNamingTheFileAndLine() {
        String bad = "{\"schemaVersion\": 1, \"score\": 80, \"categories\": [], \"coverage\": {}, \"findings\": [],\n"
                + " \"benchmarks\": [{\"mode\": \"avgt\"}]}";
        BaselineException e = org.junit.jupiter.api.Assertions.assertThrows(
                BaselineException.class, () -> BaselineReader.read(stream(bad), "readiness-baseline.json"));
        assertEquals(
                "readiness-baseline.json line 2: a benchmark without id or score; write it again with mvn"
                        + " readiness:baseline",
                e.getMessage());
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
