package io.github.readiness.maven;

import io.github.readiness.maven.ReadinessSettings.BaselineOptions;
import io.github.readiness.maven.ReactorRegistry.Entry;
import io.github.readiness.rules.baseline.Baseline;
import io.github.readiness.rules.baseline.BaselineComparison;
import io.github.readiness.rules.baseline.BaselineException;
import io.github.readiness.rules.baseline.BaselineFile;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.report.ConsoleSummary;
import io.github.readiness.rules.report.ConsoleText;
import io.github.readiness.rules.report.ModuleResultFiles;
import io.github.readiness.rules.report.OutputFormat;
import io.github.readiness.rules.policy.FailAt;
import io.github.readiness.rules.policy.OnSkippedTests;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.reactor.ReactorAggregator;
import io.github.readiness.rules.report.ReactorSummary;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.rule.Rules;
import io.github.readiness.rules.score.Scorecard;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The readiness gate. Reads the evidence this build produced (JaCoCo coverage, Surefire and Failsafe reports,
 * OWASP dependency-check reports, SARIF logs of code scanners, SpotBugs/PMD/Checkstyle reports, the POM, the
 * repository's files and one scan of the main sources for secrets, configuration keys and TODO markers),
 * applies the readiness policy, compares with the committed baseline ({@code readiness-baseline.json}) when there is
 * one, writes {@code target/readiness/readiness.json} and the other chosen {@code formats} (Markdown, SARIF, JUnit XML,
 * GitHub Actions summary and annotations), prints a summary, and fails the build when the verdict is NOT_READY.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyCollection = ResolutionScope.TEST,
        threadSafe = true)
public class CheckMojo extends AbstractEvaluationMojo {
    /**
     * Fail the build when the verdict is NOT_READY. With {@code false} the report is still written and the log
     * says the gate was not enforced. Default {@code true}.
     */
    @Parameter(property = "readiness.failOnNotReady", defaultValue = "true")
    private boolean failOnNotReady;

    /**
     * What a build that skipped its tests ({@code -DskipTests}, {@code -Dmaven.test.skip}, or every Surefire/Failsafe
     * execution configured to skip) does. Its verdict is never READY: its coverage and test evidence is not its own.
     * <ul>
     *   <li>{@code FAIL}: the NOT_READY verdict fails the build, as any other.
     *   <li>{@code WARN}: the build passes with a warning that it was not judged (the everyday
     *       {@code mvn install -DskipTests} on a developer's machine).
     *   <li>{@code AUTO}: FAIL on a CI server (environment {@code CI=true}, {@code JENKINS_URL}, {@code TF_BUILD},
     *       {@code GITHUB_ACTIONS}, {@code GITLAB_CI}, {@code BUILDKITE}, ...), WARN elsewhere.
     * </ul>
     * Overrides {@code onSkippedTests} of {@code readiness.yaml}. Default {@code AUTO}.
     */
    @Parameter(property = "readiness.onSkippedTests")
    private String onSkippedTests;

    /** Where readiness.json and the other report files are written. Default {@code target/readiness}. */
    @Parameter(property = "readiness.outputDirectory", defaultValue = "${project.build.directory}/readiness", required = true)
    private File outputDirectory;

    /**
     * The outputs to produce, comma-separated on the command line ({@code -Dreadiness.formats=JSON,SARIF}), case
     * does not matter:
     * <ul>
     *   <li>{@code JSON}: {@code readiness.json}. Always written, even when not listed: {@code readiness:report} and
     *       the reactor verdict read it back.
     *   <li>{@code MARKDOWN}: {@code readiness.md}, the audit for people.
     *   <li>{@code SARIF}: {@code readiness.sarif}, SARIF 2.1.0 for code scanning (e.g. GitHub's
     *       {@code upload-sarif} action); waived findings are suppressed results.
     *   <li>{@code JUNIT}: {@code TEST-readiness.xml}, one test case per rule (failed for blocking findings) plus
     *       {@code verdict}, for CI test tabs.
     *   <li>{@code GITHUB}: on GitHub Actions, appends a short summary to the file {@code GITHUB_STEP_SUMMARY} names
     *       and prints {@code ::error}/{@code ::warning} annotations for blocking and other HIGH/CRITICAL findings
     *       (when {@code GITHUB_ACTIONS=true}); does nothing elsewhere.
     * </ul>
     * In a multi-module build the module that completes the reactor writes the reactor's result in the same formats
     * to the reactor root's directory: its {@code readiness.sarif} is one run with every module's findings at paths
     * relative to the reactor root ({@code beta/src/main/java/...}) and is the one file to upload to code scanning
     * (each module's own file uses root-relative paths too, but uploading both would show every alert twice); its
     * {@code TEST-readiness.xml} has one test suite per module. GITHUB then appends ONE summary (verdict, module
     * table, blockers) and prints the annotations once, from the reactor; the modules publish nothing, except a
     * module that stops the build itself ({@code failAt=module}).
     * Files go to {@code outputDirectory}. An unknown value fails the build with the list of valid ones. Default
     * {@code JSON,MARKDOWN,SARIF,JUNIT,GITHUB}. Example:
     * <pre>
     * &lt;formats&gt;
     *   &lt;format&gt;MARKDOWN&lt;/format&gt;
     *   &lt;format&gt;SARIF&lt;/format&gt;
     * &lt;/formats&gt;
     * </pre>
     */
    @Parameter(property = "readiness.formats", defaultValue = "JSON,MARKDOWN,SARIF,JUNIT,GITHUB")
    private List<String> formats;

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
     * Multi-module builds: the JaCoCo {@code report-aggregate} XML whose coverage is the reactor's aggregated
     * coverage (it counts cross-module coverage, so it replaces the modules' summed counters; it is never added to
     * them). Default: the first existing {@code target/site/jacoco-aggregate/jacoco.xml} of the reactor root or of a
     * module without classes of its own (the usual aggregator module); a leaf module's partial aggregate is never
     * used. An empty report ({@code <report name="x"/>}) or one older than the build is reported and the modules'
     * counters are summed instead. Without any, the modules' counters are summed.
     */
    @Parameter(property = "readiness.jacocoAggregateReport")
    private File jacocoAggregateReport;

