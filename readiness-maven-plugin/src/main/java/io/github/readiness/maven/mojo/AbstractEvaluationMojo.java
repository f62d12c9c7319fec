package io.github.readiness.maven.mojo;

import io.github.readiness.maven.evaluation.ReadinessFacade;
import io.github.readiness.maven.evaluation.ReadinessSettings;
import io.github.readiness.maven.evaluation.ReadinessSettings.BaselineOptions;
import io.github.readiness.maven.evidence.EvidenceLocations;
import io.github.readiness.rules.model.ToolInfo;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal that evaluates the project shares ({@code check}, {@code report}, {@code baseline}): where the
 * evidence and the baseline are (the policy parameters are {@link AbstractPolicyMojo}'s), handed to
 * {@link ReadinessFacade}, which has the one call order: build the policy, read the baseline, collect the evidence,
 * evaluate, compare. Declared once here, so a baseline is written from exactly the evaluation that {@code check}
 * later compares with it, and the site page shows what the gate decided.
 */
public abstract class AbstractEvaluationMojo extends AbstractPolicyMojo {
    /**
     * Compiled main classes, analysed against the JaCoCo exec data.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private File classesDirectory;

    /**
     * Compiled test classes; test reports older than these are stale.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.testOutputDirectory}", required = true)
    private File testClassesDirectory;

    /**
     * JaCoCo exec files to merge and analyse. Default: every {@code *.exec} directly in the build directory
     * ({@code target/jacoco.exec}, {@code target/jacoco-it.exec}, ...). Example:
     *
     * <pre>{@code
     * <jacocoExecFiles>
     *   <jacocoExecFile>target/coverage/unit.exec</jacocoExecFile>
     * </jacocoExecFiles>
     * }</pre>
     * @since 0.1.0
     */
    @Parameter
    private List<File> jacocoExecFiles;

    /**
     * A JaCoCo XML report, used instead of analysing exec data when it is not older than the classes and the
     * exec files. Default {@code target/site/jacoco/jacoco.xml}.
     * @since 0.1.0
     */
    @Parameter(
            property = "readiness.jacocoXmlReport",
            defaultValue = "${project.reporting.outputDirectory}/jacoco/jacoco.xml")
    private File jacocoXmlReport;

    /**
     * Directories holding Surefire/Failsafe {@code TEST-*.xml} reports. Default {@code target/surefire-reports}
     * and {@code target/failsafe-reports}. Example:
     *
     * <pre>{@code
     * <testReportsDirectories>
     *   <testReportsDirectory>target/surefire-reports</testReportsDirectory>
     * </testReportsDirectories>
     * }</pre>
     * @since 0.1.0
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
     *   <dependencyCheckReport>target/owasp/dependency-check-report.json</dependencyCheckReport>
     * </dependencyCheckReports>
     * }</pre>
     * @since 0.1.0
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
     * @since 0.1.0
     */
    @Parameter
    private List<String> sarifReports;

    /**
     * The SpotBugs XML report (rule {@code quality.static-analysis}). Default {@code target/spotbugsXml.xml}, read when
     * present. A configured report that is missing is a blocking finding: the analysis was meant to run.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.spotbugsReport")
    private File spotbugsReport;

    /**
     * The PMD XML report. Default {@code target/pmd.xml}, read when present; configured and missing blocks.
     *
     * @since 0.1.0
     */
    @Parameter(property = "readiness.pmdReport")
    private File pmdReport;

    /**
     * The Checkstyle XML report. Default {@code target/checkstyle-result.xml}, read when present; configured and
     * missing blocks.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.checkstyleReport")
    private File checkstyleReport;

    /**
     * Also scan test sources and test resources for hardcoded secrets (rule {@code security.secrets}). Test code
     * often holds fake credentials on purpose, so by default only main sources and resources are scanned. Default
     * {@code false}.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.scanTestSources", defaultValue = "false")
    private boolean scanTestSources;

    /**
     * Where the per-class coverage cache is kept instead of {@code target/readiness/coverage-cache.bin}, which
     * {@code mvn clean} deletes: a directory outside {@code target/} survives it, so a CI build that restores it
     * (e.g. with its cache action) analyses only the classes whose bytes or probe data changed. Each module keeps
     * {@code <groupId>/<artifactId>/coverage-cache.bin} in it. An entry is used only for a class with the same
     * JaCoCo class id, length and probes under the same JaCoCo version, so the cache can never change a verdict;
     * deleting it is always safe. Default: none (the file stays under {@code target/readiness/}).
     * @since 0.1.0
     */
    @Parameter(property = "readiness.coverageCacheDirectory")
    private File coverageCacheDirectory;

    /**
     * Performance results (Gatling js/stats.json and assertions.json, JMeter JTL in CSV or XML, k6 summaries, JMH
     * {@code -rf json}), as paths or globs relative to the module, like {@code sarifReports}; each format is told by
     * content. Default: {@code target/gatling/}{@code *}{@code /js/*.json}, {@code target/jmeter/results/*.{jtl,csv,xml}},
     * {@code target/k6/*.json}, {@code target/jmh-result.json}, {@code target/jmh/*.json}. Example:
     * {@code <performanceReports><performanceReport>perf/results/*.jtl</performanceReport></performanceReports>}
     * @since 0.1.0
     */
    @Parameter
    private List<String> performanceReports;

    /**
     * The committed baseline: {@code readiness:baseline} writes it (an existing file is replaced), {@code check} and
     * {@code report} compare with it. When the file exists, the score may not drop by more than
     * {@code baselineScoreTolerance}, line coverage not by more than {@code baselineCoverageTolerance}, and the report
     * shows the change of the score, each category and coverage. When it does not exist, nothing is compared. A file
     * that cannot be read fails the build (it is never ignored). Default: {@code readiness-baseline.json} in the
     * module's directory.
     * @since 0.1.0
     */
    @Parameter(
            property = "readiness.baselineFile",
            defaultValue = "${project.basedir}/readiness-baseline.json",
            required = true)
    private File baselineFile;

    /** This plugin, for the version written into the reports. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** The facade that evaluates this project with this goal's parameters; see its call order. */
    final ReadinessFacade facade(BaselineOptions baseline) {
        return new ReadinessFacade(
                session,
                project,
                getLog(),
                tool(),
                new ReadinessSettings(policyReference(), pomPolicy(), evidenceLocations(), baseline));
    }

    /** Where the baseline is read from ({@code check}, {@code report}) or written to ({@code baseline}). */
    protected final File baselineFile() {
        return baselineFile;
    }

    /** Where the evidence is, as configured. */
    final EvidenceLocations evidenceLocations() {
        return new EvidenceLocations(
                classesDirectory,
                testClassesDirectory,
                jacocoExecFiles,
                jacocoXmlReport,
                testReportsDirectories,
                dependencyCheckReports,
                sarifReports,
                spotbugsReport,
                pmdReport,
                checkstyleReport,
                scanTestSources,
                coverageCacheDirectory,
                performanceReports == null ? List.of() : performanceReports);
    }

    /** The name and version of this plugin, as written into the reports. */
    protected final ToolInfo tool() {
        return new ToolInfo(plugin.getArtifactId(), plugin.getVersion());
    }

    /** This plugin's descriptor (its key, to find where a module binds a goal). */
    protected final PluginDescriptor pluginDescriptor() {
        return plugin;
    }
}
