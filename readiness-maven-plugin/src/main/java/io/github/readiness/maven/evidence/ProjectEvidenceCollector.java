package io.github.readiness.maven.evidence;

import io.github.readiness.rules.evidence.BuildProvenance;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.build.BuildModel;
import io.github.readiness.rules.evidence.jacoco.CoverageRequest;
import io.github.readiness.rules.evidence.junit.TestReportRequest;
import io.github.readiness.rules.evidence.performance.PerformanceCollector;
import io.github.readiness.rules.evidence.performance.PerformanceEvidence;
import io.github.readiness.rules.evidence.performance.PerformanceRequest;
import io.github.readiness.rules.evidence.quality.AnalysisTool;
import io.github.readiness.rules.evidence.quality.StaticAnalysisCollector;
import io.github.readiness.rules.evidence.quality.StaticAnalysisReport;
import io.github.readiness.rules.evidence.repository.RepositoryFiles;
import io.github.readiness.rules.evidence.repository.RepositoryScanner;
import io.github.readiness.rules.evidence.security.SecurityCollector;
import io.github.readiness.rules.evidence.security.SecurityRequest;
import io.github.readiness.rules.evidence.service.ServiceCollector;
import io.github.readiness.rules.evidence.service.ServiceEvidence;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.policy.Policy;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Collects everything the engine judges about one module, from the build's own outputs: JaCoCo, Surefire/Failsafe,
 * dependency-check and SARIF reports, SpotBugs/PMD/Checkstyle reports, the POM, the repository's files and one scan
 * of the sources. Shared by every goal that evaluates the project, so they all see the same evidence.
 */
public final class ProjectEvidenceCollector {
    private final MavenSession session;
    private final MavenProject project;
    private final Log log;

    public ProjectEvidenceCollector(MavenSession session, MavenProject project, Log log) {
        this.session = session;
        this.project = project;
        this.log = log;
    }

    /** Collects everything, nothing started before. */
    public ProjectEvidence collect(Policy policy, EvidenceLocations locations) throws MojoExecutionException {
        return collect(policy, locations, start(locations));
    }

    /**
     * Starts reading the evidence that depends on the module and the locations only, not on the policy (the sources,
     * coverage and the test reports), so that it overlaps loading the policy.
     */
    public EarlyEvidence start(EvidenceLocations locations) {
        Path basedir = project.getBasedir().toPath();
        Path buildDirectory = Path.of(project.getBuild().getDirectory());
        BuildProvenance provenance = BuildFacts.provenance(session, project);
        List<Path> reportDirs = locations.testReportsDirectories() == null
                        || locations.testReportsDirectories().isEmpty()
                ? List.of(buildDirectory.resolve("surefire-reports"), buildDirectory.resolve("failsafe-reports"))
                : paths(locations.testReportsDirectories());
        Path classes = locations.classesDirectory().toPath();
        return EarlyEvidence.start(
                SourceRoots.request(project, locations.scanTestSources()),
                new CoverageRequest(
                        basedir,
                        buildDirectory,
                        classes,
                        paths(locations.jacocoExecFiles()),
                        locations.jacocoXmlReport().toPath(),
                        provenance,
                        coverageCacheFile(locations)),
                new TestReportRequest(
                        basedir,
                        reportDirs,
                        classes,
                        locations.testClassesDirectory().toPath(),
                        provenance));
    }

