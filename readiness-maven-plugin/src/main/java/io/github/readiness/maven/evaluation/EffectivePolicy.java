package io.github.readiness.maven.evaluation;

import io.github.readiness.maven.evidence.ReactorModules;
import io.github.readiness.rules.ReadinessEngine;
import io.github.readiness.rules.evidence.PathDisplay;
import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.policy.PolicyException;
import io.github.readiness.rules.policy.file.PolicyLoader;
import io.github.readiness.rules.policy.file.ProjectPolicyFile;
import io.github.readiness.rules.policy.file.TracedPolicy;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * Builds the policy a goal applies, shared by every goal that needs one. Order, later wins: the built-in policy, the
 * {@code policy} parameter (a preset, {@code classpath:...} or a file), the project's policy file (readiness.yaml,
 * .yml or .json at the module root, else at the reactor root; it may {@code extends:} further), then the POM's
 * {@code <configuration>}.
 */
public final class EffectivePolicy {
    /** How errors in the {@code policy} parameter begin: the POM's configuration is what is wrong. */
    static final String POLICY_PARAMETER = "Invalid readiness configuration in the POM: policy";

    private EffectivePolicy() {}

    /**
     * The reactor policy of a module judged with these settings, built again (the reactor step builds the root's this
     * way: the module may have run in another class realm, so only its settings are shared, never its policy).
     */
    public static Policy reactorPolicy(MavenSession session, Path basedir, ReadinessSettings settings)
            throws MojoExecutionException {
        Policy defaults = ReadinessEngine.withAvailableRules(EffectivePolicy.class.getClassLoader())
                .defaultPolicy();
        return BaselineConfiguration.apply(forModule(defaults, session, basedir, settings), settings.baseline());
    }

    /** The policy of a module built with these settings, without the baseline settings. */
    static TracedPolicy forModule(Policy defaults, MavenSession session, Path module, ReadinessSettings settings)
            throws MojoExecutionException {
        return forModule(
                defaults,
                session,
                module,
                settings.policyReference(),
                settings.pom(),
                EffectivePolicy.class.getClassLoader());
    }

    /**
     * The policy of a module of this session: the project's policy file is looked for at the module, else at the
     * reactor root (even with {@code -pl}); the session's user properties tell which parameters the command line set.
     */
    public static TracedPolicy forModule(
            Policy defaults,
            MavenSession session,
            Path module,
            String policyReference,
            PomPolicy pom,
            ClassLoader classpath)
            throws MojoExecutionException {
        MavenProject top = ReactorModules.root(session); // the reactor root even with -pl
        Path reactorRoot = top == null || top.getBasedir() == null
                ? null
                : top.getBasedir().toPath();
        return build(
                defaults,
                module,
                reactorRoot,
                policyReference,
                pom,
                ParameterOrigin.of(session.getUserProperties()),
                classpath);
    }

    /**
     * @param reactorRoot the top-level project's directory, or null (then only the module is looked at)
     * @param policyReference the {@code policy} parameter, or null
     * @param classpath where {@code classpath:} references are looked up: the plugin's own class realm, which holds
     *     the plugin's {@code <dependencies>}
     * @throws MojoExecutionException a broken policy file or value, with the engine's one-line message
     */
    public static TracedPolicy build(
            Policy defaults,
            Path module,
            Path reactorRoot,
            String policyReference,
            PomPolicy pom,
            ClassLoader classpath)
            throws MojoExecutionException {
        return build(defaults, module, reactorRoot, policyReference, pom, ParameterOrigin.POM, classpath);
    }

    /** @param origin where each parameter's value came from (command line or POM), for an error message */
    public static TracedPolicy build(
            Policy defaults,
            Path module,
            Path reactorRoot,
            String policyReference,
            PomPolicy pom,
            ParameterOrigin origin,
            ClassLoader classpath)
            throws MojoExecutionException {
        TracedPolicy traced = TracedPolicy.of(defaults);
        try {
            PolicyLoader loader = new PolicyLoader(module, classpath);
            if (policyReference != null && !policyReference.isBlank()) {
                traced = loader.apply(traced, policyReference, module, POLICY_PARAMETER);
            }
            Path file = projectFile(module, reactorRoot);
            // a project file the policy parameter already named is applied once
            if (file != null && !traced.sources().contains(PathDisplay.relative(module, file))) {
                traced = loader.applyFile(traced, file);
            }
            Path attestations = ProjectPolicyFile.attestationsFile(file, java.util.Arrays.asList(module, reactorRoot));
            if (attestations != null) {
                traced = loader.applyAttestations(traced, attestations);
            }
        } catch (PolicyException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        return PolicyConfiguration.apply(traced, pom, origin);
    }

    private static Path projectFile(Path module, Path reactorRoot) {
        Path file = ProjectPolicyFile.in(module, module);
        if (file == null
                && reactorRoot != null
                && !reactorRoot
                        .toAbsolutePath()
                        .normalize()
                        .equals(module.toAbsolutePath().normalize())) {
            file = ProjectPolicyFile.in(reactorRoot, module);
        }
        return file;
    }
}
