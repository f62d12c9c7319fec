package io.github.readiness.rules.evidence.performance;

import static io.github.readiness.rules.evidence.performance.JtlReadersTest.RESOURCES;
import static io.github.readiness.rules.evidence.performance.JtlReadersTest.byName;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.readiness.rules.evidence.EvidenceException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gatling, k6 and JMH readers on real files, each figure compared with the file read whole by jackson-databind. */
class JsonResultReadersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GATLING = RESOURCES.resolve("gatling-googletest-stats.json");
    private static final Path K6 = RESOURCES.resolve("k6-circleci-orb-summary.json");
    private static final Path JMH = RESOURCES.resolve("jcasbin-jmh-result.json");

    @Test
    void formatsAreToldByContent() throws Exception {
        assertEquals(PerformanceFormat.GATLING_STATS, PerformanceFormat.detect(GATLING));
        assertEquals(
                PerformanceFormat.GATLING_ASSERTIONS,
                PerformanceFormat.detect(RESOURCES.resolve("gatling-googletest-assertions.json")));
        assertEquals(PerformanceFormat.K6_SUMMARY, PerformanceFormat.detect(K6));
        assertEquals(PerformanceFormat.JMH_JSON, PerformanceFormat.detect(JMH));
        assertEquals(
                PerformanceFormat.JTL_CSV,
                PerformanceFormat.detect(RESOURCES.resolve("jmeter-HTMLReportTestFile.csv")));
        assertEquals(
                PerformanceFormat.OTHER,
                PerformanceFormat.detect(
                        Path.of("src/test/resources/sarif").resolve(firstFile("src/test/resources/sarif"))));
    }

    @Test
    void gatlingRequestsAreReadWithEveryFigureOfTheirStatistics() throws Exception {
        List<ScenarioResult> results;
        try (InputStream in = Files.newInputStream(GATLING)) {
            results = GatlingStatsReader.read(in, GATLING, "stats.json");
        }
        JsonNode contents = JSON.readTree(GATLING.toFile()).get("contents");
        assertEquals(contents.size(), results.size());
        Map<String, ScenarioResult> byName = byName(results);
        for (JsonNode request : contents) {
            JsonNode stats = request.get("stats");
            ScenarioResult result = byName.get(request.get("path").asText());
            assertEquals(stats.at("/numberOfRequests/total").asLong(), result.samples());
            assertEquals(stats.at("/numberOfRequests/ko").asLong(), result.errors());
            assertEquals(stats.at("/percentiles1/total").asDouble(), result.p50());
            assertEquals(stats.at("/percentiles3/total").asDouble(), result.p95());
            assertEquals(stats.at("/percentiles4/total").asDouble(), result.p99());
            assertEquals(stats.at("/meanNumberOfRequestsPerSecond/total").asDouble(), result.throughput());
        }
        ScenarioResult home = byName.get("Getting Google Homepage");
        assertEquals(0.1, home.errorRate()); // 1 of 10 failed
        assertEquals(11559.0, home.p95());
    }

    @Test
    void k6HandleSummaryShapeAndSummaryExportShapeGiveTheSameScenario() throws Exception {
        ScenarioResult handleSummary = k6(Files.readString(K6));
        JsonNode metrics = JSON.readTree(K6.toFile()).get("metrics");
        assertEquals(K6SummaryReader.ALL, handleSummary.scenario());
        assertEquals(metrics.at("/http_reqs/values/count").asLong(), handleSummary.samples());
        assertEquals(20, handleSummary.samples());
        assertEquals(0, handleSummary.errors()); // rate 0: k6 counts a success as a "fail" of http_req_failed
        assertEquals(metrics.at("/http_req_duration/values/p(95)").asDouble(), handleSummary.p95());
        assertEquals(metrics.at("/http_req_duration/values/med").asDouble(), handleSummary.p50());
        assertEquals(null, handleSummary.p99()); // not in the run's summaryTrendStats
        assertEquals(metrics.at("/http_reqs/values/rate").asDouble(), handleSummary.throughput());

        // --summary-export writes the same statistics flat, the rate of http_req_failed as "value"
        String export = "{\"metrics\":{\"http_req_duration\":{\"avg\":255.6,\"med\":255.0285,"
                + "\"p(95)\":260.64205000000004,"
                + "\"p(99)\":270.5,\"thresholds\":{\"p(95)<500\":false}},"
                + "\"http_req_duration{name:checkout}\":{\"med\":300,\"p(95)\":900},"
                + "\"http_req_failed\":{\"passes\":2,\"fails\":18,\"value\":0.1},"
                + "\"http_reqs\":{\"count\":20,\"rate\":2.409160205298996}}}";
        List<ScenarioResult> results = k6All(export);
        ScenarioResult all = results.get(0);
        assertEquals(2, all.errors());
        assertEquals(270.5, all.p99());
        assertEquals(handleSummary.p95(), all.p95());
        assertEquals("checkout", results.get(1).scenario());
        assertEquals(900.0, results.get(1).p95());
    }

    @Test
    void jmhRunsAreReadWithTheirParametersScoresAndErrors() throws Exception {
        List<BenchmarkResult> results;
        try (InputStream in = Files.newInputStream(JMH)) {
            results = JmhResultReader.read(in, JMH);
        }
        JsonNode runs = JSON.readTree(JMH.toFile());
        assertEquals(runs.size(), results.size());
        for (int i = 0; i < runs.size(); i++) {
            JsonNode metric = runs.get(i).get("primaryMetric");
            assertEquals(metric.get("score").asDouble(), results.get(i).score());
            assertEquals(metric.get("scoreError").asDouble(), results.get(i).error());
            assertEquals(metric.get("scoreUnit").asText(), results.get(i).unit());
            assertEquals(
                    runs.get(i).get("mode").asText().equals("thrpt"),
                    results.get(i).higherIsBetter());
        }
        assertEquals(
                "org.casbin.jcasbin.main.benchmark.BenchmarkEnforce.enforce{dataScale=small, modelType=rbac,"
                        + " useCache=false}",
                results.get(0).id());
        assertEquals(
                runs.size(),
                results.stream().map(r -> r.id() + r.mode()).distinct().count()); // each run once by id and mode
    }

    @Test
    void jmhErrorWrittenAsNaNIsUnknown() throws Exception {
        String json = "[{\"benchmark\":\"a.B.m\",\"mode\":\"avgt\",\"primaryMetric\":{\"score\":1.5,"
                + "\"scoreError\":\"NaN\",\"scoreUnit\":\"ms/op\"}}]";
        BenchmarkResult result =
                JmhResultReader.read(stream(json), Path.of("jmh.json")).get(0);
        assertTrue(!result.hasError());
        assertTrue(!result.higherIsBetter());
    }

    @Test
    void truncatedJsonIsAnErrorNamingTheFile() throws Exception {
        String whole = Files.readString(GATLING);
        Path truncated = Files.createTempDirectory("gatling").resolve("stats.json");
        Files.writeString(truncated, whole.substring(0, whole.length() / 2));
        EvidenceException e = assertThrows(EvidenceException.class, () -> PerformanceFormat.detect(truncated));
        assertTrue(e.getMessage().startsWith(truncated + ": not valid JSON at line "), e.getMessage());
        assertTrue(e.getMessage().endsWith("the file is truncated or damaged; run the tool again (mvn clean verify)"));
        String jmh = Files.readString(JMH);
        EvidenceException inReader = assertThrows(
                EvidenceException.class,
                () -> JmhResultReader.read(stream(jmh.substring(0, jmh.length() - 100)), Path.of("jmh-result.json")));
        assertTrue(inReader.getMessage().startsWith("jmh-result.json: not valid JSON"), inReader.getMessage());
    }

    private static ScenarioResult k6(String json) throws EvidenceException {
        return k6All(json).get(0);
    }

    private static List<ScenarioResult> k6All(String json) throws EvidenceException {
        return K6SummaryReader.read(stream(json), Path.of("summary.json"), "summary.json");
    }

    private static InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String firstFile(String folder) throws Exception {
        List<String> names = new ArrayList<>();
        try (var files = Files.list(Path.of(folder))) {
            files.filter(Files::isRegularFile)
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .forEach(names::add);
        }
        return names.get(0);
    }
}
