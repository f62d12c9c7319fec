package io.github.readiness.maven;

import io.github.readiness.rules.policy.Policy;
import io.github.readiness.rules.reactor.ModuleResult;
import io.github.readiness.rules.report.OutputFormat;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.SessionData;

/**
 * Each module's check result, kept for the whole build until the last module that runs the check computes the
 * reactor verdict. One per Maven session (in the repository session's data, not in a static field), thread-safe for
 * {@code -T}: registering and the "was that the last one?" question are one atomic step, so exactly one module
 * completes the reactor, whatever order the threads finish in.
 */
final class ReactorRegistry {
    private static final String KEY = ReactorRegistry.class.getName();

    /**
     * One module's contribution.
     *
     * @param policy the policy the module was judged by; null when it was skipped
     * @param outputDirectory where the module wrote its own reports; null when it was skipped
     * @param formats the module's {@code formats}; the root's (else the first checked module's) are the reactor's
     */
    record Outcome(ModuleResult result, Policy policy, Path outputDirectory, Set<OutputFormat> formats) {
        /** A module that was skipped: no policy, no reports. */
        static Outcome skipped(ModuleResult result) {
            return new Outcome(result, null, null, Set.of());
        }
    }

    private final Map<String, Outcome> outcomes = new HashMap<>();
    private boolean completed;

    /** The session's registry, created by the first module that asks. */
    static ReactorRegistry of(MavenSession session) {
        SessionData data = session.getRepositorySession().getData();
        Object existing = data.get(KEY);
        if (existing == null) {
            data.set(KEY, null, new ReactorRegistry()); // compare-and-set: a concurrent first module may win
            existing = data.get(KEY);
        }
        return (ReactorRegistry) existing;
    }

    /**
     * Records a module's outcome; when every expected module has reported and nobody completed the reactor yet,
     * returns every outcome (this caller completes the reactor), else empty.
     *
     * @param expected the ids of every module of this build that runs the check
     */
    synchronized Optional<Map<String, Outcome>> register(String id, Outcome outcome, Collection<String> expected) {
        outcomes.put(id, outcome);
        if (completed || !outcomes.keySet().containsAll(expected)) {
            return Optional.empty();
        }
        completed = true;
        return Optional.of(Map.copyOf(outcomes));
    }
}
