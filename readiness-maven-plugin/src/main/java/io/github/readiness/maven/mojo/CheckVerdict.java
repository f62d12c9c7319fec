package io.github.readiness.maven.mojo;

import io.github.readiness.maven.evaluation.ReadinessFacade;
import io.github.readiness.maven.evidence.ProjectEvidenceCollector;
import io.github.readiness.maven.evidence.ReactorModules;
import io.github.readiness.maven.reactor.BuildCache;
import io.github.readiness.maven.reactor.ReactorRegistry;
import io.github.readiness.maven.reactor.ReactorRegistry.Entry;
import io.github.readiness.maven.reactor.ReactorStep;
import io.github.readiness.maven.report.GithubOutput;
import io.github.readiness.maven.report.MavenConsoleStyle;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.policy.FailAt;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.readback.ModuleResultReader;
import io.github.readiness.rules.report.ConsoleSummary;
import io.github.readiness.rules.report.ConsoleText;
import io.github.readiness.rules.report.OutputFormat;
import io.github.readiness.rules.report.ReactorSummary;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.rule.Rules;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What {@code check} does with a verdict, fresh or restored from the build cache: the console summary, the GitHub
 * output, the registration in the reactor (the module that registers last completes the reactor) and the gate.
 */
final class CheckVerdict {
    private final CheckMojo check;
    private final Set<OutputFormat> outputs;
    /** Whether NOT_READY fails the build: failOnNotReady, unless a build that skipped its tests only warns. */
    private final boolean enforced;

    private final Log log;

    CheckVerdict(CheckMojo check, Set<OutputFormat> outputs, boolean enforced) {
        this.check = check;
        this.outputs = outputs;
        this.enforced = enforced;
        this.log = check.getLog();
    }

    /** The summary, the GitHub output, the registration in the reactor and the gate, for a fresh or restored card. */
    void conclude(Scorecard card, List<Path> written, ReadinessFacade facade, ReactorModules reactor)
            throws MojoExecutionException, MojoFailureException {
        Path basedir = check.project.getBasedir().toPath();
        Path reportDir = check.reportDirectory();
        // where the log sends people for the details: readiness.md, or readiness.json when Markdown is not written
        String markdown = PathDisplay.relative(
                basedir,
                reportDir.resolve(outputs.contains(OutputFormat.MARKDOWN) ? ReportFiles.MARKDOWN : ReportFiles.JSON));
        ConsoleSummary.lines(card, markdown, MavenConsoleStyle.INSTANCE).forEach(log::info);
        ConsoleSummary.waiverWarnings(card).forEach(log::warn);
        if (!written.isEmpty()) {
            ConsoleText.wrap(
                            "Reports: "
                                    + written.stream()
                                            .map(file -> PathDisplay.relative(basedir, file))
                                            .collect(Collectors.joining(", ")),
                            "  ")
                    .forEach(log::info);
        }
        boolean failAtEnd = facade.reactorPolicy().reactor().failAt() == FailAt.END;
        boolean failsHere = enforced && card.verdict() == Verdict.NOT_READY && !failAtEnd;
        if (outputs.contains(OutputFormat.GITHUB)) {
            if (!reactor.isMultiModule() || failsHere) { // a reactor publishes once, at its end, unless it stops here
                new GithubOutput(log, check.environment()).publish(card, basedir, markdown);
            } else {
                log.debug("GitHub summary and annotations: published once by the reactor step");
            }
        }
        if (!reactor.isMultiModule()) {
            gate(card, markdown);
            return;
        }
        if (failAtEnd && enforced && card.verdict() == Verdict.NOT_READY) {
            log.warn("Readiness of " + card.project().coordinates() + " is NOT_READY: the build fails at the end"
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
    void restored(BuildCache.State cache, ReadinessFacade facade, ReactorModules reactor)
            throws MojoExecutionException, MojoFailureException {
        Path reportDir = check.reportDirectory();
        String shown = PathDisplay.relative(check.project.getBasedir().toPath(), reportDir);
        if (cache == BuildCache.State.RESTORED_WITHOUT_RESULT) {
            throw new MojoFailureException(
                    check.project.getArtifactId() + " was restored from the build cache without its"
                            + " readiness result (" + shown + "), so it cannot be judged: add <dirName>"
                            + reportDir.getFileName() + "</dirName> to <attachedOutputs><dirNames> in"
                            + " .mvn/maven-build-cache-config.xml (see the usage page, build cache), or build it again with"
                            + " -Dmaven.build.cache.enabled=false");
        }
        ModuleResult result;
        try {
            result = ModuleResultReader.read(
                    reportDir,
                    ProjectEvidenceCollector.projectInfo(check.project),
                    reactor.path(check.project),
                    Rules.metadata(Rules.available(CheckVerdict.class.getClassLoader())));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot read the readiness result the build cache restored: " + e.getMessage()
                            + " (build again with -Dmaven.build.cache.enabled=false)",
                    e);
        }
        log.info("Restored from the build cache with its readiness result (" + shown + "): the verdict of the"
                + " build that was cached");
        conclude(result.card(), List.of(), facade, reactor);
    }

    /** Records this module; the module that completes last computes, writes, prints and gates the reactor verdict. */
    void register(ReactorModules reactor, Entry entry) throws MojoExecutionException, MojoFailureException {
        Optional<Map<String, Entry>> all = ReactorRegistry.of(check.session)
                .register(ReactorModules.id(check.project), entry, check.expectedModules(reactor));
        if (all.isEmpty()) {
            return;
        }
        ReactorStep.Completed completed = check.reactorStep(reactor).complete(all.get());
        if (completed != null && completed.result().card().verdict() == Verdict.NOT_READY) {
            if (enforced) {
                throw new MojoFailureException(ReactorSummary.failureMessage(completed.result(), completed.markdown()));
            }
            log.warn("Reactor verdict is NOT_READY, but " + check.notEnforcedBecause() + ": the build is not failed.");
        }
    }

    /** The module's own gate: fails on NOT_READY unless failOnNotReady is false. */
    private void gate(Scorecard card, String markdown) throws MojoFailureException {
        if (card.verdict() == Verdict.NOT_READY) {
            if (enforced) {
                throw new MojoFailureException(ConsoleSummary.failureMessage(card, markdown));
            }
            log.warn("Verdict is NOT_READY, but " + check.notEnforcedBecause() + ": the build is not failed.");
        }
    }
}
