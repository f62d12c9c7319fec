package io.github.readiness.benchmarks;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.jacoco.CoverageCollector;
import io.github.readiness.rules.evidence.jacoco.CoverageRequest;
import io.github.readiness.rules.evidence.jacoco.JacocoExecAnalyzer;
import io.github.readiness.rules.evidence.junit.TestReportCollector;
import io.github.readiness.rules.evidence.junit.TestReportRequest;
import io.github.readiness.rules.evidence.quality.StaticAnalysisCollector;
import io.github.readiness.rules.evidence.repository.RepositoryScanner;
import io.github.readiness.rules.evidence.security.DependencyAudit;
import io.github.readiness.rules.evidence.security.DependencyCheckJsonReader;
import io.github.readiness.rules.evidence.security.SarifReader;
import io.github.readiness.rules.evidence.security.SarifReport;
import io.github.readiness.rules.evidence.security.SecurityCollector;
import io.github.readiness.rules.evidence.security.SecurityRequest;
import io.github.readiness.rules.evidence.source.SourceRequest;
import io.github.readiness.rules.evidence.source.SourceScanner;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.score.Scorecard;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.tools.ExecFileLoader;

/**
 * The measured operations, shared by the JMH benchmarks, the cold-shot launcher and the smoke tests. Each returns
 * its result so that nothing is optimised away.
 */
public final class Workloads {
    private static final ProjectInfo PROJECT = new ProjectInfo("bench", "bench-module", "1.0.0", "bench-module");
    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    private Workloads() {}

    /** What {@code jacoco:check} does: load the exec, analyse every class with Analyzer + CoverageBuilder. */
    public static IBundleCoverage jacocoAnalysis(ModuleData module) throws IOException {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(module.exec().toFile());
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder)
                .analyzeAll(module.classes().toFile());
        return builder.getBundle("classes");
    }

    /** The floor: list and read every class file, nothing else. */
    public static long readClassBytes(ModuleData module) throws IOException {
        long total = 0;
        try (Stream<Path> files = Files.walk(module.classes())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                total += Files.readAllBytes(file).length;
            }
        }
        return total;
    }

    /** The plugin's coverage evaluation from exec data, as a build sees it: the collector, cache in target/. */
    public static Collected<CoverageEvidence> coverageFromExec(ModuleData module) throws EvidenceException {
        return new CoverageCollector().collect(execRequest(module));
    }

    /** The engine's analysis with no cache at all (every class analysed, nothing written). */
    public static CoverageEvidence coverageNoCache(ModuleData module) throws EvidenceException {
        return new JacocoExecAnalyzer(module.base(), null)
                .analyze(List.of(module.exec()), module.classes())
                .coverage();
    }

    /** A first build: {@code cacheFile} does not exist yet, every class is analysed and the cache written. */
    public static CoverageEvidence coverageFirstBuild(ModuleData module, Path cacheFile) throws Exception {
        return new JacocoExecAnalyzer(module.base(), cacheFile)
                .analyze(List.of(module.exec()), module.classes())
                .coverage();
    }

    /** The plugin's coverage evaluation when a jacoco.xml fresher than the classes and the exec is there. */
    public static Collected<CoverageEvidence> coverageFromXml(ModuleData module) throws EvidenceException {
        return new CoverageCollector()
                .collect(new CoverageRequest(
                        module.base(), module.target(), module.classes(), List.of(module.exec()), module.xml(), null));
    }

    public static DependencyAudit readDependencyCheck(Path report) throws IOException, EvidenceException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(report), 1 << 16)) {
            return new DependencyCheckJsonReader().read(in, report.getFileName());
        }
    }

    public static SarifReport readSarif(Path report) throws IOException, EvidenceException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(report), 1 << 16)) {
            return new SarifReader().read(in, report.getFileName());
        }
    }

    public static Collected<TestEvidence> readSurefire(Path reportsDirectory, Path base) throws EvidenceException {
        return new TestReportCollector()
                .collect(new TestReportRequest(
                        base,
                        List.of(reportsDirectory),
                        base.resolve("target/classes"),
                        base.resolve("target/test-classes"),
                        null));
    }

    /**
     * The whole {@code check} of the module in process: every collector, the engine, readiness.json and
     * readiness.md written. Only the POM model is left out (the Maven front end builds it).
     */
    public static Scorecard wholeCheck(ModuleData module) throws Exception {
        Path base = module.base();
        Collected<CoverageEvidence> coverage = coverageFromExec(module);
        Collected<TestEvidence> tests = new TestReportCollector()
                .collect(new TestReportRequest(
                        base,
                        List.of(module.surefireReports()),
                        module.classes(),
                        module.target().resolve("test-classes"),
                        null));
        SecurityCollector.Result security = new SecurityCollector()
                .collect(new SecurityRequest(
                        base,
                        module.target(),
                        List.of(module.dependencyCheck()),
                        null,
                        PROJECT,
                        null,
                        List.of("target/*.sarif"),
                        null,
                        false,
                        null,
                        NOW));
        ProjectEvidence evidence = new ProjectEvidence(
                coverage,
                tests,
                security.audit(),
                security.scanners(),
                new StaticAnalysisCollector().collect(base, module.target(), Map.of()),
                Collected.missing(
                        io.github.readiness.rules.evidence.EvidenceStatus.NOT_APPLICABLE, "not collected", List.of()),
                new RepositoryScanner().scan(base, base),
                new SourceScanner()
                        .scan(SourceRequest.of(
                                base, module.target(), List.of(base.resolve("src/main/java")), List.of())));
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        Scorecard card = engine.evaluate(
                PROJECT, evidence, engine.defaultPolicy(), new ToolInfo("bench", "0"), LocalDate.of(2026, 11, 2));
        ReportFiles.writeAll(card, module.target().resolve("readiness"));
        return card;
    }

    /** No cache file and no xml: the request the exec benchmarks use. */
    private static CoverageRequest execRequest(ModuleData module) {
        return new CoverageRequest(
                module.base(), module.target(), module.classes(), List.of(module.exec()), null, null);
    }
}