    /** Reads what needs the policy while {@code early} runs, then joins it (or abandons it on failure). */
    public ProjectEvidence collect(Policy policy, EvidenceLocations locations, EarlyEvidence early)
            throws MojoExecutionException {
        Path basedir = project.getBasedir().toPath();
        Path buildDirectory = Path.of(project.getBuild().getDirectory());
        Path classes = locations.classesDirectory().toPath();
        boolean joined = false;
        try {
            // what needs the policy first, while the early readers still run; then wait for them
            SecurityCollector.Result security;
            Collected<List<StaticAnalysisReport>> staticAnalysis;
            Collected<RepositoryFiles> repository;
            Collected<BuildModel> build;
            Collected<ServiceEvidence> service;
            Collected<PerformanceEvidence> performance;
            try {
                security = new SecurityCollector().collect(securityRequest(policy, locations));
                staticAnalysis = new StaticAnalysisCollector()
                        .collect(basedir, buildDirectory, staticAnalysisReports(locations));
                repository = new RepositoryScanner().scan(basedir, RepositoryRoot.of(session, project));
                build = BuildEvidence.collect(project, localRepository(), log);
                service = new ServiceCollector().collect(ServiceInputs.request(project, policy.projectType()));
                performance = new PerformanceCollector()
                        .collect(new PerformanceRequest(
                                basedir, buildDirectory, locations.performanceReports(), classes));
            } catch (EvidenceException later) {
                early.measured(); // coverage's or the test reports' error, read before these, comes first
                throw later;
            }
            EarlyEvidence.Measured measured = early.measured();
            Collected<CoverageEvidence> coverage = measured.coverage();
            Collected<TestEvidence> tests = measured.tests();
            BuildProvenance provenance = early.provenance();
            if (!provenance.runsTests()) {
                EvidenceAge.log(provenance, basedir, coverage, tests, log);
            }
            Collected<SourceScan> scan = early.sources();
            joined = true;
            return new ProjectEvidence(
                    coverage,
                    tests,
                    security.audit(),
                    security.scanners(),
                    staticAnalysis,
                    build,
                    repository,
                    scan,
                    service,
                    performance);
        } catch (EvidenceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } finally {
            if (!joined) {
                early.abandon();
            }
        }
    }

    public static ProjectInfo projectInfo(MavenProject project) {
        return new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(), project.getName());
    }

    /** The module's file in the configured coverage cache directory, or null for the default under target/. */
    private Path coverageCacheFile(EvidenceLocations locations) {
        File directory = locations.coverageCacheDirectory();
        return directory == null
                ? null
                : directory
                        .toPath()
                        .resolve(project.getGroupId())
                        .resolve(project.getArtifactId())
                        .resolve("coverage-cache.bin");
    }

    private static List<Path> paths(List<File> files) {
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    private static Map<AnalysisTool, Path> staticAnalysisReports(EvidenceLocations locations) {
        Map<AnalysisTool, Path> configured = new EnumMap<>(AnalysisTool.class);
        if (locations.spotbugsReport() != null) {
            configured.put(AnalysisTool.SPOTBUGS, locations.spotbugsReport().toPath());
        }
        if (locations.pmdReport() != null) {
            configured.put(AnalysisTool.PMD, locations.pmdReport().toPath());
        }
        if (locations.checkstyleReport() != null) {
            configured.put(AnalysisTool.CHECKSTYLE, locations.checkstyleReport().toPath());
        }
        return configured;
    }

    private Path localRepository() {
        if (session.getRepositorySession() == null
                || session.getRepositorySession().getLocalRepository() == null) {
            return null;
        }
        File basedir = session.getRepositorySession().getLocalRepository().getBasedir();
        return basedir == null ? null : basedir.toPath();
    }

    private SecurityRequest securityRequest(Policy policy, EvidenceLocations locations) {
        MavenProject top = ReactorModules.root(session); // the reactor root even with -pl
        boolean isTop = top == null || top.getBasedir().equals(project.getBasedir());
        List<String> sarif = locations.sarifReports() == null ? List.of() : locations.sarifReports();
        return new SecurityRequest(
                project.getBasedir().toPath(),
                Path.of(project.getBuild().getDirectory()),
                paths(locations.dependencyCheckReports()),
                isTop ? null : Path.of(top.getBuild().getDirectory()),
                projectInfo(project),
                isTop ? null : projectInfo(top),
                sarif,
                project.getFile() == null ? null : project.getFile().toPath(),
                "pom".equals(project.getPackaging()),
                policy.security().maxAuditAgeDays(),
                session.getStartTime().toInstant());
    }
}
