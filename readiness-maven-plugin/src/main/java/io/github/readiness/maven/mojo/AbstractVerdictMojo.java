package io.github.readiness.maven.mojo;

import io.github.readiness.maven.evaluation.ReadinessFacade;
import io.github.readiness.maven.evaluation.ReadinessSettings.BaselineOptions;
import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the two goals that decide the verdict share ({@code check} gates on it, {@code report} shows it): how the
 * evaluation is compared with the baseline, and the directory of {@code check}'s result, which {@code report} renders
 * instead of evaluating again when it is still fresh. Declared once, so the page shows what the gate decided.
 */
public abstract class AbstractVerdictMojo extends AbstractEvaluationMojo {
    /**
     * Points the overall score may drop below the baseline's before rule {@code baseline.ratchet} blocks, 0-100.
     * Default {@code 0}: any drop blocks.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.baselineScoreTolerance")
    private Integer baselineScoreTolerance;

    /**
     * Percentage points line coverage may drop below the baseline's before rule {@code baseline.ratchet} blocks,
     * 0-100: {@code 2.5} lets 80 % fall to 77.5 %. Default {@code 0}: any drop blocks.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.baselineCoverageTolerance")
    private Double baselineCoverageTolerance;

    /**
     * Gate only new problems: findings already in the baseline (matched by a fingerprint of rule and key, not by
     * message) no longer block; they stay in the report marked "in baseline". New findings block as usual, and
     * {@code minScore} still applies. Default {@code false}.
     * @since 0.1.0
     */
    @Parameter(property = "readiness.newProblemsOnly")
    private Boolean newProblemsOnly;

    /**
     * Where {@code check} writes readiness.json, its readiness.stamp and the other report files, and where
     * {@code report} looks for them: when the stamp says they were computed from the same policy and the same
     * evidence files, the page is rendered from readiness.json instead of evaluating again. Default
     * {@code target/readiness}.
     * @since 0.1.0
     */
    @Parameter(
            property = "readiness.outputDirectory",
            defaultValue = "${project.build.directory}/readiness",
            required = true)
    private File outputDirectory;

    /** The facade that evaluates this project and compares it with the baseline, as configured. */
    final ReadinessFacade facade() {
        return facade(new BaselineOptions(
                baselineFile(), baselineScoreTolerance, baselineCoverageTolerance, newProblemsOnly));
    }

    /** Where check's readiness.json is. */
    protected final File outputDirectory() {
        return outputDirectory;
    }
}
