package io.github.readiness.maven.mojo;

import io.github.readiness.maven.evaluation.ReadinessFacade;
import io.github.readiness.maven.evaluation.ReadinessStamp;
import io.github.readiness.maven.evidence.BackgroundTask;
import io.github.readiness.maven.evidence.ReactorModules;
import io.github.readiness.maven.report.ReportFormats;
import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.report.ModuleResultFiles;
import io.github.readiness.rules.report.OutputFormat;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The files {@code check} writes for a module it evaluated: the chosen reports, the stamp and the module result.
 * Apart from {@link CheckMojo} so that the mojo keeps its parameters and the order of the gate's steps.
 */
final class CheckReports {
    private CheckReports() {}

    /** Writes them all to {@code reportDir}; returns the report files written. */
    static List<Path> write(
            Scorecard card,
            Path reportDir,
            Set<OutputFormat> outputs,
            ReadinessFacade facade,
            MavenProject project,
            MavenSession session,
            ReactorModules reactor)
            throws MojoExecutionException {
        // in a reactor, paths in readiness.sarif start at the reactor root (beta/src/...), as code scanning reads them
        String folder = reactor.isMultiModule() ? reactor.path(project) : "";
        Map<CounterType, Counter> counters =
                facade.evaluation().evidence().coverage().isRead()
                        ? facade.evaluation().evidence().coverage().value().bundle()
                        : Map.of();
        // the stamp lists the evidence files (a cold file walk): on the second core while the reports are written
        BackgroundTask<String> stamp =
                BackgroundTask.start("readiness-stamp", () -> stamp(facade, project, session, card));
        List<Path> written;
        try {
            written = ReportFiles.writeAll(card, reportDir, outputs, folder);
            ReportFormats.deleteUnselected(reportDir, outputs); // no stale readiness.sarif beside fresh files
            // beside readiness.json, which stays byte-deterministic: lets report reuse this result
            ReadinessStamp.write(reportDir, stamp.join());
            // the reactor step (maybe in another class realm) and a build restored from the build cache read it back
            ModuleResultFiles.write(reportDir, card, counters);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the readiness report to " + reportDir + ": " + e.getMessage()
                            + " (check that the directory is writable)",
                    e);
        }
        return written;
    }

    /** The stamp of an evaluated facade, whose policy is already built (so nothing here can fail on it). */
    private static String stamp(ReadinessFacade facade, MavenProject project, MavenSession session, Scorecard card) {
        try {
            return ReadinessStamp.of(facade, project, session, card);
        } catch (MojoExecutionException e) {
            throw new IllegalStateException("the policy was built before the evaluation", e);
        }
    }
}
