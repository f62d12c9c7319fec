package io.github.readiness.rules.evidence.performance;

import static io.github.readiness.rules.evidence.performance.JtlReadersTest.RESOURCES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.EvidenceRecord;
import io.github.readiness.rules.evidence.EvidenceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery at each tool's default location, configured globs, and the files that cannot be used. */
class PerformanceCollectorTest {
    @TempDir
    Path module;

    @Test
    void eachToolIsFoundAtItsDefaultLocation() throws Exception {
        copy("gatling-googletest-stats.json", "target/gatling/googletest-20190624073558058/js/stats.json");
        copy("gatling-googletest-assertions.json", "target/gatling/googletest-20190624073558058/js/assertions.json");
        copy("jmeter-HTMLReportTestFile.csv", "target/jmeter/results/20250101-test.csv");
        copy("k6-circleci-orb-summary.json", "target/k6/summary.json");
        copy("jcasbin-jmh-result.json", "target/jmh-result.json");
        Collected<PerformanceEvidence> collected = collect(List.of());
        assertTrue(collected.isRead());
        PerformanceEvidence evidence = collected.value();
        assertEquals(
                List.of("gatling", "jmeter", "k6"),
                evidence.scenarios().stream()
                        .map(ScenarioResult::tool)
                        .distinct()
                        .toList());
        assertEquals(41 + 2 + 1, evidence.scenarios().size());
        assertEquals(37, evidence.benchmarks().size());
        assertEquals(List.of(), evidence.problems());
        assertEquals(
                List.of(
                        "target/gatling/googletest-20190624073558058/js/stats.json READ",
                        "target/gatling/googletest-20190624073558058/js/assertions.json READ",
                        "target/jmeter/results/20250101-test.csv READ",
                        "target/k6/summary.json READ",
                        "target/jmh-result.json READ"),
                collected.records().stream()
                        .map(r -> r.path() + " " + r.status())
                        .toList());
    }

    @Test
    void nothingAnywhereIsNotAvailableWithHowToProduceIt() throws Exception {
        Collected<PerformanceEvidence> collected = collect(List.of());
        assertEquals(EvidenceStatus.NOT_AVAILABLE, collected.status());
        assertTrue(
                collected
                        .detail()
                        .startsWith("no performance results at target/{gatling,jmeter/results,k6,jmh}:"
                                + " run a load test or benchmark in the build: gatling-maven-plugin"),
                collected.detail());
    }

    @Test
    void anEmptyResultsFolderAndAnotherToolsFileAreProblemsNamed() throws Exception {
        Files.createDirectories(module.resolve("target/jmeter/results"));
        copy("k6-circleci-orb-summary.json", "target/k6/summary.json");
        Files.writeString(module.resolve("target/k6/config.json"), "{\"vus\": 10}");
        PerformanceEvidence evidence = collect(List.of()).value();
        assertEquals(
                List.of(
                        "target/k6/config.json INVALID not a performance result (not Gatling statistics, a JMeter JTL,"
                                + " a k6 summary or JMH JSON results): move it out of target/k6",
                        "target/jmeter/results NOT_AVAILABLE empty folder: the JMeter run wrote no result: check"
                                + " jmeter-maven-plugin's <resultsFileFormat> and that its jmeter goal ran"),
                evidence.problems().stream()
                        .map(r -> r.path() + " " + r.status() + " " + r.detail())
                        .toList());
        assertEquals(1, evidence.scenarios().size());
    }

    @Test
    void aConfiguredFileOfAnotherToolIsAnErrorNamingIt() throws Exception {
        Files.createDirectories(module.resolve("perf"));
        Files.writeString(module.resolve("perf/junit.xml"), "<testsuite name=\"a\" tests=\"1\"/>");
        EvidenceException e = assertThrows(EvidenceException.class, () -> collect(List.of("perf/*.xml")));
        assertEquals(
                "perf/junit.xml: is not a performance result (not Gatling statistics, a JMeter JTL, a k6 summary or"
                        + " JMH JSON results): list only such files under performanceReports",
                e.getMessage());
    }

    @Test
    void configuredGlobsReplaceTheDefaultsAndOneMatchingNothingIsAProblem() throws Exception {
        copy("jcasbin-jmh-result.json", "benchmarks/results/jmh.json");
        copy("k6-circleci-orb-summary.json", "target/k6/summary.json"); // not looked at: not configured
        PerformanceEvidence evidence =
                collect(List.of("benchmarks/**/*.json", "load/*.jtl")).value();
        assertEquals(37, evidence.benchmarks().size());
        assertEquals(List.of(), evidence.scenarios());
        assertEquals(
                List.of(new EvidenceRecord(
                        "performance",
                        "load/*.jtl",
                        EvidenceStatus.NOT_AVAILABLE,
                        "performanceReports 'load/*.jtl' matches no file")),
                evidence.problems());
    }

    @Test
    void resultsOlderThanTheClassesAreSetAsideAsStale() throws Exception {
        Path result = copy("jcasbin-jmh-result.json", "target/jmh-result.json");
        Path classFile = module.resolve("target/classes/a/B.class");
        Files.createDirectories(classFile.getParent());
        Files.write(classFile, new byte[] {(byte) 0xCA, (byte) 0xFE});
        Files.setLastModifiedTime(result, FileTime.from(Instant.parse("2026-01-01T10:00:00Z")));
        Files.setLastModifiedTime(classFile, FileTime.from(Instant.parse("2026-01-01T10:03:00Z")));
        PerformanceEvidence evidence = collect(List.of()).value();
        assertEquals(List.of(), evidence.benchmarks());
        assertEquals(
                List.of("target/jmh-result.json STALE JMH results (-rf json) written 3 min before the classes were"
                        + " compiled, so it measured other code: run the test again"),
                evidence.problems().stream()
                        .map(r -> r.path() + " " + r.status() + " " + r.detail())
                        .toList());
    }

    @Test
    void aJtlWithoutHeaderAtTheDefaultLocationIsAnErrorNamingTheFix() throws Exception {
        List<String> lines = Files.readAllLines(RESOURCES.resolve("jmeter-HTMLReportTestFile.csv"));
        Path jtl = module.resolve("target/jmeter/results/run.jtl");
        Files.createDirectories(jtl.getParent());
        Files.write(jtl, lines.subList(1, lines.size()));
        EvidenceException e = assertThrows(EvidenceException.class, () -> collect(List.of()));
        assertEquals(
                "target/jmeter/results/run.jtl: is a JMeter JTL in CSV without its header line, so its columns are"
                        + " unknown; JMeter writes the field names with jmeter.save.saveservice.print_field_names=true"
                        + " (the default); run the test again with it",
                e.getMessage());
    }

    private Collected<PerformanceEvidence> collect(List<String> patterns) throws EvidenceException {
        return new PerformanceCollector()
                .collect(new PerformanceRequest(
                        module, module.resolve("target"), patterns, module.resolve("target/classes")));
    }

    private Path copy(String resource, String to) throws Exception {
        Path target = module.resolve(to);
        Files.createDirectories(target.getParent());
        return Files.copy(RESOURCES.resolve(resource), target);
    }
}