    /** This execution, to tell a command-line {@code readiness:check} (every module runs it) from a bound one. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;


    @Override
    protected String goal() {
        return "check";
    }

    /** Whether NOT_READY fails the build: failOnNotReady, unless a build that skipped its tests only warns. */
    private boolean enforced;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Set<OutputFormat> outputs = ReportFormats.parse(formats); // first: a typo fails before any work
        OnSkippedTests whenSkipped = SkippedTestsGate.parse(onSkippedTests);
        Path basedir = project.getBasedir().toPath();
        ReadinessFacade facade = facade(new BaselineOptions(baselineFile, baselineScoreTolerance,
                baselineCoverageTolerance, newProblemsOnly));
        enforced = failOnNotReady && SkippedTestsGate.enforces(whenSkipped == null ? facade.policy().onSkippedTests()
                : whenSkipped, BuildFacts.testsSkippedBy(session, project), environment(), getLog());
        Path reportDir = outputDirectory.toPath();
        ReactorModules reactor = new ReactorModules(session);
        BuildCache.State cache = cacheState(reportDir);
        if (cache != BuildCache.State.BUILT) {
            restored(cache, facade, reactor, outputs);
            return;
        }
        Scorecard card = facade.scorecard();
        // in a reactor, paths in readiness.sarif start at the reactor root (beta/src/...), as code scanning reads them
        String folder = reactor.isMultiModule() ? reactor.path(project) : "";
        Map<CounterType, Counter> counters = facade.evaluation().evidence().coverage().isRead()
                ? facade.evaluation().evidence().coverage().value().bundle()
                : Map.of();
        List<Path> written;
        try {
            written = ReportFiles.writeAll(card, reportDir, outputs, folder);
            ReportFormats.deleteUnselected(reportDir, outputs); // no stale readiness.sarif beside fresh files
            // beside readiness.json, which stays byte-deterministic: lets report reuse this result
            ReadinessStamp.write(reportDir, ReadinessStamp.of(facade, project, session, card));
            // the reactor step (maybe in another class realm) and a build restored from the build cache read it back
            ModuleResultFiles.write(reportDir, card, counters);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the readiness report to " + reportDir + ": " + e.getMessage()
                    + " (check that the directory is writable)", e);
        }
        conclude(card, written, facade, reactor, outputs);
    }

    /** The summary, the GitHub output, the registration in the reactor and the gate, for a fresh or restored card. */
    private void conclude(Scorecard card, List<Path> written, ReadinessFacade facade, ReactorModules reactor,
            Set<OutputFormat> outputs) throws MojoExecutionException, MojoFailureException {
        Path basedir = project.getBasedir().toPath();
        Path reportDir = outputDirectory.toPath();
        // where the log sends people for the details: readiness.md, or readiness.json when Markdown is not written
        String markdown = PathDisplay.relative(basedir, reportDir.resolve(
                outputs.contains(OutputFormat.MARKDOWN) ? ReportFiles.MARKDOWN : ReportFiles.JSON));
        ConsoleSummary.lines(card, markdown, MavenConsoleStyle.INSTANCE).forEach(getLog()::info);
        ConsoleSummary.waiverWarnings(card).forEach(getLog()::warn);
        if (!written.isEmpty()) {
            ConsoleText.wrap("Reports: " + written.stream().map(file -> PathDisplay.relative(basedir, file))
                    .collect(Collectors.joining(", ")), "  ").forEach(getLog()::info);
        }
        boolean failAtEnd = facade.reactorPolicy().reactor().failAt() == FailAt.END;
        boolean failsHere = enforced && card.verdict() == Verdict.NOT_READY && !failAtEnd;
        if (outputs.contains(OutputFormat.GITHUB)) {
            if (!reactor.isMultiModule() || failsHere) { // a reactor publishes once, at its end, unless it stops here
                new GithubOutput(getLog(), environment()).publish(card, basedir, markdown);
            } else {
                getLog().debug("GitHub summary and annotations: published once by the reactor step");
            }
        }
        if (!reactor.isMultiModule()) {
            gate(card, markdown);
            return;
        }
        if (failAtEnd && enforced && card.verdict() == Verdict.NOT_READY) {
            getLog().warn("Readiness of " + card.project().coordinates() + " is NOT_READY: the build fails at the end"
                    + " of the reactor (reactor.failAt=end)");
        }
        register(reactor, Entry.checked(reportDir, outputs, basedir, facade.settings()));
        if (!failAtEnd || !enforced) {
            gate(card, markdown);
        }
    }

    /**
     * A module the build cache restored (see {@link BuildCache}): the verdict of the build that was cached stands, read
     * from the restored {@code target/readiness}; restored without it, the module cannot be judged and the check fails.
     */
    private void restored(BuildCache.State cache, ReadinessFacade facade, ReactorModules reactor,
            Set<OutputFormat> outputs) throws MojoExecutionException, MojoFailureException {
        Path reportDir = outputDirectory.toPath();
        String shown = PathDisplay.relative(project.getBasedir().toPath(), reportDir);
        if (cache == BuildCache.State.RESTORED_WITHOUT_RESULT) {
            throw new MojoFailureException(project.getArtifactId() + " was restored from the build cache without its"
                    + " readiness result (" + shown + "), so it cannot be judged: add <dirName>"
                    + reportDir.getFileName() + "</dirName> to <attachedOutputs><dirNames> in"
                    + " .mvn/maven-build-cache-config.xml (see the usage page, build cache), or build it again with"
                    + " -Dmaven.build.cache.enabled=false");
        }
        ModuleResult result;
        try {
            result = ModuleResultFiles.read(reportDir, ProjectEvidenceCollector.projectInfo(project),
                    reactor.path(project), Rules.metadata(Rules.builtIn()));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the readiness result the build cache restored: "
                    + e.getMessage() + " (build again with -Dmaven.build.cache.enabled=false)", e);
        }
        getLog().info("Restored from the build cache with its readiness result (" + shown + "): the verdict of the"
                + " build that was cached");
        conclude(result.card(), List.of(), facade, reactor, outputs);
    }

    private BuildCache.State cacheState(Path reportDir) throws MojoExecutionException {
        if (mojoExecution != null && mojoExecution.getSource() == MojoExecution.Source.CLI) {
            return BuildCache.State.BUILT; // mvn readiness:check judges what is on disk, as without the cache
        }
        try {
            return BuildCache.state(session, project, reportDir);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read .mvn/extensions.xml: " + e.getMessage(), e);
        }
    }

    @Override
    protected void skipped() throws MojoExecutionException, MojoFailureException {
        StaleReports.remove(outputDirectory.toPath(), project.getBasedir().toPath(), "readiness.skip=true", getLog());
        ReactorModules reactor = new ReactorModules(session);
        if (reactor.isMultiModule()) {
            register(reactor, Entry.skipped());
        }
    }

    @Override
    protected void failed() {
        StaleReports.remove(outputDirectory.toPath(), project.getBasedir().toPath(), "this check failed before its"
                + " verdict", getLog());
    }

    /** Records this module; the module that completes last computes, writes, prints and gates the reactor verdict. */
    private void register(ReactorModules reactor, Entry entry) throws MojoExecutionException, MojoFailureException {
        Optional<Map<String, Entry>> all = ReactorRegistry.of(session).register(ReactorModules.id(project), entry,
                reactor.expected(pluginDescriptor(), mojoExecution, goal()));
        if (all.isEmpty()) {
            return;
        }
        ReactorStep.Completed completed = new ReactorStep(session, reactor, jacocoAggregateReport, tool(), getLog(),
                environment()).complete(all.get());
        if (completed != null && completed.result().card().verdict() == Verdict.NOT_READY) {
            if (enforced) {
                throw new MojoFailureException(ReactorSummary.failureMessage(completed.result(), completed.markdown()));
            }
            getLog().warn("Reactor verdict is NOT_READY, but " + notEnforcedBecause() + ": the build is not failed.");
        }
    }

    /** The module's own gate: fails on NOT_READY unless failOnNotReady is false. */
    private void gate(Scorecard card, String markdown) throws MojoFailureException {
        if (card.verdict() == Verdict.NOT_READY) {
            if (enforced) {
                throw new MojoFailureException(ConsoleSummary.failureMessage(card, markdown));
            }
            getLog().warn("Verdict is NOT_READY, but " + notEnforcedBecause() + ": the build is not failed.");
        }
    }

    private String notEnforcedBecause() {
        return failOnNotReady ? "this build skipped its tests (readiness.onSkippedTests)" : "readiness.failOnNotReady=false";
    }

    /** The process environment; GitHub Actions output reads GITHUB_STEP_SUMMARY, GITHUB_ACTIONS, GITHUB_WORKSPACE. */
    protected Map<String, String> environment() {
        return System.getenv();
    }
}
