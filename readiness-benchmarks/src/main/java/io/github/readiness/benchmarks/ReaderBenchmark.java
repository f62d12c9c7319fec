package io.github.readiness.benchmarks;

import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.evidence.security.SarifReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (2) Report readers on big inputs: a ~100 MB dependency-check JSON report, a SARIF file of 100,000 results and
 * 10,000 Surefire reports. Throughput in MB/s is the file size over the time; {@code -prof gc} gives allocation,
 * {@code -jvmArgs -Xmx16m} proves the heap bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ReaderBenchmark {
    private BenchData.ReportFiles reports;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        reports = BenchData.fromSystemProperty().bigReports();
    }

    @Benchmark
    public DependencyAudit dependencyCheckJson100MB() throws Exception {
        return Workloads.readDependencyCheck(reports.dependencyCheck());
    }

    @Benchmark
    public SarifReport sarif100kResults() throws Exception {
        return Workloads.readSarif(reports.sarif());
    }

    @Benchmark
    public Collected<TestEvidence> surefire10kReports() throws Exception {
        return Workloads.readSurefire(
                reports.surefireReports(), reports.surefireReports().getParent());
    }
}
