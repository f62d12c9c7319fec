package io.github.readiness.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceStatus;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.reactor.ReactorAggregator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICoverageNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generators at small sizes and every benchmark method once, without JMH and without timing, so that the
 * benchmark code keeps compiling and working; plus the check that matters beyond speed: the plugin's counters
 * equal JaCoCo's on the generated classes, however they were obtained.
 */
class BenchmarkSmokeTest {
    private static final int CLASSES = 120;

    @TempDir
    static Path root;

    @BeforeAll
    static void smallSizes() {
        System.setProperty("readiness.bench.data", root.toString());
        System.setProperty("readiness.bench.jsonMB", "1");
        System.setProperty("readiness.bench.sarifResults", "500");
        System.setProperty("readiness.bench.surefireReports", "30");
    }

    @AfterAll
    static void clear() {
        for (String key : List.of("data", "jsonMB", "sarifResults", "surefireReports")) {
            System.clearProperty("readiness.bench." + key);
        }
    }

    @Test
    void generatorIsDeterministic() {
        List<ClassCorpus.GeneratedClass> first = new ClassCorpus(7).generate(30);
        List<ClassCorpus.GeneratedClass> second = new ClassCorpus(7).generate(30);
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).name(), second.get(i).name());
            assertTrue(
                    Arrays.equals(
                            first.get(i).files().get(first.get(i).name()),
                            second.get(i).files().get(second.get(i).name())),
                    "same bytes from the same seed");
        }
        assertTrue(first.stream().anyMatch(c -> c.files().size() == 2), "some source files hold two classes");
    }

    @Test
    void pluginCountersEqualJacocosOnGeneratedClasses() throws Exception {
        ModuleData module = BenchData.fromSystemProperty().module(CLASSES);
        IBundleCoverage jacoco = Workloads.jacocoAnalysis(module);
        assertTrue(
                jacoco.getLineCounter().getCoveredCount() > 0
                        && jacoco.getLineCounter().getMissedCount() > 0,
                "the exec covers some lines and misses others");
        Path firstBuild = module.target().resolve("readiness/smoke-cache.bin");
        Files.deleteIfExists(firstBuild);
        List<CoverageEvidence> ways = List.of(
                Workloads.coverageNoCache(module),
                Workloads.coverageFirstBuild(module, firstBuild),
                Workloads.coverageFirstBuild(module, firstBuild), // second build: all from the cache
                Workloads.coverageFromExec(module).value(),
                Workloads.coverageFromXml(module).value());
        assertTrue(Files.size(firstBuild) > 0);
        for (CoverageEvidence coverage : ways) {
            for (CounterType type : CounterType.values()) {
                var expected = jacoco.getCounter(ICoverageNode.CounterEntity.valueOf(type.name()));
                assertEquals(
                        expected.getMissedCount(), coverage.counter(type).missed(), coverage.origin() + " " + type);
                assertEquals(
                        expected.getCoveredCount(), coverage.counter(type).covered(), coverage.origin() + " " + type);
            }
            assertEquals(jacoco.getPackages().size(), coverage.packages().size());
        }
        assertEquals(ways.get(0), ways.get(2), "cached equals analysed, package by package, class by class");
        assertEquals("jacoco.xml", ways.get(4).origin());
    }

    @Test
    void everyBenchmarkMethodRunsOnce() throws Exception {
        CoverageBenchmark coverage = new CoverageBenchmark();
        coverage.classes = CLASSES;
        coverage.generate();
        coverage.noCacheYet();
        assertNotNull(coverage.jacocoAnalyzer());
        assertEquals(EvidenceStatus.READ, coverage.readinessExec().status());
        assertFalse(coverage.readinessExecFirstBuild().isEmpty());
        assertFalse(coverage.readinessExecNoCache().isEmpty());
        assertEquals(EvidenceStatus.READ, coverage.readinessXml().status());
        assertTrue(coverage.readClassBytes() > 0);

        ReaderBenchmark readers = new ReaderBenchmark();
        readers.generate();
        DependencyAudit audit = readers.dependencyCheckJson100MB();
        assertTrue(audit.dependencyCount() > 100, "about 1 MB of dependencies: " + audit.dependencyCount());
        assertEquals(500, readers.sarif100kResults().results().size());
        assertEquals(EvidenceStatus.READ, readers.surefire10kReports().status());
        assertTrue(readers.surefire10kReports().value().summary().tests() > 30);

        CheckBenchmark check = new CheckBenchmark();
        check.classes = CLASSES;
        check.generate();
        assertEquals(EvidenceStatus.READ, check.coverageAlone().status());
        var card = check.wholeCheck();
        assertNotNull(card.verdict());

        ReactorBenchmark reactor = new ReactorBenchmark();
        reactor.modules = 10;
        reactor.findingsPerModule = 3;
        reactor.generate();
        var result = reactor.aggregate();
        assertEquals(10, result.modules().size());
        // 3 per module, plus the aggregate coverage findings under scope both
        assertEquals(
                30,
                result.card().findings().stream()
                        .filter(f -> !ReactorAggregator.AGGREGATE_MODULE.equals(f.module()))
                        .count());
        assertEquals("NOT_READY", result.card().verdict().name(), "modules 0 and 5 are NOT_READY");
        assertTrue(reactor.aggregateAndRender() > 1_000);
    }

    @Test
    void reactorCorpusIsDeterministic() {
        assertEquals(ReactorCorpus.modules(5, 4, 7L), ReactorCorpus.modules(5, 4, 7L));
    }
}
