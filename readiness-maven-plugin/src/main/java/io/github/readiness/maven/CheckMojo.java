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
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * a summary, and fails the build when the verdict is NOT_READY.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyCollection = ResolutionScope.TEST,
        threadSafe = true)
public class CheckMojo extends AbstractReadinessMojo {
    /**
     * Fail the build when the verdict is NOT_READY. With {@code false} the report is still written and the log
     * says the gate was not enforced. Default {@code true}.
     */
    @Parameter(property = "readiness.failOnNotReady", defaultValue = "true")
    private boolean failOnNotReady;

    /** Minimum overall score, 0-100, below which the verdict is NOT_READY. Default 80. */
    @Parameter(property = "readiness.minScore")
    private Integer minScore;

    /**
     * Minimum line coverage (rule {@code coverage.line}), as a ratio or a percentage: {@code 0.8}, {@code 80%}.
     * Default {@code 80%}.
     */
    @Parameter(property = "readiness.minLineCoverage")
    private String minLineCoverage;

    /**
     * Minimum branch coverage (rule {@code coverage.branch}), as a ratio or a percentage: {@code 0.7},
     * {@code 70%}. Default {@code 70%}.
     */
    @Parameter(property = "readiness.minBranchCoverage")
    private String minBranchCoverage;

    /**
     * Level per rule id: {@code ERROR} (findings can block), {@code WARN} (reported, never blocking) or
     * {@code OFF} (not evaluated). Unknown rule ids are errors. Example:
     *
     * <pre>{@code
     * <ruleLevels>
     *   <coverage.branch>WARN</coverage.branch>
     * </ruleLevels>
     * }</pre>
     */
    @Parameter
    private Map<String, String> ruleLevels;

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
     * Which CVSS score ranks a vulnerability: {@code HIGHEST} (the highest of v4, v3 and v2 present; default),
     * {@code V4}, {@code V3} or {@code V2} (that version when present, else the highest). CRITICAL >= 9.0, HIGH >=
     * 7.0, MEDIUM >= 4.0, LOW > 0.
     */
    @Parameter(property = "readiness.cvssPreference")
    private String cvssPreference;

    /**
     * The lowest severity of a vulnerability or SARIF security result that blocks the release: {@code CRITICAL}
     * (default), {@code HIGH}, {@code MEDIUM} or {@code LOW}. Known-exploited vulnerabilities (CISA KEV) always
     * block.
     */
    @Parameter(property = "readiness.blockingSeverity")
    private String blockingSeverity;

    /**
     * A dependency audit older than this many days (by the report's scan date) is stale, a finding of rule
     * {@code dependencies.audit}. Default: no limit (an audit older than the POM is always stale).
     */
    @Parameter(property = "readiness.maxAuditAgeDays")
    private Integer maxAuditAgeDays;

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

    /**
     * Reviewed hardcoded secrets that must not gate (rule {@code security.secrets}): they are reported as INFO with
     * the entry that allows them. Entry forms: {@code fingerprint:<12 hex>} (the fingerprint is the last word of the
     * finding's key: that value wherever it appears), {@code <path glob>} (every secret in matching files), or
     * {@code <path glob>#<pattern id>} (one kind of secret there). Globs apply to paths relative to the module with
     * {@code *}, {@code **} and {@code ?}. An entry that matches nothing is reported, so stale entries get removed.
     * Pattern ids: {@code private-key}, {@code aws-access-key-id}, {@code aws-secret-access-key},
     * {@code github-token}, {@code gitlab-token}, {@code slack-token}, {@code slack-webhook}, {@code jwt},
     * {@code credential-assignment}, {@code default-credential}. Default: none. Example:
     *
     * <pre>{@code
     * <secretAllowList>
     *   <entry>src/main/resources/application-local.properties#default-credential</entry>
     *   <entry>fingerprint:3f2a9c01b7de</entry>
     * </secretAllowList>
     * }</pre>
     */
    @Parameter
    private List<String> secretAllowList;

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
        Policy policy = PolicyConfiguration.apply(engine.defaultPolicy(), new PolicyConfiguration.PomPolicy(minScore,
                minLineCoverage, minBranchCoverage, ruleLevels, cvssPreference, blockingSeverity, maxAuditAgeDays, secretAllowList));
        ProjectEvidence evidence = collectEvidence(policy);
        // waiver expiry is judged on the day the build started, in UTC, whatever the machine's zone
        Scorecard card = engine.evaluate(projectInfo(), evidence, policy, new ToolInfo(plugin.getArtifactId(),
                plugin.getVersion()), LocalDate.ofInstant(session.getStartTime().toInstant(), ZoneOffset.UTC));
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
        ConsoleSummary.waiverWarnings(card).forEach(getLog()::warn);
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
