package io.github.readiness.rules.evidence.performance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.EvidenceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JTL readers on real JMeter files, every figure compared with one recomputed from the raw samples. */
class JtlReadersTest {
    static final Path RESOURCES = Path.of("src/test/resources/performance");
    private static final Path CSV = RESOURCES.resolve("jmeter-HTMLReportTestFile.csv");

    @Test
    void csvPercentilesErrorsAndThroughputAreExactOnRealSamples() throws Exception {
        List<ScenarioResult> results = readCsv(Files.readString(CSV));
        Map<String, List<String[]>> samples = rawSamples(Files.readAllLines(CSV));
        assertEquals(samples.keySet(), byName(results).keySet());
        for (ScenarioResult result : results) {
            List<String[]> rows = samples.get(result.scenario());
            long[] elapsed =
                    rows.stream().mapToLong(r -> Long.parseLong(r[1])).sorted().toArray();
            assertEquals(rows.size(), result.samples(), result.scenario());
            assertEquals(rows.stream().filter(r -> r[7].equals("false")).count(), result.errors());
            assertEquals(nearestRank(elapsed, 50), result.p50(), result.scenario() + " p50");
            assertEquals(nearestRank(elapsed, 95), result.p95(), result.scenario() + " p95");
            assertEquals(nearestRank(elapsed, 99), result.p99(), result.scenario() + " p99");
            long first =
                    rows.stream().mapToLong(r -> Long.parseLong(r[0])).min().orElseThrow();
            long end = rows.stream()
                    .mapToLong(r -> Long.parseLong(r[0]) + Long.parseLong(r[1]))
                    .max()
                    .orElseThrow();
            assertEquals(rows.size() * 1000.0 / (end - first), result.throughput(), 1e-9);
        }
        ScenarioResult ok = byName(results).get("JR-OK");
        assertEquals(252, ok.samples()); // the file's own count, as `grep -c JR-OK` gives it
    }

    @Test
    void columnsInAnotherOrderGiveTheSameResults() throws Exception {
        List<String> lines = Files.readAllLines(CSV);
        int[] order = {7, 2, 14, 1, 0, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 15, 16};
        String permuted = lines.stream()
                .map(line -> {
                    String[] fields = line.split(",", -1);
                    return Arrays.stream(order).mapToObj(i -> fields[i]).collect(Collectors.joining(";"));
                })
                .collect(Collectors.joining("\n"));
        assertEquals(readCsv(Files.readString(CSV)), readCsv(permuted));
    }

    @Test
    void quotedFieldsWithDelimitersQuotesAndLineBreaksAreOneField() throws Exception {
        String jtl = "timeStamp,elapsed,label,responseMessage,success\n"
                + "1000,10,\"buy, then pay\",\"line one\nline \"\"two\"\"\",true\n"
                + "1010,30,\"buy, then pay\",OK,false\n";
        ScenarioResult result = readCsv(jtl).get(0);
        assertEquals("buy, then pay", result.scenario());
        assertEquals(2, result.samples());
        assertEquals(1, result.errors());
        assertEquals(30.0, result.p95());
    }

    @Test
    void aJtlWithoutItsHeaderIsAnErrorNamingTheFileAndTheFix() throws Exception {
        List<String> lines = Files.readAllLines(CSV);
        Path noHeader = Files.createTempDirectory("jtl").resolve("results.jtl");
        Files.write(noHeader, lines.subList(1, lines.size()));
        assertEquals(PerformanceFormat.JTL_CSV_NO_HEADER, PerformanceFormat.detect(noHeader));
        EvidenceException e =
                assertThrows(EvidenceException.class, () -> readCsv(String.join("\n", lines.subList(1, 5))));
        assertTrue(
                e.getMessage().startsWith("results.jtl: the JTL header has no 'elapsed', 'label', 'success'"),
                e.getMessage());
    }

    @Test
    void aTruncatedLineIsAnErrorWithItsLineNumber() {
        String jtl = "timeStamp,elapsed,label,success\n1000,10,a,true\n1010,2";
        EvidenceException e = assertThrows(EvidenceException.class, () -> readCsv(jtl));
        assertEquals(
                "results.jtl: line 3 has 2 fields, the header 4: the file is truncated or was written with another"
                        + " configuration; run the test again",
                e.getMessage());
    }

    @Test
    void xmlSamplesAreReadAndNestedSubSamplesNotCountedTwice() throws Exception {
        Path file = RESOURCES.resolve("jmeter-maven-plugin-jtl2-1-fail.jtl");
        assertEquals(PerformanceFormat.JTL_XML, PerformanceFormat.detect(file));
        List<ScenarioResult> results;
        try (InputStream in = Files.newInputStream(file)) {
            results = JtlXmlReader.read(in, file, "r.jtl");
        }
        assertEquals(4, results.size());
        ScenarioResult auth = byName(results).get("/my_webapp/root/auth");
        assertEquals(1187.0, auth.p95());
        assertEquals(0, auth.errors());
        assertEquals(1, byName(results).get("/my_webapp/root/;jsessionid=xxx").errors());

        String nested = "<testResults version=\"1.2\"><httpSample t=\"50\" ts=\"1000\" s=\"true\" lb=\"page\">"
                + "<httpSample t=\"20\" ts=\"1000\" s=\"true\" lb=\"page-0\"/></httpSample></testResults>";
        List<ScenarioResult> parent = JtlXmlReader.read(
                new java.io.ByteArrayInputStream(nested.getBytes(StandardCharsets.UTF_8)), file, "r.jtl");
        assertEquals(
                List.of("page"), parent.stream().map(ScenarioResult::scenario).toList());
    }

    @Test
    void anXmlJtlSavedWithoutElapsedTimesIsAnError() throws Exception {
        Path file = RESOURCES.resolve("jmeter-BatchTestLocal.xml");
        try (InputStream in = Files.newInputStream(file)) {
            EvidenceException e =
                    assertThrows(EvidenceException.class, () -> JtlXmlReader.read(in, Path.of("b.xml"), "b.xml"));
            assertTrue(e.getMessage().startsWith("b.xml: line 3: a sample without 't' or 'lb'"), e.getMessage());
        }
    }

    static List<ScenarioResult> readCsv(String content) throws EvidenceException {
        return JtlCsvReader.read(new StringReader(content), Path.of("results.jtl"), "results.jtl");
    }

    static Map<String, ScenarioResult> byName(List<ScenarioResult> results) {
        return results.stream()
                .collect(Collectors.toMap(
                        ScenarioResult::scenario, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The samples of a plain comma-separated JTL by label, split by hand (the file has no quoted fields). */
    private static Map<String, List<String[]>> rawSamples(List<String> lines) {
        Map<String, List<String[]>> byLabel = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            byLabel.computeIfAbsent(fields[2], l -> new ArrayList<>()).add(fields);
        }
        return byLabel;
    }

    /** The nearest-rank percentile of sorted values: the smallest with at least p % of the values at or below it. */
    static Double nearestRank(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return (double) sorted[Math.max(1, rank) - 1];
    }

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
