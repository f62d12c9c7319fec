package io.github.readiness.maven;

import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;

/** Converts the POM-shaped policy parameters, once and validated, into the engine's immutable {@link Policy}. */
final class PolicyConfiguration {
    /** The mojo's policy parameters as configured; null means "not set, keep the default". */
    record PomPolicy(
            Integer minScore,
            String minLineCoverage,
            String minBranchCoverage,
            Map<String, String> ruleLevels,
            String cvssPreference,
            String blockingSeverity,
            Integer maxAuditAgeDays,
            List<String> secretAllowList) {
        static final PomPolicy NONE = new PomPolicy(null, null, null, null, null, null, null, null);
    }

    private PolicyConfiguration() {}

    static Policy apply(Policy defaults, PomPolicy pom) throws MojoExecutionException {
        try {
            Policy policy = defaults;
            if (pom.minScore() != null) {
                policy = policy.withMinScore(pom.minScore());
            }
            if (pom.minLineCoverage() != null) {
                policy = policy.withThreshold("coverage.line", pom.minLineCoverage());
            }
            if (pom.minBranchCoverage() != null) {
                policy = policy.withThreshold("coverage.branch", pom.minBranchCoverage());
            }
            if (pom.ruleLevels() != null) {
                for (Map.Entry<String, String> level : new TreeMap<>(pom.ruleLevels()).entrySet()) {
                    policy = policy.withLevel(level.getKey(), level.getValue());
                }
            }
            if (pom.cvssPreference() != null) {
                policy = policy.withCvssPreference(pom.cvssPreference());
            }
            if (pom.blockingSeverity() != null) {
                policy = policy.withBlockingSeverity(pom.blockingSeverity());
            }
            if (pom.maxAuditAgeDays() != null) {
                policy = policy.withMaxAuditAgeDays(pom.maxAuditAgeDays());
            }
            if (pom.secretAllowList() != null && !pom.secretAllowList().isEmpty()) {
                policy = policy.withSecretAllowList(pom.secretAllowList());
            }
            return policy;
        } catch (PolicyException e) {
            throw new MojoExecutionException("Invalid readiness configuration in the POM: " + e.getMessage());
        }
    }
}
