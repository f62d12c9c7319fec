package io.github.readiness.maven.report;

import io.github.readiness.maven.evaluation.ReadinessFacade;
import io.github.readiness.maven.evaluation.ReadinessStamp;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.readback.ScorecardJsonReader;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.score.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Where the report's scorecard comes from: readiness.json when {@code check} wrote it, with its stamp, for the same
 * policy and evidence files (nothing evaluated twice), else a fresh evaluation through the same facade. The log says
 * which, and why it evaluates.
 */
public final class ReportScorecard {
    private ReportScorecard() {}

    public static Scorecard load(
            ReadinessFacade facade, MavenProject project, MavenSession session, Path directory, Log log)
            throws MojoExecutionException {
        Path basedir = project.getBasedir().toPath();
        String json = PathDisplay.relative(basedir, directory.resolve(ReportFiles.JSON));
        String written = ReadinessStamp.read(directory);
        String reason;
        if (!Files.isRegularFile(directory.resolve(ReportFiles.JSON))) {
            reason = "no " + json + " with its " + ReadinessStamp.FILE + " from readiness:check (run check before the"
                    + " report to reuse its result)";
        } else if (written == null) {
            // e.g. the reactor root, whose readiness.json the reactor verdict replaced (and whose stamp it deleted)
            reason = json + " has no " + ReadinessStamp.FILE + " beside it: it is not check's result for this module's"
                    + " own evidence (at a multi-module root it holds the reactor verdict)";
        } else {
            Scorecard card = null;
            String problem = null;
            try (InputStream in = Files.newInputStream(directory.resolve(ReportFiles.JSON))) {
                card = ScorecardJsonReader.read(in, facade.evaluatedRules());
            } catch (IOException e) {
                problem = e.getMessage();
            }
            String difference = card == null
                    ? null
                    : ReadinessStamp.firstDifference(written, ReadinessStamp.of(facade, project, session, card));
            if (card != null && difference == null) {
                log.info("Report from " + json + " written by check");
                return card;
            }
            reason = card == null
                    ? json + " cannot be read back (" + problem + ")"
                    : json + " was written for other evidence or another policy (" + difference + " changed)";
        }
        log.info("Evaluating: " + reason);
        return facade.scorecard();
    }
}
