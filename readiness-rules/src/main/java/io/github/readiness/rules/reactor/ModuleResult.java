package io.github.readiness.rules.reactor;

import io.github.readiness.rules.evidence.Counter;
import io.github.readiness.rules.evidence.CounterType;
import io.github.readiness.rules.model.ProjectInfo;
import io.github.readiness.rules.score.Scorecard;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the reactor verdict needs from one module: plain data, so any front end (and a benchmark) can build it.
 *
 * @param path the module's directory relative to the reactor root, {@code .} for the root itself
 * @param card the module's own scorecard; present exactly when the status is CHECKED
 * @param coverage the module's JaCoCo counters (covered and missed per counter type), empty when nothing was
 *     measured; the aggregate adds these, it never averages ratios
 * @param size the module's weight in the reactor score: its executable lines (JaCoCo LINE counter total), 0 when
 *     unknown (such a module still weighs 1)
 */
public record ModuleResult(
        ProjectInfo project,
        String path,
        ModuleStatus status,
        Scorecard card,
        Map<CounterType, Counter> coverage,
        long size) {
    public ModuleResult {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        if ((status == ModuleStatus.CHECKED) != (card != null)) {
            throw new IllegalArgumentException("a scorecard is present exactly when the module was checked: "
                    + project.artifactId() + " " + status);
        }
        coverage = coverage.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(coverage));
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0: " + size);
        }
    }

    /** A checked module; its size is its JaCoCo LINE counter total. */
    public static ModuleResult checked(
            ProjectInfo project, String path, Scorecard card, Map<CounterType, Counter> coverage) {
        return new ModuleResult(
                project,
                path,
                ModuleStatus.CHECKED,
                card,
                coverage,
                coverage.getOrDefault(CounterType.LINE, Counter.EMPTY).total());
    }

    /** A module that was not checked (skipped, not bound, not built). */
    public static ModuleResult unchecked(ProjectInfo project, String path, ModuleStatus status) {
        return new ModuleResult(project, path, status, null, Map.of(), 0);
    }

    /** The module's name in the reactor result: its artifactId. */
    public String name() {
        return project.artifactId();
    }

    public boolean isChecked() {
        return status == ModuleStatus.CHECKED;
    }

    /** Its weight in the reactor score: its size, at least 1. */
    public long weight() {
        return Math.max(1, size);
    }

    public Counter counter(CounterType type) {
        return coverage.getOrDefault(type, Counter.EMPTY);
    }
}
