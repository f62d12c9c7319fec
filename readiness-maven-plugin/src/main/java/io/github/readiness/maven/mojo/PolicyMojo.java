package io.github.readiness.maven.mojo;

import io.github.readiness.maven.evaluation.EffectivePolicy;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.file.PolicyListing;
import io.github.readiness.rules.policy.file.TracedPolicy;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Prints the effective readiness policy of the module, one line per value with where it came from, in a fixed order
 * (minScore, category weights, rules, security, waivers, waiver settings):
 *
 * <pre>
 * [INFO] Policy: preset silver, readiness.yaml
 * [INFO] minScore 80 (preset silver)
 * [INFO] coverage.line threshold 95 % (readiness.yaml line 3)
 * [INFO] coverage.line level ERROR (built-in default)
 * </pre>
 *
 * Reads no evidence and evaluates nothing; a broken policy file fails it as it would fail {@code check}. Run it as
 * {@code mvn readiness:policy} where the plugin is declared in the POM.
 */
@Mojo(name = "policy", threadSafe = true)
public class PolicyMojo extends AbstractPolicyMojo {
    @Override
    protected String goal() {
        return "policy";
    }

    @Override
    protected void run() throws MojoExecutionException {
        TracedPolicy traced = effectivePolicy(ReadinessEngine.withAvailableRules(PolicyMojo.class.getClassLoader())
                .defaultPolicy());
        getLog().info("Effective readiness policy of " + project.getGroupId() + ":" + project.getArtifactId() + ":"
                + project.getVersion() + ":");
        PolicyListing.lines(traced).forEach(getLog()::info);
    }

    /**
     * The effective policy with the origin of every value; logs the sources applied in one INFO line
     * ({@code Policy: preset silver, readiness.yaml}).
     */
    private TracedPolicy effectivePolicy(Policy defaults) throws MojoExecutionException {
        TracedPolicy traced = EffectivePolicy.forModule(
                defaults,
                session,
                project.getBasedir().toPath(),
                policyReference(),
                pomPolicy(),
                getClass().getClassLoader());
        getLog().info(PolicyListing.sourcesLine(traced));
        return traced;
    }
}
