package io.github.readiness.benchmarks;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.score.Scorecard;
import java.util.concurrent.TimeUnit;
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
 * (3) The whole check of a module in process (coverage, tests, dependency-check, SARIF, sources, repository
 * files, the engine, readiness.json and .md) against its coverage evaluation alone; 2,000 vs 20,000 classes (and
 * 200 vs 2,000 Surefire reports, 100 vs 1,000 sources) shows whether anything grows faster than the input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CheckBenchmark {
    @Param({"2000", "20000"})
    public int classes;

    private ModuleData module;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        module = BenchData.fromSystemProperty().module(classes);
    }

    @Benchmark
    public Scorecard wholeCheck() throws Exception {
        return Workloads.wholeCheck(module);
    }

    @Benchmark
    public Collected<CoverageEvidence> coverageAlone() throws Exception {
        return Workloads.coverageFromExec(module);
    }
}
