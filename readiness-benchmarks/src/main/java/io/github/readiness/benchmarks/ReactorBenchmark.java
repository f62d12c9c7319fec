package io.github.readiness.benchmarks;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.reactor.ReactorAggregator;
import io.github.readiness.rules.reactor.ReactorResult;
import io.github.readiness.rules.report.JsonRenderer;
import io.github.readiness.rules.report.ReactorMarkdown;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
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
 * (4) What the reactor verdict adds at the end of a multi-module build beyond the per-module work: aggregating 100
 * (and 1,000) module results and writing the top-level readiness.json and readiness.md. Run cold too
 * ({@code -bm ss -wi 0 -i 1 -f 5}): the reactor step runs once per build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReactorBenchmark {
    @Param({"100", "1000"})
    public int modules;

    @Param({"20"})
    public int findingsPerModule;

    private List<ModuleResult> results;
    private Policy policy;
    private final ProjectInfo root = new ProjectInfo("com.example", "root", "1.0.0", "Root");

    @Setup(Level.Trial)
    public void generate() {
        results = ReactorCorpus.modules(modules, findingsPerModule, 42L);
        policy = ReadinessEngine.withBuiltInRules().defaultPolicy().withCoverageScope("both");
    }

    @Benchmark
    public ReactorResult aggregate() {
        return new ReactorAggregator().aggregate(root, ReactorCorpus.TOOL, policy, results, null);
    }

    /** Aggregation plus both reports, rendered in memory: the whole reactor step but the two file writes. */
    @Benchmark
    public int aggregateAndRender() throws IOException {
        ReactorResult reactor = aggregate();
        StringWriter json = new StringWriter();
        JsonRenderer.write(reactor, json);
        StringWriter markdown = new StringWriter();
        ReactorMarkdown.write(reactor, markdown);
        return json.getBuffer().length() + markdown.getBuffer().length();
    }
}
