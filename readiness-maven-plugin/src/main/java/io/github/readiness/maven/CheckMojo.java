package io.github.readiness.maven;

import io.github.readiness.maven.ReadinessSettings.BaselineOptions;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.model.Verdict;
import io.github.readiness.rules.report.ConsoleSummary;
import io.github.readiness.rules.report.ReportFiles;
import io.github.readiness.rules.score.Scorecard;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
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
 * one, writes {@code target/readiness/readiness.json} and {@code readiness.md}, prints a summary, and fails the build
 * when the verdict is NOT_READY.
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

    /** Where readiness.json and readiness.md are written. Default {@code target/readiness}. */
    @Parameter(property = "readiness.outputDirectory", defaultValue = "${project.build.directory}/readiness", required = true)
    private File outputDirectory;

    /**
     * The baseline to compare with, as written by {@code readiness:baseline}. When the file exists, the score may
     * not drop by more than {@code baselineScoreTolerance}, line coverage not by more than
     * {@code baselineCoverageTolerance}, and the report shows the change of the score, each category and coverage.
     * When it does not exist, nothing is compared. A file that cannot be read fails the build (it is never
     * ignored). Default {@code ${project.basedir}/readiness-baseline.json}.
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

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path basedir = project.getBasedir().toPath();
        ReadinessFacade facade = facade(new BaselineOptions(baselineFile, baselineScoreTolerance,
                baselineCoverageTolerance, newProblemsOnly));
        Scorecard card = facade.scorecard();
        Path reportDir = outputDirectory.toPath();
        try {
            ReportFiles.writeAll(card, reportDir);
            // beside readiness.json, which stays byte-deterministic: lets report reuse this result
            ReadinessStamp.write(reportDir, ReadinessStamp.of(facade, project, session, card));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the readiness report to " + reportDir + ": " + e.getMessage()
                    + " (check that the directory is writable)", e);
        }
        String markdown = PathDisplay.relative(basedir, reportDir.resolve(ReportFiles.MARKDOWN));
        ConsoleSummary.lines(card, markdown).forEach(getLog()::info);
        ConsoleSummary.waiverWarnings(card).forEach(getLog()::warn);
        getLog().info("Reports: " + PathDisplay.relative(basedir, reportDir.resolve(ReportFiles.JSON)) + ", " + markdown);
        if (card.verdict() == Verdict.NOT_READY) {
            if (failOnNotReady) {
                throw new MojoFailureException(ConsoleSummary.failureMessage(card, markdown));
            }
            getLog().warn("Verdict is NOT_READY, but readiness.failOnNotReady=false: the build is not failed.");
        }
    }
}
