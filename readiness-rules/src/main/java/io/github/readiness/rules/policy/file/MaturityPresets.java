package io.github.readiness.rules.policy.file;

import io.github.readiness.rules.model.MaturityLevel;
import io.github.readiness.rules.policy.Policy;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The policy of each maturity level (the built-in presets {@code bronze}, {@code silver}, {@code gold} over the
 * engine's defaults), loaded once by the front end and handed to the engine in its request.
 */
public final class MaturityPresets {
    private final Map<MaturityLevel, Policy> levels;

    private MaturityPresets(Map<MaturityLevel, Policy> levels) {
        this.levels = Map.copyOf(levels);
    }

    /**
     * @param defaults the engine's default policy, which each preset adjusts
     * @param basedir the project's directory, against which the loader would show any file a preset named
     * @param classpath where the built-in presets are found
     */
    public static MaturityPresets load(Policy defaults, Path basedir, ClassLoader classpath) {
        PolicyLoader loader = new PolicyLoader(basedir, classpath);
        Map<MaturityLevel, Policy> levels = new EnumMap<>(MaturityLevel.class);
        for (MaturityLevel level = MaturityLevel.BRONZE; level != null; level = level.next()) {
            levels.put(
                    level,
                    loader.apply(TracedPolicy.of(defaults), level.preset(), basedir, "maturity level")
                            .policy());
        }
        return new MaturityPresets(levels);
    }

    /** The preset of a level above STONE. */
    public Policy of(MaturityLevel level) {
        return Objects.requireNonNull(levels.get(level), () -> "no preset for " + level);
    }
}
