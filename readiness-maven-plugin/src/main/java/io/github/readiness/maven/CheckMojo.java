package io.github.readiness.maven;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.Collected;
import io.github.readiness.rules.evidence.CoverageEvidence;
import io.github.readiness.rules.evidence.EvidenceException;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.evidence.TestEvidence;
import io.github.readiness.rules.evidence.quality.AnalysisTool;
import io.github.readiness.rules.evidence.quality.StaticAnalysisCollector;
import io.github.readiness.rules.evidence.quality.StaticAnalysisReport;
import io.github.readiness.rules.evidence.repository.RepositoryFiles;
import io.github.readiness.rules.evidence.repository.RepositoryScanner;
import io.github.readiness.rules.evidence.source.SourceScan;
import io.github.readiness.rules.evidence.source.SourceScanner;
import io.github.readiness.rules.evidence.jacoco.CoverageCollector;
import io.github.readiness.rules.evidence.security.SecurityCollector;
import io.github.readiness.rules.evidence.security.SecurityRequest;
import io.github.readiness.rules.evidence.jacoco.CoverageRequest;
import io.github.readiness.rules.evidence.junit.TestReportCollector;
import io.github.readiness.rules.evidence.junit.TestReportRequest;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.report.ConsoleSummary;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.score.Scorecard;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * The readiness gate. Reads the evidence this build produced (JaCoCo coverage, Surefire and Failsafe reports,
 * OWASP dependency-check reports, SARIF logs of code scanners, SpotBugs/PMD/Checkstyle reports, the POM, the
 * repository's files and one scan of the main sources for secrets, configuration keys and TODO markers),
 * applies the readiness policy, writes {@code target/readiness/readiness.json} and {@code readiness.md}, prints
 * a summary, and fails the build when the verdict is NOT_READY. The policy is the built-in one, then the {@code policy}
 * parameter (a preset, a shared policy on the plugin's classpath or a file), then the project's {@code readiness.yaml},
 * then this configuration; {@code readiness:policy} prints it with the origin of every value.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyCollection = ResolutionScope.TEST,
        threadSafe = true)
public class CheckMojo extends AbstractPolicyMojo {
    /**
     * Fail the build when the verdict is NOT_READY. With {@code false} the report is still written and the log
     * says the gate was not enforced. Default {@code true}.
     */
    @Parameter(property = "readiness.failOnNotReady", defaultValue = "true")
    private boolean failOnNotReady;

    /** Compiled main classes, analysed against the JaCoCo exec data. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

    /** Compiled test classes; test reports older than these are stale. */
    @Parameter(defaultValue = "${project.build.testOutputDirectory}", required = true)
    private File testClassesDirectory;

    /**
     * JaCoCo exec files to merge and analyse. Default: every {@code *.exec} directly in the build directory
     * ({@code target/jacoco.exec}, {@code target/jacoco-it.exec}, ...). Example:
     *
     * <pre>{@code
     * <jacocoExecFiles>
     *   <jacocoExecFile>${project.build.directory}/coverage/unit.exec</jacocoExecFile>
     * </jacocoExecFiles>
     * }</pre>
     */
    @Parameter
    private List<File> jacocoExecFiles;

    /**
     * A JaCoCo XML report, used instead of analysing exec data when it is not older than the classes and the
     * exec files. Default {@code target/site/jacoco/jacoco.xml}.
     */
    @Parameter(property = "readiness.jacocoXmlReport", defaultValue = "${project.reporting.outputDirectory}/jacoco/jacoco.xml")
    private File jacocoXmlReport;

    /**
     * Directories holding Surefire/Failsafe {@code TEST-*.xml} reports. Default {@code target/surefire-reports}
     * and {@code target/failsafe-reports}. Example:
     *
     * <pre>{@code
     * <testReportsDirectories>
     *   <testReportsDirectory>${project.build.directory}/surefire-reports</testReportsDirectory>
     * </testReportsDirectories>
     * }</pre>
     */
    @Parameter
    private List<File> testReportsDirectories;

    /**
     * OWASP dependency-check reports to judge (JSON, XML or SARIF: the format is told by content). Several are
     * merged. Default: the first of {@code target/dependency-check-report.json}, {@code .xml}, {@code .sarif} in the
     * module, else in the reactor root's {@code target/} (where dependency-check's {@code aggregate} goal writes),
     * narrowed to this module's dependencies. Example:
     *
     * <pre>{@code
     * <dependencyCheckReports>
     *   <dependencyCheckReport>${project.build.directory}/owasp/dependency-check-report.json</dependencyCheckReport>
     * </dependencyCheckReports>
     * }</pre>
     */
    @Parameter
    private List<File> dependencyCheckReports;

    /**
     * SARIF 2.1.0 logs of code scanners (SpotBugs, CodeQL, Semgrep, ...), as paths or globs relative to the module
     * ({@code *}, {@code **}, {@code ?}). Results tagged {@code security} or carrying a {@code security-severity}
     * are judged as security, the others as code quality. A configured entry that matches no file is a blocking
     * finding (the scanner did not run). Default: {@code target/*.sarif}, {@code target/*.sarif.json},
     * {@code target/spotbugsSarif.json}, when present. Example:
     *
     * <pre>{@code
     * <sarifReports>
     *   <sarifReport>target/codeql/*.sarif</sarifReport>
     * </sarifReports>
     * }</pre>
     */
    @Parameter
    private List<String> sarifReports;

    /**
     * The SpotBugs XML report (rule {@code quality.static-analysis}). Default {@code target/spotbugsXml.xml}, read when
     * present. A configured report that is missing is a blocking finding: the analysis was meant to run.
     */
    @Parameter(property = "readiness.spotbugsReport")
    private File spotbugsReport;

    /** The PMD XML report. Default {@code target/pmd.xml}, read when present; configured and missing blocks. */
    @Parameter(property = "readiness.pmdReport")
    private File pmdReport;

    /**
     * The Checkstyle XML report. Default {@code target/checkstyle-result.xml}, read when present; configured and
     * missing blocks.
     */
    @Parameter(property = "readiness.checkstyleReport")
    private File checkstyleReport;

    /**
     * Also scan test sources and test resources for hardcoded secrets (rule {@code security.secrets}). Test code
     * often holds fake credentials on purpose, so by default only main sources and resources are scanned. Default
     * {@code false}.
     */
    @Parameter(property = "readiness.scanTestSources", defaultValue = "false")
    private boolean scanTestSources;

    /** Where readiness.json and readiness.md are written. Default {@code target/readiness}. */
    @Parameter(property = "readiness.outputDirectory", defaultValue = "${project.build.directory}/readiness", required = true)
    private File outputDirectory;

    /** This plugin, for the version written into the reports. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        Policy policy = effectivePolicy(engine.defaultPolicy()).policy();
        ProjectEvidence evidence = collectEvidence(policy);
        Scorecard card = engine.evaluate(projectInfo(), evidence, policy, new ToolInfo(plugin.getArtifactId(), plugin.getVersion()));
        Path basedir = project.getBasedir().toPath();
        Path reportDir = outputDirectory.toPath();
        try {
            ReportFiles.writeAll(card, reportDir);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the readiness report to " + reportDir + ": " + e.getMessage()
                    + " (check that the directory is writable)", e);
        }
        String markdown = PathDisplay.relative(basedir, reportDir.resolve(ReportFiles.MARKDOWN));
        ConsoleSummary.lines(card, markdown).forEach(getLog()::info);
        getLog().info("Reports: " + PathDisplay.relative(basedir, reportDir.resolve(ReportFiles.JSON)) + ", " + markdown);
        if (card.verdict() == Verdict.NOT_READY) {
            if (failOnNotReady) {
                throw new MojoFailureException(ConsoleSummary.failureMessage(card, markdown));
            }
            getLog().warn("Verdict is NOT_READY, but readiness.failOnNotReady=false: the build is not failed.");
        }
    }

    private ProjectEvidence collectEvidence(Policy policy) throws MojoExecutionException {
        Path basedir = project.getBasedir().toPath();
        Path buildDirectory = Path.of(project.getBuild().getDirectory());
        String skippedBy = BuildFacts.testsSkippedBy(session, project);
        List<Path> execFiles = jacocoExecFiles == null ? List.of() : jacocoExecFiles.stream().map(File::toPath).toList();
        List<Path> reportDirs = testReportsDirectories == null || testReportsDirectories.isEmpty()
                ? List.of(buildDirectory.resolve("surefire-reports"), buildDirectory.resolve("failsafe-reports"))
                : testReportsDirectories.stream().map(File::toPath).toList();
        try {
            Collected<CoverageEvidence> coverage = new CoverageCollector().collect(new CoverageRequest(basedir,
                    buildDirectory, classesDirectory.toPath(), execFiles, jacocoXmlReport.toPath(), skippedBy));
            Collected<TestEvidence> tests = new TestReportCollector().collect(new TestReportRequest(basedir,
                    reportDirs, classesDirectory.toPath(), testClassesDirectory.toPath(), skippedBy));
            SecurityCollector.Result security = new SecurityCollector().collect(securityRequest(policy));
            Collected<List<StaticAnalysisReport>> staticAnalysis = new StaticAnalysisCollector().collect(basedir,
                    buildDirectory, staticAnalysisReports());
            Collected<SourceScan> sources = new SourceScanner().scan(SourceRoots.request(project, scanTestSources));
            Collected<RepositoryFiles> repository = new RepositoryScanner().scan(basedir,
                    RepositoryRoot.of(session, project));
            return new ProjectEvidence(coverage, tests, security.audit(), security.scanners(), staticAnalysis,
                    BuildEvidence.collect(project, localRepository(), getLog()), repository, sources);
        } catch (EvidenceException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private Map<AnalysisTool, Path> staticAnalysisReports() {
        Map<AnalysisTool, Path> configured = new EnumMap<>(AnalysisTool.class);
        if (spotbugsReport != null) {
            configured.put(AnalysisTool.SPOTBUGS, spotbugsReport.toPath());
        }
        if (pmdReport != null) {
            configured.put(AnalysisTool.PMD, pmdReport.toPath());
        }
        if (checkstyleReport != null) {
            configured.put(AnalysisTool.CHECKSTYLE, checkstyleReport.toPath());
        }
        return configured;
    }

    private Path localRepository() {
        if (session.getRepositorySession() == null || session.getRepositorySession().getLocalRepository() == null) {
            return null;
        }
        File basedir = session.getRepositorySession().getLocalRepository().getBasedir();
        return basedir == null ? null : basedir.toPath();
    }

    private SecurityRequest securityRequest(Policy policy) {
        MavenProject top = session.getTopLevelProject();
        boolean isTop = top == null || top.getBasedir().equals(project.getBasedir());
        List<Path> reports = dependencyCheckReports == null ? List.of()
                : dependencyCheckReports.stream().map(File::toPath).toList();
        return new SecurityRequest(project.getBasedir().toPath(), Path.of(project.getBuild().getDirectory()), reports,
                isTop ? null : Path.of(top.getBuild().getDirectory()), projectInfo(project),
                isTop ? null : projectInfo(top), sarifReports == null ? List.of() : sarifReports,
                project.getFile() == null ? null : project.getFile().toPath(), "pom".equals(project.getPackaging()),
                policy.security().maxAuditAgeDays(), session.getStartTime().toInstant());
    }

    private ProjectInfo projectInfo() {
        return projectInfo(project);
    }

    private static ProjectInfo projectInfo(MavenProject project) {
        return new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(), project.getName());
    }
}
