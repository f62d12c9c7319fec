package io.github.readiness.maven.evaluation;

import io.github.readiness.maven.evaluation.ReadinessSettings.BaselineOptions;
import io.github.readiness.rules.policy.BaselineSettings;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.TracedPolicy;
import org.apache.maven.plugin.MojoExecutionException;

/** Converts check's baseline parameters, once and validated, into the policy's {@link BaselineSettings}. */
final class BaselineConfiguration {
    private BaselineConfiguration() {}

    /** The traced policy's policy with check's baseline parameters applied. */
    static Policy apply(TracedPolicy traced, BaselineOptions baseline) throws MojoExecutionException {
        return apply(
                traced.policy(), baseline.scoreTolerance(), baseline.coverageTolerance(), baseline.newProblemsOnly());
    }

    /** Null means "not set, keep the policy's value". */
    static Policy apply(Policy policy, Integer scoreTolerance, Double coverageTolerance, Boolean newProblemsOnly)
            throws MojoExecutionException {
        if (scoreTolerance == null && coverageTolerance == null && newProblemsOnly == null) {
            return policy; // nothing set: no record comparison, whose first call costs a cold bootstrap
        }
        try {
            BaselineSettings settings = policy.baselineSettings();
            if (scoreTolerance != null) {
                settings = settings.withScoreTolerance(scoreTolerance);
            }
            if (coverageTolerance != null) {
                settings = settings.withCoverageTolerance(coverageTolerance);
            }
            if (newProblemsOnly != null) {
                settings = settings.withNewProblemsOnly(newProblemsOnly);
            }
            return settings.equals(policy.baselineSettings()) ? policy : policy.withBaselineSettings(settings);
        } catch (PolicyException e) {
            throw new MojoExecutionException("Invalid readiness configuration in the POM: " + e.getMessage());
        }
    }
}
