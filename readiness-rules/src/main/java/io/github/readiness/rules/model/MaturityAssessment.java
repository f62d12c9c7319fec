package io.github.readiness.rules.model;

import java.util.List;
import java.util.Objects;

/**
 * Which maturity level a project reaches and what stands between it and the next one.
 *
 * @param level the highest level whose preset the project passes (each lower one passed too); STONE when it fails
 *     bronze
 * @param next the next level, null at GOLD
 * @param missing what the next level's preset finds (its verdict reasons and blockers, most severe first, at most
 *     the maturity assessor's MAX_MISSING); empty at GOLD
 * @param required the level the policy requires ({@code requiredLevel}), null when none
 */
public record MaturityAssessment(
        MaturityLevel level, MaturityLevel next, List<String> missing, MaturityLevel required) {
    public MaturityAssessment {
        Objects.requireNonNull(level, "level");
        missing = List.copyOf(missing);
    }

    /** Whether the project is below the required level (then the gate fails). */
    public boolean belowRequired() {
        return required != null && level.compareTo(required) < 0;
    }
}
