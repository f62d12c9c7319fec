package io.github.readiness.maven.report;

import io.github.readiness.maven.evaluation.ReadinessFacade;
import io.github.readiness.maven.evidence.ReactorModules;
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
 * The reactor result at the root of a multi-module build: the readiness.json that {@code check} wrote there at the
 * end of the reactor (its {@code modules[]} tell it from a module's own), so the root's site page shows the verdict
 * of the whole build, with the modules and the aggregated coverage, instead of the root module's own evaluation.
 * The reactor completes after the last module's check: the page shows it when the site is built after the build that
 * checked the modules ({@code mvn verify}, then {@code mvn site}); within one {@code mvn verify site} the root's page
 * is rendered before the modules are checked and shows the root module's own result.
 */
public final class ReactorResultFile {
    /** The reactor's scorecard and what the page shows of its modules. */
    public record Loaded(Scorecard card, ReactorView view) {}

    private ReactorResultFile() {}

    /** The reactor result when this project is the execution root and its readiness.json holds one, else null. */
    public static Loaded load(
            ReadinessFacade facade, MavenProject project, MavenSession session, Path directory, Log log)
            throws MojoExecutionException {
        MavenProject root = ReactorModules.root(session);
        Path file = directory.resolve(ReportFiles.JSON);
        // not "is this build multi-module": mvn -N readiness:report on the root builds the root alone; only the reactor
        // step writes modules[] (a module's own readiness.json has none)
        if (root == null
                || root.getBasedir() == null
                || !root.getBasedir().equals(project.getBasedir())
                || !Files.isRegularFile(file)) {
            return null;
        }
        ReactorView view;
        Scorecard card;
        try (InputStream in = Files.newInputStream(file)) {
            view = ReactorView.read(in);
            if (view == null) {
                return null; // the root module's own result: ReportScorecard checks its stamp
            }
            try (InputStream again = Files.newInputStream(file)) {
                card = ScorecardJsonReader.read(again, facade.evaluatedRules());
            }
        } catch (IOException e) {
            return null; // ReportScorecard says why it cannot be read and evaluates
        }
        log.info("Report from " + PathDisplay.relative(project.getBasedir().toPath(), file) + ": the reactor result of "
                + view.modules().size() + " modules, written by check at the end of the reactor");
        return new Loaded(card, view);
    }
}
