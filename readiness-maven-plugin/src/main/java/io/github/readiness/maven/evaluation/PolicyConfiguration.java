package io.github.readiness.maven.evaluation;

import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyValue;
import io.github.readiness.rules.policy.file.TracedPolicy;
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

    private PolicyConfiguration() {}

    /** Every value as coming from the POM. */
    static TracedPolicy apply(TracedPolicy below, PomPolicy pom) throws MojoExecutionException {
        return apply(below, pom, ParameterOrigin.POM);
    }

    /** @param origin where each value came from, for the error message of an invalid one */
    static TracedPolicy apply(TracedPolicy below, PomPolicy pom, ParameterOrigin origin) throws MojoExecutionException {
        Layer layer = new Layer(below, origin);
        if (pom.minScore() != null) {
            layer.set(
                    PolicyValue.MIN_SCORE,
                    "readiness.minScore",
                    pom.minScore(),
                    policy -> policy.withMinScore(pom.minScore()));
        }
        if (pom.minLineCoverage() != null) {
            layer.set(
                    PolicyValue.rule("coverage.line", "threshold"),
                    "readiness.minLineCoverage",
                    pom.minLineCoverage(),
                    policy -> policy.withThreshold("coverage.line", pom.minLineCoverage()));
        }
        if (pom.minBranchCoverage() != null) {
            layer.set(
                    PolicyValue.rule("coverage.branch", "threshold"),
                    "readiness.minBranchCoverage",
                    pom.minBranchCoverage(),
                    policy -> policy.withThreshold("coverage.branch", pom.minBranchCoverage()));
        }
        if (pom.ruleLevels() != null) {
            for (Map.Entry<String, String> level : new TreeMap<>(pom.ruleLevels()).entrySet()) {
                layer.set(
                        PolicyValue.rule(level.getKey(), "level"),
                        null,
                        level.getValue(),
                        policy -> policy.withLevel(level.getKey(), level.getValue()));
            }
        }
        if (pom.ruleEfforts() != null) {
            for (Map.Entry<String, String> effort : new TreeMap<>(pom.ruleEfforts()).entrySet()) {
                layer.set(
                        PolicyValue.rule(effort.getKey(), "effort"),
                        null,
                        effort.getValue(),
                        policy -> policy.withEffort(effort.getKey(), effort.getValue()));
            }
        }
        if (pom.cvssPreference() != null) {
            layer.set(
                    PolicyValue.security("cvssPreference"),
                    "readiness.cvssPreference",
                    pom.cvssPreference(),
                    policy -> policy.withCvssPreference(pom.cvssPreference()));
        }
        if (pom.blockingSeverity() != null) {
            layer.set(
                    PolicyValue.security("blockingSeverity"),
                    "readiness.blockingSeverity",
                    pom.blockingSeverity(),
                    policy -> policy.withBlockingSeverity(pom.blockingSeverity()));
        }
        if (pom.maxAuditAgeDays() != null) {
            layer.set(
                    PolicyValue.security("maxAuditAgeDays"),
                    "readiness.maxAuditAgeDays",
                    pom.maxAuditAgeDays(),
                    policy -> policy.withMaxAuditAgeDays(pom.maxAuditAgeDays()));
        }
        if (pom.secretAllowList() != null && !pom.secretAllowList().isEmpty()) {
            layer.set(
                    PolicyValue.security("secretAllowList"),
                    null,
                    pom.secretAllowList(),
                    policy -> policy.withSecretAllowList(pom.secretAllowList()));
        }
        if (pom.requiredLevel() != null) {
            layer.set(
                    PolicyValue.REQUIRED_LEVEL,
                    "readiness.requiredLevel",
                    pom.requiredLevel(),
                    policy -> policy.withRequiredLevel(pom.requiredLevel()));
        }
        if (pom.coverageScope() != null) {
            layer.set(
                    PolicyValue.COVERAGE_SCOPE,
                    "readiness.coverageScope",
                    pom.coverageScope(),
                    policy -> policy.withCoverageScope(pom.coverageScope()));
        }
        if (pom.failAt() != null) {
            layer.set(PolicyValue.FAIL_AT, "readiness.failAt", pom.failAt(), policy -> policy.withFailAt(pom.failAt()));
        }
        if (pom.projectType() != null) {
            layer.set(
                    PolicyValue.PROJECT_TYPE,
                    "readiness.projectType",
                    pom.projectType(),
                    policy -> policy.withProjectType(pom.projectType()));
        }
        return layer.traced;
    }

    /** The policy being configured; names the POM as a source once it sets a value. */
    private static final class Layer {
        private final ParameterOrigin origin;
        private TracedPolicy traced;

        Layer(TracedPolicy below, ParameterOrigin origin) {
            this.traced = below;
            this.origin = origin;
        }

        /** Sets one value; an invalid one fails naming where it came from (command line or POM). */
        void set(String value, String property, Object configured, UnaryOperator<Policy> change)
                throws MojoExecutionException {
            try {
                traced = traced.with(change.apply(traced.policy()), value, ORIGIN)
                        .withSource(ORIGIN);
            } catch (PolicyException e) {
                throw new MojoExecutionException("Invalid readiness configuration "
                        + origin.describe(property, configured) + ": " + e.getMessage());
            }
        }
    }
}
