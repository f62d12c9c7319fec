package io.github.readiness.maven.mojo;

import io.github.readiness.maven.evaluation.ReadinessFacade;
import io.github.readiness.maven.evidence.BuildFacts;
import io.github.readiness.maven.evidence.ReactorModules;
import io.github.readiness.maven.reactor.BuildCache;
import io.github.readiness.maven.reactor.ReactorRegistry.Entry;
import io.github.readiness.maven.reactor.ReactorStep;
import io.github.readiness.maven.report.ReportFormats;
import io.github.readiness.maven.report.StaleReports;
import io.github.readiness.rules.policy.OnSkippedTests;
import io.github.readiness.rules.report.OutputFormat;
import io.github.readiness.rules.score.Scorecard;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyCollection = ResolutionScope.TEST,
        threadSafe = true)
public class CheckMojo extends AbstractVerdictMojo {
    /**
     * Fail the build when the verdict is NOT_READY. With {@code false} the report is still written and the log
     * says the gate was not enforced. Default {@code true}.
     * @since 0.1.0
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
     * @since 0.1.0
     */
    @Parameter(property = "readiness.onSkippedTests")
    private String onSkippedTests;

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
     * @since 0.1.0
     */
    @Parameter(property = "readiness.formats", defaultValue = "JSON,MARKDOWN,SARIF,JUNIT,GITHUB")
    private List<String> formats;

    /**
     * Multi-module builds: the JaCoCo {@code report-aggregate} XML whose coverage is the reactor's aggregated
     * coverage (it counts cross-module coverage, so it replaces the modules' summed counters; it is never added to
     * them). Default: the first existing {@code target/site/jacoco-aggregate/jacoco.xml} of the reactor root or of a
     * module without classes of its own (the usual aggregator module); a leaf module's partial aggregate is never
     * used. An empty report ({@code <report name="x"/>}) or one older than the build is reported and the modules'
     * counters are summed instead. Without any, the modules' counters are summed.
     * @since 0.1.0
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

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Set<OutputFormat> outputs = ReportFormats.parse(formats); // first: a typo fails before any work
        OnSkippedTests whenSkipped = SkippedTestsGate.parse(onSkippedTests);
        Path basedir = project.getBasedir().toPath();
        ReadinessFacade facade = facade();
        Path reportDir = outputDirectory().toPath();
        BuildCache.State cache = BuildCache.stateForCheck(mojoExecution, session, project, reportDir);
        if (cache == BuildCache.State.BUILT) {
            facade.prefetch(); // sources, coverage, tests and presets on other threads while the policy loads
        }
        boolean enforced = failOnNotReady
                && SkippedTestsGate.enforces(
                        whenSkipped == null ? facade.policy().onSkippedTests() : whenSkipped,
                        BuildFacts.testsSkippedBy(session, project),
                        environment(),
                        getLog());
        ReactorModules reactor = new ReactorModules(session);
        CheckVerdict verdict = new CheckVerdict(this, outputs, enforced);
        if (cache != BuildCache.State.BUILT) {
            verdict.restored(cache, facade, reactor);
            return;
        }
        Scorecard card = facade.scorecard();
        List<Path> written = CheckReports.write(card, reportDir, outputs, facade, project, session, reactor);
        verdict.conclude(card, written, facade, reactor);
    }

    @Override
    protected void skipped() throws MojoExecutionException, MojoFailureException {
        StaleReports.remove(outputDirectory().toPath(), project.getBasedir().toPath(), "readiness.skip=true", getLog());
        ReactorModules reactor = new ReactorModules(session);
        if (reactor.isMultiModule()) {
            new CheckVerdict(this, Set.of(), false).register(reactor, Entry.skipped()); // never enforced, as before
        }
    }

    @Override
    protected void failed() {
        StaleReports.remove(
                outputDirectory().toPath(),
                project.getBasedir().toPath(),
                "this check failed before its" + " verdict",
                getLog());
    }

    /** Why a NOT_READY verdict does not fail this build, for the warning that says so. */
    String notEnforcedBecause() {
        return failOnNotReady
                ? "this build skipped its tests (readiness.onSkippedTests)"
                : "readiness.failOnNotReady=false";
    }

    /** Where this module's readiness.json goes. */
    Path reportDirectory() {
        return outputDirectory().toPath();
    }

    /** The modules of this build that run the check, by id: the reactor completes when all have registered. */
    List<String> expectedModules(ReactorModules reactor) {
        return reactor.expected(pluginDescriptor(), mojoExecution, goal());
    }

    /** The end of the reactor, run by the module that registers last. */
    ReactorStep reactorStep(ReactorModules reactor) {
        return new ReactorStep(session, reactor, jacocoAggregateReport, tool(), getLog(), environment());
    }

    /** The process environment; GitHub Actions output reads GITHUB_STEP_SUMMARY, GITHUB_ACTIONS, GITHUB_WORKSPACE. */
    protected Map<String, String> environment() {
        return System.getenv();
    }
}
