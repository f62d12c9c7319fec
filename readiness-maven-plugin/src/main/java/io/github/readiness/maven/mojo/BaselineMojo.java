package io.github.readiness.maven.mojo;

import io.github.readiness.maven.evaluation.ReadinessFacade;
import io.github.readiness.maven.evaluation.ReadinessSettings;
import io.github.readiness.rules.baseline.Baseline;
import io.github.readiness.rules.baseline.BaselineFile;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.model.Percent;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the baseline {@code readiness-baseline.json}: evaluates the project exactly as {@code check} does (same
 * parameters, same evidence) and records the overall and category scores, line and branch coverage, and a
 * fingerprint of every finding that is not waived. Commit the file: from then on {@code check} compares every build
 * with it (the score and coverage may not drop; with {@code newProblemsOnly}, only new findings block). Run it after
 * the build produced its evidence, e.g. {@code mvn package readiness:baseline}. It never fails on the verdict: a
 * baseline records where a project stands, however far from ready. It is written to {@code baselineFile}.
 */
@Mojo(name = "baseline", requiresDependencyCollection = ResolutionScope.TEST, threadSafe = true)
public class BaselineMojo extends AbstractEvaluationMojo {
    @Override
    protected String goal() {
        return "baseline";
    }

    @Override
    protected void run() throws MojoExecutionException {
        ReadinessFacade facade = facade(ReadinessSettings.BaselineOptions.none(baselineFile()));
        ReadinessFacade.Evaluation evaluation = facade.evaluate(facade.policy(), null, false);
        Baseline baseline = Baseline.of(evaluation.card(), evaluation.evidence());
        Path file = baselineFile().toPath();
        String shown = PathDisplay.relative(project.getBasedir().toPath(), file);
        try {
            BaselineFile.write(baseline, file);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot write the baseline " + shown + ": " + e.getMessage()
                            + " (check that the directory is writable)",
                    e);
        }
        int findings = baseline.findings().size();
        getLog().info("Baseline written to " + shown + ": score "
                + (baseline.score() == null ? "n/a" : baseline.score() + "/100") + ", line coverage "
                + percent(baseline.coverage().line())
                + ", branch coverage " + percent(baseline.coverage().branch()) + ", " + findings
                + (findings == 1 ? " finding" : " findings") + " (verdict "
                + evaluation.card().verdict() + ")");
        getLog().info("Commit " + shown + ": readiness:check compares every build with it.");
    }

    private static String percent(Double ratio) {
        return ratio == null ? "not measured" : Percent.measured(ratio);
    }
}
