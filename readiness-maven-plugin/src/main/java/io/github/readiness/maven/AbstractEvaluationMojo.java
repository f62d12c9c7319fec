package io.github.readiness.maven;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.score.Scorecard;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal that evaluates the project shares ({@code check}, {@code baseline}): the policy parameters, where
 * the evidence is, and one call order: build the policy, collect the evidence, evaluate. So a baseline is written
 * from exactly the evaluation that {@code check} later compares with it.
 */
public abstract class AbstractEvaluationMojo extends AbstractReadinessMojo {
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

    /** This plugin, for the version written into the reports. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** One evaluation of the project: the policy it used, the evidence it read and the scorecard. */
    protected record Evaluation(Policy policy, ProjectEvidence evidence, Scorecard card) {}

    /** Builds the policy (then {@link #goalPolicy}), collects the evidence and evaluates; no report is written. */
    protected final Evaluation evaluate() throws MojoExecutionException {
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        Policy policy = goalPolicy(PolicyConfiguration.apply(engine.defaultPolicy(), new PolicyConfiguration.PomPolicy(
                minScore, minLineCoverage, minBranchCoverage, ruleLevels, cvssPreference, blockingSeverity,
                maxAuditAgeDays, secretAllowList)));
        ProjectEvidence evidence = new ProjectEvidenceCollector(session, project, getLog()).collect(policy,
                new EvidenceLocations(classesDirectory, testClassesDirectory, jacocoExecFiles, jacocoXmlReport,
                        testReportsDirectories, dependencyCheckReports, sarifReports, spotbugsReport, pmdReport,
                        checkstyleReport, scanTestSources));
        // waiver expiry is judged on the day the build started, in UTC, whatever the machine's zone
        Scorecard card = engine.evaluate(ProjectEvidenceCollector.projectInfo(project), evidence, policy,
                new ToolInfo(plugin.getArtifactId(), plugin.getVersion()),
                LocalDate.ofInstant(session.getStartTime().toInstant(), ZoneOffset.UTC));
        return new Evaluation(policy, evidence, card);
    }

    /** A goal's own policy settings, applied after the shared ones; none by default. */
    protected Policy goalPolicy(Policy policy) throws MojoExecutionException {
        return policy;
    }
}
