package io.github.readiness.maven.evaluation;

import io.github.readiness.maven.evidence.EvidenceLocations;
import java.io.File;

/**
 * Everything a goal's configuration says about one evaluation, as configured: the policy parameters, where the
 * evidence is and how to compare with the baseline. {@code check} and {@code report} declare the same parameters and
 * hand them over in this one shape, so {@link ReadinessFacade} evaluates both the same way.
 *
 * @param policyReference the {@code policy} parameter, or null
 */
public record ReadinessSettings(
        String policyReference, PomPolicy pom, EvidenceLocations evidence, BaselineOptions baseline) {
    /**
     * The baseline parameters of {@code check} (and {@code report}); null values mean "not set".
     *
     * @param file where the committed baseline is; nothing is compared when it does not exist
     */
    public record BaselineOptions(
            File file, Integer scoreTolerance, Double coverageTolerance, Boolean newProblemsOnly) {
        /** No baseline comparison settings (the {@code baseline} goal writes one, it compares with none). */
        public static BaselineOptions none(File file) {
            return new BaselineOptions(file, null, null, null);
        }
    }
}
