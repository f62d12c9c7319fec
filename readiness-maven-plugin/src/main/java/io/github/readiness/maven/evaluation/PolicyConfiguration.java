package io.github.readiness.maven.evaluation;

import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyValue;
import io.github.readiness.rules.policy.file.TracedPolicy;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Converts the POM-shaped policy parameters, once and validated, onto the engine's immutable {@link Policy}: the last
 * layer, after presets and policy files, each value it sets recorded as coming from {@value #ORIGIN}.
 */
public final class PolicyConfiguration {
    /** The origin of the values set here (a {@code -Dreadiness.*} property reaches the mojo the same way). */
    static final String ORIGIN = "POM <configuration>";

    /** The mojo's policy parameters as configured; null means "not set, keep the value below". */
    public record PomPolicy(
            Integer minScore,
            String minLineCoverage,
            String minBranchCoverage,
            Map<String, String> ruleLevels,
            String cvssPreference,
            String blockingSeverity,
            Integer maxAuditAgeDays,
            List<String> secretAllowList,
            String requiredLevel,
            Map<String, String> ruleEfforts,
            String coverageScope,
            String failAt) {
        static final PomPolicy NONE =
                new PomPolicy(null, null, null, null, null, null, null, null, null, null, null, null);

        /** Without reactor settings. */
        public PomPolicy(Integer minScore, String minLineCoverage, String minBranchCoverage, Map<String, String> ruleLevels,
                String cvssPreference, String blockingSeverity, Integer maxAuditAgeDays, List<String> secretAllowList,
                String requiredLevel, Map<String, String> ruleEfforts) {
            this(minScore, minLineCoverage, minBranchCoverage, ruleLevels, cvssPreference, blockingSeverity,
                    maxAuditAgeDays, secretAllowList, requiredLevel, ruleEfforts, null, null);
        }

        /** Without effort rates and reactor settings. */
        public PomPolicy(Integer minScore, String minLineCoverage, String minBranchCoverage, Map<String, String> ruleLevels,
                String cvssPreference, String blockingSeverity, Integer maxAuditAgeDays, List<String> secretAllowList,
                String requiredLevel) {
            this(minScore, minLineCoverage, minBranchCoverage, ruleLevels, cvssPreference, blockingSeverity,
                    maxAuditAgeDays, secretAllowList, requiredLevel, null, null, null);
        }

        /** Without a required maturity level. */
        public PomPolicy(Integer minScore, String minLineCoverage, String minBranchCoverage, Map<String, String> ruleLevels,
                String cvssPreference, String blockingSeverity, Integer maxAuditAgeDays, List<String> secretAllowList) {
            this(minScore, minLineCoverage, minBranchCoverage, ruleLevels, cvssPreference, blockingSeverity,
                    maxAuditAgeDays, secretAllowList, null, null);
        }
    }

    private PolicyConfiguration() {}

    static TracedPolicy apply(TracedPolicy below, PomPolicy pom) throws MojoExecutionException {
        try {
            Layer layer = new Layer(below);
            if (pom.minScore() != null) {
                layer.set(PolicyValue.MIN_SCORE, policy -> policy.withMinScore(pom.minScore()));
            }
            if (pom.minLineCoverage() != null) {
                layer.set(PolicyValue.rule("coverage.line", "threshold"),
                        policy -> policy.withThreshold("coverage.line", pom.minLineCoverage()));
            }
            if (pom.minBranchCoverage() != null) {
                layer.set(PolicyValue.rule("coverage.branch", "threshold"),
                        policy -> policy.withThreshold("coverage.branch", pom.minBranchCoverage()));
            }
            if (pom.ruleLevels() != null) {
                for (Map.Entry<String, String> level : new TreeMap<>(pom.ruleLevels()).entrySet()) {
                    layer.set(PolicyValue.rule(level.getKey(), "level"),
                            policy -> policy.withLevel(level.getKey(), level.getValue()));
                }
            }
            if (pom.ruleEfforts() != null) {
                for (Map.Entry<String, String> effort : new TreeMap<>(pom.ruleEfforts()).entrySet()) {
                    layer.set(PolicyValue.rule(effort.getKey(), "effort"),
                            policy -> policy.withEffort(effort.getKey(), effort.getValue()));
                }
            }
            if (pom.cvssPreference() != null) {
                layer.set(PolicyValue.security("cvssPreference"),
                        policy -> policy.withCvssPreference(pom.cvssPreference()));
            }
            if (pom.blockingSeverity() != null) {
                layer.set(PolicyValue.security("blockingSeverity"),
                        policy -> policy.withBlockingSeverity(pom.blockingSeverity()));
            }
            if (pom.maxAuditAgeDays() != null) {
                layer.set(PolicyValue.security("maxAuditAgeDays"),
                        policy -> policy.withMaxAuditAgeDays(pom.maxAuditAgeDays()));
            }
            if (pom.secretAllowList() != null && !pom.secretAllowList().isEmpty()) {
                layer.set(PolicyValue.security("secretAllowList"),
                        policy -> policy.withSecretAllowList(pom.secretAllowList()));
            }
            if (pom.requiredLevel() != null) {
                layer.set(PolicyValue.REQUIRED_LEVEL, policy -> policy.withRequiredLevel(pom.requiredLevel()));
            }
            if (pom.coverageScope() != null) {
                layer.set(PolicyValue.COVERAGE_SCOPE, policy -> policy.withCoverageScope(pom.coverageScope()));
            }
            if (pom.failAt() != null) {
                layer.set(PolicyValue.FAIL_AT, policy -> policy.withFailAt(pom.failAt()));
            }
            return layer.traced;
        } catch (PolicyException e) {
            throw new MojoExecutionException("Invalid readiness configuration in the POM: " + e.getMessage());
        }
    }

    /** The policy being configured; names the POM as a source once it sets a value. */
    private static final class Layer {
        private TracedPolicy traced;

        Layer(TracedPolicy below) {
            this.traced = below;
        }

        void set(String value, UnaryOperator<Policy> change) {
            traced = traced.with(change.apply(traced.policy()), value, ORIGIN).withSource(ORIGIN);
        }
    }
}
