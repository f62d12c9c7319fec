package io.github.readiness.maven;

import io.github.readiness.maven.PolicyConfiguration.PomPolicy;
import io.github.readiness.maven.ReadinessSettings.BaselineOptions;
import io.github.readiness.rules.model.ToolInfo;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;

/**
 * The parameters of {@code check} that decide the scorecard, declared again for the site report: a report must extend
 * {@link AbstractMavenReport}, so it cannot inherit them from {@link AbstractEvaluationMojo}. Copied with their
 * Javadoc (it becomes the goal reference); {@code ReportParametersTest} fails when the two goals' lists differ in
 * name, type, property, default or description. Everything else goes through {@link ReadinessFacade}, like
 * {@code check}.
 */
public abstract class AbstractReadinessReport extends AbstractMavenReport {
    /** The running build, for the properties that tell whether this build skipped its tests. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * Skips the goal entirely: no evidence is read, no report is written, the build is not gated. The log says so
     * at WARNING, and {@code check} removes the previous build's reports from its output directory so none is read
     * as this build's verdict. Default {@code false}.
     */
    @Parameter(property = "readiness.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The policy to start from, applied before the project's {@code readiness.yaml} and this configuration: a preset
     * ({@code default}, {@code bronze}, {@code silver}, {@code gold}, gold the strictest), a resource on the plugin's
     * classpath ({@code classpath:acme/readiness.yaml}: how an organisation ships its policy, as a jar added to the
     * plugin's {@code <dependencies>}), or a YAML/JSON file path (relative to the module). Default: none, the built-in
     * policy. The project's {@code readiness.yaml} (module root, else reactor root) is read in any case. Example:
     *
     * <pre>{@code
     * <plugin>
     *   <groupId>io.github.readiness</groupId>
     *   <artifactId>readiness-maven-plugin</artifactId>
     *   <configuration>
     *     <policy>classpath:acme/readiness.yaml</policy>
     *   </configuration>
     *   <dependencies>
     *     <dependency>
     *       <groupId>com.acme</groupId>
     *       <artifactId>acme-readiness-policy</artifactId>
     *       <version>1.0.0</version>
     *     </dependency>
     *   </dependencies>
     * </plugin>
     * }</pre>
     */
    @Parameter(property = "readiness.policy")
    private String policy;

    /** Minimum overall score, 0-100, below which the verdict is NOT_READY. Default 80 (or the policy file's). */
    @Parameter(property = "readiness.minScore")
    private Integer minScore;

    /**
     * Minimum line coverage (rule {@code coverage.line}), as a ratio or a percentage: {@code 0.8}, {@code 80%}.
     * Default {@code 80%} (or the policy file's).
     */
    @Parameter(property = "readiness.minLineCoverage")
    private String minLineCoverage;

    /**
     * Minimum branch coverage (rule {@code coverage.branch}), as a ratio or a percentage: {@code 0.7},
     * {@code 70%}. Default {@code 70%} (or the policy file's).
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

    /**
     * Effort estimate per rule id, in minutes per unit of the rule's first documented rate ({@code coverage.line}:
     * minutes per line still to cover, default 5; {@code security.vulnerabilities}: minutes per upgrade within the
     * same major version, default 60). A rule's other rates and every finding's effort scale with it. A whole number,
     * 0 or more; unknown rule ids are errors. {@code mvn readiness:policy} lists every rule's rate. Default: the
     * rules' documented estimates (or the policy file's {@code rules.<id>.effort}). Example:
     *
     * <pre>{@code
     * <ruleEfforts>
     *   <coverage.line>10</coverage.line>
     *   <security.vulnerabilities>120</security.vulnerabilities>
     * </ruleEfforts>
     * }</pre>
     */
    @Parameter
    private Map<String, String> ruleEfforts;

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
     * A dependency audit scanned longer ago than this many days (by the report's own scan date, {@code reportDate},
     * else the file's time) is stale, a finding of rule {@code dependencies.audit}; the age is taken at the build's
     * start. Default: 30 (dependency-check's NVD data is out of date within days; a month allows a scheduled audit
     * job). An audit older than the POM is always stale.
     */
    @Parameter(property = "readiness.maxAuditAgeDays")
    private Integer maxAuditAgeDays;

    /**
     * Reviewed hardcoded secrets that must not gate (rule {@code security.secrets}): they are reported as INFO with
     * the entry that allows them. Entry forms: {@code fingerprint:<12 hex>} (the fingerprint is the last word of the
     * finding's key: that value wherever it appears), {@code <path glob>} (every secret in matching files), or
     * {@code <path glob>#<pattern id>} (one kind of secret there). Globs apply to paths relative to the module with
     * {@code *}, {@code **} and {@code ?}. An entry that matches nothing is reported, so stale entries get removed.
     * Pattern ids: {@code private-key}, {@code aws-access-key-id}, {@code aws-secret-access-key},
     * {@code github-token}, {@code gitlab-token}, {@code slack-token}, {@code slack-webhook}, {@code jwt},
     * {@code credential-assignment}, {@code default-credential}. Default: none. Replaces a policy file's list.
     * Example:
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

    /**
     * The maturity level the project must reach: {@code bronze}, {@code silver} or {@code gold} (the presets of the
     * same names). Every build reports the level reached (stone below bronze) and what the next one needs; below the
     * required level the verdict is NOT_READY. Default: none required.
     */
    @Parameter(property = "readiness.requiredLevel")
    private String requiredLevel;

    /**
     * Multi-module builds: where the coverage thresholds apply. {@code module} (default): each module against its
     * thresholds, as in a single-module build; {@code aggregate}: only the reactor's aggregated coverage (covered and
     * missed lines summed over the modules, or the report-aggregate XML) blocks, a module below the bar only reports
     * it; {@code both}: each module and the aggregate. Policy file key {@code coverage.scope}.
     */
    @Parameter(property = "readiness.coverageScope")
    private String coverageScope;

    /**
     * Multi-module builds: when a NOT_READY verdict fails the build. {@code end} (default): each module's verdict is
     * logged and the build fails once, at the end of the reactor, with the reactor summary listing every module's
     * blockers; {@code module}: at the first NOT_READY module, as a single-module build does. Policy file key
     * {@code reactor.failAt}.
     */
    @Parameter(property = "readiness.failAt")
    private String failAt;

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
     *   <jacocoExecFile>target/coverage/unit.exec</jacocoExecFile>
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
     *   <testReportsDirectory>target/surefire-reports</testReportsDirectory>
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
     *   <dependencyCheckReport>target/owasp/dependency-check-report.json</dependencyCheckReport>
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

    /**
     * The baseline to compare with, as written by {@code readiness:baseline}. When the file exists, the score may
     * not drop by more than {@code baselineScoreTolerance}, line coverage not by more than
     * {@code baselineCoverageTolerance}, and the report shows the change of the score, each category and coverage.
     * When it does not exist, nothing is compared. A file that cannot be read fails the build (it is never
     * ignored). Default: {@code readiness-baseline.json} in the project's base directory.
     */
    @Parameter(property = "readiness.baselineFile", defaultValue = "${project.basedir}/readiness-baseline.json",
            required = true)
    private File baselineFile;

    /**
     * Points the overall score may drop below the baseline's before rule {@code baseline.ratchet} blocks, 0-100.
     * Default {@code 0}: any drop blocks.
     */
    @Parameter(property = "readiness.baselineScoreTolerance")
    private Integer baselineScoreTolerance;

    /**
     * Percentage points line coverage may drop below the baseline's before rule {@code baseline.ratchet} blocks,
     * 0-100: {@code 2.5} lets 80 % fall to 77.5 %. Default {@code 0}: any drop blocks.
     */
    @Parameter(property = "readiness.baselineCoverageTolerance")
    private Double baselineCoverageTolerance;

    /**
     * Gate only new problems: findings already in the baseline (matched by a fingerprint of rule and key, not by
     * message) no longer block; they stay in the report marked "in baseline". New findings block as usual, and
     * {@code minScore} still applies. Default {@code false}.
     */
    @Parameter(property = "readiness.newProblemsOnly")
    private Boolean newProblemsOnly;

    /**
     * Where {@code check} wrote readiness.json and readiness.stamp: when the stamp says they were computed from the
     * same policy and the same evidence files, the page is rendered from readiness.json instead of evaluating again.
     * The same property as {@code check}'s {@code outputDirectory}. Default {@code target/readiness}.
     */
    @Parameter(property = "readiness.outputDirectory", defaultValue = "${project.build.directory}/readiness",
            required = true)
    private File readinessDirectory;

    /** The settings {@code check} would evaluate with, for {@link ReadinessFacade}. */
    final ReadinessSettings settings() {
        return new ReadinessSettings(policy,
                new PomPolicy(minScore, minLineCoverage, minBranchCoverage, ruleLevels, cvssPreference,
                        blockingSeverity, maxAuditAgeDays, secretAllowList, requiredLevel, ruleEfforts, coverageScope, failAt),
                new EvidenceLocations(classesDirectory, testClassesDirectory, jacocoExecFiles, jacocoXmlReport,
                        testReportsDirectories, dependencyCheckReports, sarifReports, spotbugsReport, pmdReport,
                        checkstyleReport, scanTestSources),
                new BaselineOptions(baselineFile, baselineScoreTolerance, baselineCoverageTolerance,
                        newProblemsOnly));
    }

    final ReadinessFacade facade() {
        return new ReadinessFacade(session, project, getLog(),
                new ToolInfo(plugin.getArtifactId(), plugin.getVersion()), settings());
    }

    final MavenSession session() {
        return session;
    }

    final boolean skip() {
        return skip;
    }

    final File readinessDirectory() {
        return readinessDirectory;
    }
}
