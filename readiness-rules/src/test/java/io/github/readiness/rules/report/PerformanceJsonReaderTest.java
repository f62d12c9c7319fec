package io.github.readiness.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.readback.ScorecardJsonReader;
import io.github.readiness.rules.rule.Rules;
import io.github.readiness.rules.score.PerformanceMeasurements;
import io.github.readiness.rules.score.Scorecard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * measurements.performance read back from readiness.json (the site page reuses the file): golden/readiness-performance.json
 * is what check writes for a scenario over budget and a benchmark with a baseline; the site page tests read it too.
 */
class PerformanceJsonReaderTest {
    private static final String GOLDEN = "readiness-performance.json";

    @Test
    void thePerformanceFiguresAreReadBack() throws Exception {
        ReportGoldenTest.assertGolden(GOLDEN, json(PerformanceReportTest.card()));
        Scorecard back;
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/golden", GOLDEN))) {
            back = ScorecardJsonReader.read(in, Rules.metadata(Rules.builtIn()));
        }
        PerformanceMeasurements performance = back.measurements().performance();
        assertEquals(PerformanceReportTest.card().measurements().performance(), performance);
        assertEquals(0.06, performance.scenarios().get(0).errorRate(), 1e-12);
        assertEquals(0.25, performance.benchmarks().get(0).change(), 1e-12);
        assertEquals(json(PerformanceReportTest.card()), json(back), "written again, the same bytes");
    }

    @Test
    void aBenchmarkWithoutBaselineOrErrorIntervalIsReadBack() throws Exception {
        String json = json(PerformanceReportTest.card())
                .replace("\"error\": 0.04", "\"error\": null")
                .replace("\"baselineScore\": 2", "\"baselineScore\": null")
                .replace("\"baselineError\": 0.05", "\"baselineError\": null")
                .replace("\"change\": 0.25", "\"change\": null");
        PerformanceMeasurements.Benchmark benchmark =
                read(json).measurements().performance().benchmarks().get(0);
        assertTrue(Double.isNaN(benchmark.now().error()), json);
        assertNull(benchmark.baseline());
        assertEquals(json, json(read(json)));
    }

    @Test
    void aFileWithoutPerformanceFiguresHasNone() throws Exception {
        try (InputStream in = PerformanceJsonReaderTest.class.getResourceAsStream("/golden/readiness.json")) {
            assertTrue(ScorecardJsonReader.read(in, Rules.metadata(Rules.builtIn()))
                    .measurements()
                    .performance()
                    .isEmpty());
        }
    }

    private static Scorecard read(String json) throws IOException {
        return ScorecardJsonReader.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Rules.metadata(Rules.builtIn()));
    }

    private static String json(Scorecard card) throws IOException {
        StringWriter out = new StringWriter();
        JsonRenderer.write(card, out);
        return out.toString();
    }
}
