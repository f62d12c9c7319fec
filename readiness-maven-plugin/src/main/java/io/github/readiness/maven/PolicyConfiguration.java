package io.github.readiness.maven;

import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;

/** Converts the POM-shaped policy parameters, once and validated, into the engine's immutable {@link Policy}. */
final class PolicyConfiguration {
    private PolicyConfiguration() {}

    static Policy apply(
            Policy defaults,
            Integer minScore,
            String minLineCoverage,
            String minBranchCoverage,
            Map<String, String> ruleLevels)
            throws MojoExecutionException {
        try {
            Policy policy = defaults;
            if (minScore != null) {
                policy = policy.withMinScore(minScore);
            }
            if (minLineCoverage != null) {
                policy = policy.withThreshold("coverage.line", minLineCoverage);
            }
            if (minBranchCoverage != null) {
                policy = policy.withThreshold("coverage.branch", minBranchCoverage);
            }
            if (ruleLevels != null) {
                for (Map.Entry<String, String> level : new TreeMap<>(ruleLevels).entrySet()) {
                    policy = policy.withLevel(level.getKey(), level.getValue());
                }
            }
            return policy;
        } catch (PolicyException e) {
            throw new MojoExecutionException("Invalid readiness configuration in the POM: " + e.getMessage());
        }
    }
}
