package io.github.readiness.rules.evidence.security;

import java.util.Objects;

/**
 * One CVSS base score as a report gives it.
 *
 * @param version major CVSS version: 2, 3 or 4 (3.0 and 3.1 are both 3)
 * @param vector the vector string when the report has one, else null
 */
public record Cvss(int version, double baseScore, String vector) {
    public Cvss {
        if (version != 2 && version != 3 && version != 4) {
            throw new IllegalArgumentException("CVSS version must be 2, 3 or 4: " + version);
        }
        if (baseScore < 0 || baseScore > 10 || Double.isNaN(baseScore)) {
            throw new IllegalArgumentException("CVSS base score must be in [0,10]: " + baseScore);
        }
    }

    @Override
    public String toString() {
        return "CVSS v" + version + " " + baseScore + (vector == null ? "" : " (" + Objects.toString(vector) + ")");
    }
}
