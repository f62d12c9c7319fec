package io.github.readiness.rules.evidence;

import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.performance.PerformanceEvidence;
import io.github.readiness.rules.evidence.quality.StaticAnalysisReport;
import io.github.readiness.rules.evidence.repository.RepositoryFiles;
import io.github.readiness.rules.evidence.security.AuditEvidence;
import io.github.readiness.rules.evidence.security.SarifReport;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.evidence.source.SourceScan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the gate collected about one module before any rule runs.
 *
 * @param audit the dependency audit (dependency-check JSON, XML or SARIF)
 * @param scanners SARIF results of other scanners (SpotBugs, CodeQL...); dependency-check's own SARIF results are
 *     in {@code audit}, never counted twice
 * @param staticAnalysis SpotBugs, PMD and Checkstyle XML reports
 * @param build the effective build model (POM), as the front end converted it
 * @param repository README, LICENSE, CI configuration and the like, from the module up to the repository root
 * @param sources one scan of the main sources and resources: secrets, configuration keys, TODO markers, size
 * @param service service or library, frameworks, runtime class path and application configuration
 * @param performance load-test results and JMH benchmarks of this build
 */
public record ProjectEvidence(
        Collected<CoverageEvidence> coverage,
        Collected<TestEvidence> tests,
        Collected<AuditEvidence> audit,
        Collected<SarifReport> scanners,
        Collected<List<StaticAnalysisReport>> staticAnalysis,
        Collected<BuildModel> build,
        Collected<RepositoryFiles> repository,
        Collected<SourceScan> sources,
        Collected<ServiceEvidence> service,
        Collected<PerformanceEvidence> performance) {
    public ProjectEvidence {
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(tests, "tests");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(scanners, "scanners");
        Objects.requireNonNull(staticAnalysis, "staticAnalysis");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(performance, "performance");
    }

    /** Without performance results: the performance rules are N/A. */
    public ProjectEvidence(
            Collected<CoverageEvidence> coverage,
            Collected<TestEvidence> tests,
            Collected<AuditEvidence> audit,
            Collected<SarifReport> scanners,
            Collected<List<StaticAnalysisReport>> staticAnalysis,
            Collected<BuildModel> build,
            Collected<RepositoryFiles> repository,
            Collected<SourceScan> sources,
            Collected<ServiceEvidence> service) {
        this(coverage, tests, audit, scanners, staticAnalysis, build, repository, sources, service, notCollected());
    }

    /** This evidence with the performance results replaced (the baseline's benchmarks attached, for instance). */
    public ProjectEvidence withPerformance(Collected<PerformanceEvidence> results) {
        return new ProjectEvidence(
                coverage, tests, audit, scanners, staticAnalysis, build, repository, sources, service, results);
    }

    /** Without service evidence: the service rules are N/A. */
    public ProjectEvidence(
            Collected<CoverageEvidence> coverage,
            Collected<TestEvidence> tests,
            Collected<AuditEvidence> audit,
            Collected<SarifReport> scanners,
            Collected<List<StaticAnalysisReport>> staticAnalysis,
            Collected<BuildModel> build,
            Collected<RepositoryFiles> repository,
            Collected<SourceScan> sources) {
        this(
                coverage,
                tests,
                audit,
                scanners,
                staticAnalysis,
                build,
                repository,
                sources,
                notCollected(),
                notCollected());
    }

    /**
     * Evidence of tests, coverage and security only: the project hygiene evidence (build model, repository files,
     * source scan, static analysis) is NOT_APPLICABLE, so its rules stay silent. For front ends and tests that judge
     * only those.
     */
    public ProjectEvidence(
            Collected<CoverageEvidence> coverage,
            Collected<TestEvidence> tests,
            Collected<AuditEvidence> audit,
            Collected<SarifReport> scanners) {
        this(
                coverage,
                tests,
                audit,
                scanners,
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected(),
                notCollected());
    }

    private static <T> Collected<T> notCollected() {
        return Collected.missing(EvidenceStatus.NOT_APPLICABLE, "not collected", List.of());
    }

    /** The evidence table, in a stable order. */
    public List<EvidenceRecord> records() {
        List<EvidenceRecord> records = new ArrayList<>(coverage.records());
        records.addAll(tests.records());
        records.addAll(audit.records());
        records.addAll(scanners.records());
        records.addAll(staticAnalysis.records());
        records.addAll(build.records());
        records.addAll(repository.records());
        records.addAll(sources.records());
        records.addAll(service.records());
        records.addAll(performance.records());
        return List.copyOf(records);
    }
}
