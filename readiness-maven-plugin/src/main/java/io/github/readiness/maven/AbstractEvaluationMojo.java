package io.github.readiness.maven;

import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.ProjectEvidence;
import io.github.readiness.rules.maturity.MaturityAssessment;
import io.github.readiness.rules.maturity.MaturityAssessor;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.model.ToolInfo;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.score.Scorecard;
import java.io.File;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal that evaluates the project shares ({@code check}, {@code baseline}): where the evidence is (the
 * policy parameters are {@link AbstractPolicyMojo}'s), and one call order: build the policy, collect the evidence,
 * evaluate. So a baseline is written from exactly the evaluation that {@code check} later compares with it.
 */
public abstract class AbstractEvaluationMojo extends AbstractPolicyMojo {
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

    /** This plugin, for the version written into the reports. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** One evaluation of the project: the policy it used, the evidence it read and the scorecard. */
    protected record Evaluation(Policy policy, ProjectEvidence evidence, Scorecard card) {}

    /** Builds the policy (then {@link #goalPolicy}), collects the evidence and evaluates; no report is written. */
    protected final Evaluation evaluate() throws MojoExecutionException {
        ReadinessEngine engine = ReadinessEngine.withBuiltInRules();
        Policy policy = goalPolicy(effectivePolicy(engine.defaultPolicy()).policy());
        ProjectEvidence evidence = new ProjectEvidenceCollector(session, project, getLog()).collect(policy,
                new EvidenceLocations(classesDirectory, testClassesDirectory, jacocoExecFiles, jacocoXmlReport,
                        testReportsDirectories, dependencyCheckReports, sarifReports, spotbugsReport, pmdReport,
                        checkstyleReport, scanTestSources));
        // waiver expiry is judged on the day the build started, in UTC, whatever the machine's zone
        ProjectInfo info = ProjectEvidenceCollector.projectInfo(project);
        ToolInfo tool = tool();
        LocalDate today = LocalDate.ofInstant(session.getStartTime().toInstant(), ZoneOffset.UTC);
        Scorecard card = engine.evaluate(info, evidence, policy, tool, today);
        // the same evidence against the bronze, silver and gold presets: pure rules, no more I/O
        MaturityAssessment maturity = new MaturityAssessor(engine).assess(info, evidence, policy, tool, today);
        return new Evaluation(policy, evidence, card.withMaturity(maturity));
    }

    /** The name and version of this plugin, as written into the reports. */
    protected final ToolInfo tool() {
        return new ToolInfo(plugin.getArtifactId(), plugin.getVersion());
    }

    /** This plugin's descriptor (its key, to find where a module binds a goal). */
    protected final PluginDescriptor pluginDescriptor() {
        return plugin;
    }

    /** A goal's own policy settings, applied after the shared ones; none by default. */
    protected Policy goalPolicy(Policy policy) throws MojoExecutionException {
        return policy;
    }
}
