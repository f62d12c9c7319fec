package io.github.readiness.benchmarks;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CoverageEvidence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jacoco.core.analysis.IBundleCoverage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (1) Coverage of one module: JaCoCo's own analysis (what jacoco:check does) against the plugin's evaluation from
 * exec data (second build: cache warm; first build: cache written; no cache at all), from a fresh jacoco.xml,
 * and the floor of reading the class bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoverageBenchmark {
    @Param({"2000", "20000"})
    public int classes;

    private ModuleData module;
    private Path firstBuildCache;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        module = BenchData.fromSystemProperty().module(classes);
        firstBuildCache = module.target().resolve("readiness/first-build-cache.bin");
    }

    @Setup(Level.Invocation)
    public void noCacheYet() throws Exception {
        Files.deleteIfExists(firstBuildCache);
    }

    @Benchmark
    public IBundleCoverage jacocoAnalyzer() throws Exception {
        return Workloads.jacocoAnalysis(module);
    }

    @Benchmark
    public Collected<CoverageEvidence> readinessExec() throws Exception {
        return Workloads.coverageFromExec(module);
    }

    @Benchmark
    public CoverageEvidence readinessExecFirstBuild() throws Exception {
        return Workloads.coverageFirstBuild(module, firstBuildCache);
    }

    @Benchmark
    public CoverageEvidence readinessExecNoCache() throws Exception {
        return Workloads.coverageNoCache(module);
    }

    @Benchmark
    public Collected<CoverageEvidence> readinessXml() throws Exception {
        return Workloads.coverageFromXml(module);
    }

    @Benchmark
    public long readClassBytes() throws Exception {
        return Workloads.readClassBytes(module);
    }
}
