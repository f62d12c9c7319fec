package io.github.readiness.maven.reactor;

import io.github.readiness.maven.evaluation.ReadinessSettings;
import io.github.readiness.rules.reactor.ModuleStatus;
import io.github.readiness.rules.report.OutputFormat;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.eclipse.aether.SessionData;

/**
 * Which modules have run the check, kept for the whole build until the last one computes the reactor verdict. One
 * per Maven session (in the repository session's data, not in a static field), thread-safe for {@code -T}:
 * registering and the "was that the last one?" question are one atomic step, so exactly one module completes the
 * reactor, whatever order the threads finish in.
 *
 * <p>Modules may load the plugin in different class realms (Maven gives a plugin one realm per distinct set of build
 * extensions and plugin repositories: a module with a {@code <extensions>true</extensions>} plugin or
 * {@code <pluginRepositories>} of its own gets another), so the shared state holds JDK types only: a
 * {@code HashMap<String, Object>} that is also the lock, whose values are {@link SessionValues#export exported}
 * entries. A module's result itself travels as files ({@code ModuleResultFiles}), not as objects.
 */
public final class ReactorRegistry {
    /** A String key and a JDK map: every realm finds and reads the same entry. */
    private static final String KEY = "io.github.readiness.maven.reactor";
    /** Set once the reactor was completed; no module id (groupId:artifactId) is empty. */
    private static final String COMPLETED = "";

    /**
     * One module's registration.
     *
     * @param status CHECKED (its result is in {@code directory}) or SKIPPED
     * @param directory where the module wrote readiness.json and readiness-module.json; null when skipped
     * @param formats the module's {@code formats} (names); the root's (else the first checked module's) are the
     *     reactor's
     * @param basedir the module's directory, where its policy file is looked up
     * @param settings the module's configuration: the reactor policy is built again from the root's
     */
    public record Entry(
            ModuleStatus status, Path directory, List<String> formats, Path basedir, ReadinessSettings settings) {
        public static Entry checked(
                Path directory, Set<OutputFormat> formats, Path basedir, ReadinessSettings settings) {
            return new Entry(
                    ModuleStatus.CHECKED,
                    directory,
                    formats.stream().map(OutputFormat::name).toList(),
                    basedir,
                    settings);
        }

        public static Entry skipped() {
            return new Entry(ModuleStatus.SKIPPED, null, List.of(), null, null);
        }

        boolean isChecked() {
            return status == ModuleStatus.CHECKED;
        }
    }

    private final Map<String, Object> shared;

    ReactorRegistry(Map<String, Object> shared) {
        this.shared = shared;
    }

    /** The session's registry, created by the first module that asks. */
    public static ReactorRegistry of(MavenSession session) {
        SessionData data = session.getRepositorySession().getData();
        Object existing = data.get(KEY);
        if (existing == null) {
            data.set(KEY, null, new HashMap<String, Object>()); // compare-and-set: a concurrent first module may win
            existing = data.get(KEY);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> shared = (Map<String, Object>) existing;
        return new ReactorRegistry(shared);
    }

    /**
     * Records a module; when every expected module has registered and nobody completed the reactor yet, returns
     * every module's entry (this caller completes the reactor), else empty.
     *
     * @param expected the ids of every module of this build that runs the check
     */
    public Optional<Map<String, Entry>> register(String id, Entry entry, Collection<String> expected) {
        Object exported = SessionValues.export(entry);
        Map<String, Object> all;
        synchronized (shared) { // a JDK object: the same lock in every realm
            shared.put(id, exported);
            if (shared.containsKey(COMPLETED) || !shared.keySet().containsAll(expected)) {
                return Optional.empty();
            }
            shared.put(COMPLETED, Boolean.TRUE);
            all = new HashMap<>(shared);
        }
        all.remove(COMPLETED);
        Map<String, Entry> entries = new HashMap<>();
        all.forEach((module, value) -> entries.put(module, SessionValues.restore(Entry.class, value)));
        return Optional.of(entries);
    }
}
